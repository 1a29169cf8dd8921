"""The scheduled job that completes closures whose waiting period is over.

Order matters: the workspace is locked (``closed``), its keys are destroyed FIRST, so every
copy of its data (backups included) is unreadable from that moment; only then are its rows
and blobs purged, and the workspace row last. Each step is committed with the closure's new
status, so a job killed at any point resumes at the step it was in; every step is
idempotent (destroying destroyed keys, deleting deleted rows and blobs are no-ops).
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.closure.models import WorkspaceClosure
from callvault.governance.closure.purge import Batch, purge_rows
from callvault.governance.closure.schemas import ClosureOut
from callvault.governance.closure.service import (
    PENDING,
    RUNNING,
    active_closure,
    closure_out,
    open_closure,
)
from callvault.identity import lifecycle
from callvault.jobs.context import JobContext
from callvault.jobs.registry import Handler
from callvault.storage.encrypted import EncryptedBlobStore

log = logging.getLogger(__name__)

CLOSURE_JOB = "governance.closures.complete"
SHREDDING, PURGING, CLOSED = "shredding", "purging", "closed"


def due_closures(session: Session, now: datetime) -> list[str]:
    """Closures past their waiting period, and any a killed job left half done."""
    return list(
        session.scalars(
            select(WorkspaceClosure.id)
            .where(
                or_(
                    and_(WorkspaceClosure.status == PENDING, WorkspaceClosure.due_at <= now),
                    WorkspaceClosure.status.in_(RUNNING),
                )
            )
            .order_by(WorkspaceClosure.due_at, WorkspaceClosure.id)
        ).all()
    )


def adopt_shredded(db: Database, *, keyring: Keyring, now: datetime | None = None) -> list[str]:
    """Workspaces whose keys the KMS says were destroyed but whose rows are here: a backup
    taken before their closure was restored. Their closure is resumed (or, if the backup
    predates the request, started) at the shredding step, so the purge finishes the job.
    Returns the closure ids."""
    now = now or utcnow()
    with db.read() as s:
        candidates = [ws for ws in lifecycle.workspace_ids(s) if keyring.is_destroyed(ws)]
    adopted: list[str] = []
    for ws_id in candidates:
        with db.write() as s:
            state = lifecycle.workspace_state(s, ws_id, lock=True)
            if state is None:
                continue
            row = active_closure(s, ws_id)
            if row is None:
                row = open_closure(s, keyring, state, status=SHREDDING, now=now, due_at=now)
            elif row.status == PENDING:
                row.status = SHREDDING
            lifecycle.set_status(s, ws_id, lifecycle.CLOSED)
            adopted.append(row.id)
        log.warning(
            "restored workspace with destroyed keys: completing its closure",
            extra={"workspace_id": ws_id},
        )
    return adopted


def complete_due_closures(
    db: Database,
    *,
    keyring: Keyring,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    now: datetime | None = None,
    batch_size: int = 500,
) -> list[ClosureOut]:
    """Complete every due closure, and those of restored workspaces whose keys were destroyed;
    returns their receipts."""
    adopt_shredded(db, keyring=keyring, now=now)
    with db.read() as s:
        ids = due_closures(s, now or utcnow())
    receipts: list[ClosureOut] = []
    for closure_id in ids:
        receipt = complete_closure(
            db,
            keyring=keyring,
            blobs=blobs,
            audit=audit,
            closure_id=closure_id,
            batch_size=batch_size,
        )
        if receipt is not None:
            receipts.append(receipt)
    return receipts


def _locked(session: Session, closure_id: str) -> WorkspaceClosure:
    row = session.get(WorkspaceClosure, closure_id, with_for_update=True, populate_existing=True)
    assert row is not None
    return row


def complete_closure(
    db: Database,
    *,
    keyring: Keyring,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    closure_id: str,
    batch_size: int = 500,
) -> ClosureOut | None:
    """Run (or resume) one closure to the end; None if it was cancelled meanwhile."""
    with db.write() as s:
        row = s.get(WorkspaceClosure, closure_id)
        if row is None:
            return None
        ws_id = row.workspace_id
        # Same lock order as a cancel (workspace, then closure): no deadlock between them.
        state = lifecycle.workspace_state(s, ws_id, lock=True)
        row = _locked(s, closure_id)
        if row.status == "cancelled":
            return None
        if row.status == PENDING:
            row.status = SHREDDING
            if state is not None:
                lifecycle.set_status(s, ws_id, lifecycle.CLOSED)
    if row.status == SHREDDING:
        with db.write() as s:
            keyring.shred_workspace(s, ws_id)
            row = _locked(s, closure_id)
            row.status, row.keys_destroyed_at = PURGING, utcnow()
        log.info("workspace keys destroyed", extra={"workspace_id": ws_id})

    def count(session: Session, batch: Batch) -> None:
        locked = _locked(session, closure_id)
        counts = dict(locked.counts or {})
        counts[batch.table] = int(counts.get(batch.table, 0)) + batch.rows
        locked.counts = counts  # a new dict: JSON columns do not track in-place changes

    if row.status == PURGING:
        # The purge takes the workspace's audit log too: the anchor outside the database
        # records first (again on a resumed run) that this is a closure, not a deletion.
        audit.anchor_closed(ws_id)
        for _batch in purge_rows(db, ws_id, batch_size=batch_size, on_batch=count):
            pass
        # Blobs after rows: a blob without its row is unreachable anyway, and the keys that
        # could open it are gone. A kill between these two steps can undercount blobs.
        removed = blobs.delete_workspace(ws_id)
        with db.write() as s:
            workspaces = lifecycle.delete_workspace_row(s, ws_id)
            row = _locked(s, closure_id)
            counts = dict(row.counts or {})
            counts["blobs"] = int(counts.get("blobs", 0)) + removed
            counts["workspaces"] = int(counts.get("workspaces", 0)) + workspaces
            row.counts = counts
            row.status, row.completed_at, row.active_key = CLOSED, utcnow(), None
        log.info("workspace closed", extra={"workspace_id": ws_id, "closure_id": closure_id})
    return closure_out(row)


def closure_handler(
    db: Database, *, keyring: Keyring, blobs: EncryptedBlobStore, audit: AuditLog
) -> Handler:
    """The job handler (at-least-once; every step idempotent and resumable)."""

    def handle(ctx: JobContext) -> None:
        del ctx  # the work is found in the closures table, not the payload
        complete_due_closures(db, keyring=keyring, blobs=blobs, audit=audit)

    return handle
