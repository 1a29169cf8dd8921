"""The scheduled sweep: purge every expired item of every workspace that has a policy.

It works in bounded batches, each its own short write transaction (on SQLite a long one
would stall every other writer): select up to `batch` expired ids, delete them with their
derived rows, queue their blobs' removal (done right after the commit, and by a job if that
fails). The expiry condition is the state itself, so a run that dies part-way loses
nothing and the next run simply continues; running twice deletes nothing twice.
Each run leaves a row (running, then succeeded or failed) that sweep health reads."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.db.engine import Database
from callvault.governance.retention.models import (
    FAILED,
    RUNNING,
    SUCCEEDED,
    RetentionSweepRun,
)
from callvault.governance.retention.targets import Cutoffs, PurgeTargets
from callvault.jobs.context import JobContext
from callvault.jobs.registry import Handler
from callvault.retention_clock.cutoff import current_policy, cutoff_for
from callvault.retention_clock.data_types import DataType, Policy
from callvault.retention_clock.models import RetentionPolicy
from callvault.retention_clock.purge_target import PurgeTools
from callvault.storage.encrypted import EncryptedBlobStore

log = logging.getLogger("callvault.retention")

SWEEP_JOB = "retention.sweep"
SWEEP_EVERY = timedelta(hours=1)
BATCH = 1000

Purged = dict[str, dict[str, int]]  # workspace id -> data type -> items removed


def cutoffs_of(policy: Policy, now: datetime) -> Cutoffs:
    return {t: cutoff_for(policy.get(t), now) for t in DataType}


def _start(db: Database) -> str:
    with db.write() as s:
        run = RetentionSweepRun(status=RUNNING, purged={})
        s.add(run)
        s.flush()
        return run.id


def _finish(db: Database, run_id: str, status: str, purged: Purged, error: str | None) -> None:
    with db.write() as s:
        run = s.get(RetentionSweepRun, run_id)
        if run is not None:
            run.status, run.purged, run.error = status, purged, error
            run.finished_at = utcnow()


def sweep_workspace(
    db: Database,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    workspace_id: str,
    *,
    targets: PurgeTargets,
    now: datetime,
    batch: int = BATCH,
    on_batch: Callable[[], None] | None = None,
) -> dict[str, int]:
    """Purge this workspace's expired items, children before parents; counts per type."""
    with db.read() as s:
        cutoffs = cutoffs_of(current_policy(s, workspace_id), now)
    tools = PurgeTools(blobs, audit)
    removed: dict[str, int] = {}
    for target in targets.swept():
        data_type = target.data_type
        total = 0
        while True:
            with db.write() as s:
                ids = targets.expired_ids(s, data_type, workspace_id, cutoffs, limit=batch)
                if ids:
                    total += target.purge(s, tools, workspace_id, ids)
            if on_batch is not None:
                on_batch()
            if len(ids) < batch:
                break
        if total:
            removed[data_type.value] = total
    return removed


def run_sweep(
    db: Database,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    *,
    targets: PurgeTargets,
    batch: int = BATCH,
    now: datetime | None = None,
    on_batch: Callable[[], None] | None = None,
) -> Purged:
    """One sweep over every workspace with a policy; recorded as a run (failed runs too)."""
    now = now or utcnow()
    db.refresh_statistics()  # tables grow between sweeps: keep the purge's plans right
    run_id = _start(db)
    purged: Purged = {}
    try:
        with db.read() as s:
            workspaces = sorted(set(s.scalars(select(RetentionPolicy.workspace_id)).all()))
        for ws in workspaces:
            removed = sweep_workspace(
                db, blobs, audit, ws, targets=targets, now=now, batch=batch, on_batch=on_batch
            )
            if removed:
                purged[ws] = removed
                with db.write() as s:
                    audit.record(
                        s,
                        workspace_id=ws,
                        actor=Actor.system(ws, reason="retention"),
                        action="retention.sweep",
                        object_type="workspace",
                        object_id=ws,
                        details={"removed": removed},
                    )
    except Exception as exc:
        # Only the exception's type: messages may quote content or ids of other workspaces.
        _finish(db, run_id, FAILED, purged, type(exc).__name__)
        raise
    _finish(db, run_id, SUCCEEDED, purged, None)
    log.info("retention sweep removed %d item(s)", _total(purged))
    return purged


def _total(purged: dict[str, Any]) -> int:
    return sum(sum(per.values()) for per in purged.values())


def sweep_handler(blobs: EncryptedBlobStore, audit: AuditLog, *, targets: PurgeTargets) -> Handler:
    """The job handler for SWEEP_JOB: at-least-once is fine, a re-run finds less to do."""

    def handle(ctx: JobContext) -> None:
        run_sweep(ctx.db, blobs, audit, targets=targets, on_batch=ctx.heartbeat)

    return handle
