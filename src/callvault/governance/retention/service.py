"""Retention use cases: read and change a workspace's policy, and preview what a proposed
policy would delete before it is saved (the same query the sweep deletes with)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.governance.retention.policy import (
    AUDIT_MIN_DAYS,
    SWEPT,
    merged,
    parse,
)
from callvault.governance.retention.schemas import PolicyOut, PreviewOut
from callvault.governance.retention.sweep import cutoffs_of
from callvault.governance.retention.targets import PurgeTargets
from callvault.retention_clock.cutoff import current_policy
from callvault.retention_clock.data_types import DataType, Policy
from callvault.retention_clock.models import RetentionPolicy


def _out(session: Session, workspace_id: str, policy: Policy) -> PolicyOut:
    updated = session.scalar(
        select(func.max(RetentionPolicy.updated_at)).where(
            RetentionPolicy.workspace_id == workspace_id
        )
    )
    return PolicyOut(
        policies={t.value: policy.get(t) for t in DataType},
        audit_log_minimum_days=AUDIT_MIN_DAYS,
        updated_at=updated,
    )


def get_policies(session: Session, *, actor: Actor) -> PolicyOut:
    """The workspace's retention per data type."""
    require(actor.role, actor.scopes, Permission.RETENTION_READ)
    return _out(session, actor.workspace_id, current_policy(session, actor.workspace_id))


def _proposed(session: Session, workspace_id: str, changes: Mapping[str, object]) -> Policy:
    return merged(current_policy(session, workspace_id), parse(changes))


def update_policies(
    session: Session, *, audit: AuditLog, actor: Actor, changes: Mapping[str, object]
) -> PolicyOut:
    """Save a policy change after validating the whole resulting policy (422 on any
    problem, nothing saved). Items it expires are hidden at once; the sweep purges them."""
    require(actor.role, actor.scopes, Permission.RETENTION_MANAGE)
    ws = actor.workspace_id
    before = current_policy(session, ws)
    after = _proposed(session, ws, changes)
    session.execute(delete(RetentionPolicy).where(RetentionPolicy.workspace_id == ws))
    now = utcnow()
    session.add_all(
        RetentionPolicy(
            workspace_id=ws, data_type=t.value, days=d, updated_by=actor.actor_id, updated_at=now
        )
        for t, d in sorted(after.items())
    )
    session.flush()
    audit.record(
        session,
        workspace_id=ws,
        actor=actor,
        action="retention.policy.update",
        object_type="workspace",
        object_id=ws,
        details={
            "before": {t.value: d for t, d in sorted(before.items())},
            "after": {t.value: d for t, d in sorted(after.items())},
        },
    )
    return _out(session, ws, after)


def preview(
    session: Session,
    *,
    actor: Actor,
    targets: PurgeTargets,
    changes: Mapping[str, object],
    now: datetime | None = None,
) -> PreviewOut:
    """How many items per data type the proposed policy would delete; nothing is saved."""
    require(actor.role, actor.scopes, Permission.RETENTION_MANAGE)
    policy = _proposed(session, actor.workspace_id, changes)
    cutoffs = cutoffs_of(policy, now or utcnow())
    ws = actor.workspace_id
    counts = {t.value: targets.count_expired(session, t, ws, cutoffs) for t in SWEPT}
    return PreviewOut(
        policies={t.value: policy.get(t) for t in DataType},
        would_delete=counts,
        total=sum(counts.values()),
    )


def preview_ids(
    session: Session,
    *,
    workspace_id: str,
    targets: PurgeTargets,
    policy: Policy,
    now: datetime | None = None,
) -> dict[DataType, list[str]]:
    """The ids behind a preview's counts (operators' tooling and tests; no content)."""
    cutoffs = cutoffs_of(policy, now or utcnow())
    return {t: targets.expired_ids(session, t, workspace_id, cutoffs) for t in SWEPT}
