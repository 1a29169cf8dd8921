"""Read-time enforcement: the instant before which a workspace's items of a data type are
expired. Other domains call this on every list, get, search and audio path, so an item is
invisible the moment its policy expires it, whether or not the sweep has run yet."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.retention_clock import policy_cache
from callvault.retention_clock.data_types import DataType, Policy
from callvault.retention_clock.models import RetentionPolicy


def current_policy(session: Session, workspace_id: str) -> Policy:
    rows = session.execute(
        select(RetentionPolicy.data_type, RetentionPolicy.days).where(
            RetentionPolicy.workspace_id == workspace_id
        )
    )
    return {DataType(name): int(days) for name, days in rows}


def cutoff_for(days: int | None, now: datetime) -> datetime | None:
    return None if days is None else now - timedelta(days=days)


def cutoff(
    session: Session, workspace_id: str, data_type: DataType, *, now: datetime | None = None
) -> datetime | None:
    """Items of this type older than the returned instant are expired (None: none are)."""
    cache = policy_cache.of(session)
    if cache is not None:
        return cutoff_for(cache.policy(workspace_id).get(data_type), now or utcnow())
    days = session.scalar(
        select(RetentionPolicy.days).where(
            RetentionPolicy.workspace_id == workspace_id,
            RetentionPolicy.data_type == data_type.value,
        )
    )
    return cutoff_for(days, now or utcnow())


def is_expired(session: Session, workspace_id: str, data_type: DataType, at: datetime) -> bool:
    """True when an item of this type dated `at` is past its workspace's retention."""
    limit = cutoff(session, workspace_id, data_type)
    return limit is not None and at < limit
