"""Sweep health for a workspace: the last run, what it purged here, what is past retention
now (0 right after a successful sweep), and whether a run failed or was missed."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.governance.retention.models import FAILED, SUCCEEDED, RetentionSweepRun
from callvault.governance.retention.policy import SWEPT
from callvault.governance.retention.schemas import SweepRunOut, SweepStatusOut
from callvault.governance.retention.sweep import SWEEP_EVERY, cutoffs_of
from callvault.governance.retention.targets import PurgeTargets
from callvault.retention_clock.cutoff import current_policy

# A run is missed when no run succeeded within this many schedule periods: one slot may be
# skipped by a busy queue, two in a row means the sweep is not running.
MISSED_AFTER_PERIODS = 2


def _run_out(run: RetentionSweepRun, workspace_id: str) -> SweepRunOut:
    mine = run.purged.get(workspace_id, {}) if run.purged else {}
    return SweepRunOut(
        status=run.status,
        started_at=run.started_at,
        finished_at=run.finished_at,
        purged={str(k): int(v) for k, v in mine.items()},
        error=run.error,
    )


def sweep_status(
    session: Session,
    *,
    actor: Actor,
    targets: PurgeTargets,
    every: timedelta = SWEEP_EVERY,
    now: datetime | None = None,
) -> SweepStatusOut:
    """Sweep health as the workspace sees it (other workspaces' counts are never shown)."""
    require(actor.role, actor.scopes, Permission.RETENTION_READ)
    now = now or utcnow()
    ws = actor.workspace_id
    last = session.scalars(
        select(RetentionSweepRun)
        .order_by(RetentionSweepRun.started_at.desc(), RetentionSweepRun.id.desc())
        .limit(1)
    ).first()
    last_success = session.scalar(
        select(RetentionSweepRun.finished_at)
        .where(RetentionSweepRun.status == SUCCEEDED)
        .order_by(RetentionSweepRun.finished_at.desc())
        .limit(1)
    )
    policy = current_policy(session, ws)
    cutoffs = cutoffs_of(policy, now)
    past = {t.value: targets.count_expired(session, t, ws, cutoffs) for t in SWEPT}
    problems: list[str] = []
    if last is not None and last.status == FAILED:
        problems.append("failed")
    swept_types = [t for t in SWEPT if t in policy]
    if swept_types:
        if last is None:
            problems.append("never_run")
        elif last_success is None or now - last_success > every * MISSED_AFTER_PERIODS:
            problems.append("missed")
    if any(past.values()) and ("failed" in problems or "missed" in problems):
        problems.append("past_retention")  # expired items wait on a sweep that is not running
    return SweepStatusOut(
        healthy=not problems,
        problems=problems,
        schedule_seconds=int(every.total_seconds()),
        last_run=_run_out(last, ws) if last is not None else None,
        last_success_at=last_success,
        items_past_retention=past,
        total_past_retention=sum(past.values()),
    )
