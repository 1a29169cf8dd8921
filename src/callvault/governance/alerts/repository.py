"""Alert queries; every one takes the workspace."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from callvault.governance.alerts.models import AlertCursor, SecurityAlert


def open_alerts(session: Session, workspace_id: str) -> Sequence[SecurityAlert]:
    stmt = select(SecurityAlert).where(
        SecurityAlert.workspace_id == workspace_id, SecurityAlert.status == "open"
    )
    return session.scalars(stmt).all()


def open_alert(session: Session, workspace_id: str, open_key: str) -> SecurityAlert | None:
    stmt = select(SecurityAlert).where(
        SecurityAlert.workspace_id == workspace_id, SecurityAlert.open_key == open_key
    )
    return session.scalars(stmt).one_or_none()


def alert(session: Session, workspace_id: str, alert_id: str) -> SecurityAlert | None:
    stmt = select(SecurityAlert).where(
        SecurityAlert.workspace_id == workspace_id, SecurityAlert.id == alert_id
    )
    return session.scalars(stmt).one_or_none()


def page(
    session: Session,
    workspace_id: str,
    *,
    status: str | None,
    severity: str | None,
    after: tuple[datetime, str] | None,
    limit: int,
) -> Sequence[SecurityAlert]:
    """Latest activity first (last_at, then id, descending)."""
    stmt = select(SecurityAlert).where(SecurityAlert.workspace_id == workspace_id)
    if status is not None:
        stmt = stmt.where(SecurityAlert.status == status)
    if severity is not None:
        stmt = stmt.where(SecurityAlert.severity == severity)
    if after is not None:
        at, alert_id = after
        stmt = stmt.where(
            or_(
                SecurityAlert.last_at < at,
                (SecurityAlert.last_at == at) & (SecurityAlert.id < alert_id),
            )
        )
    stmt = stmt.order_by(SecurityAlert.last_at.desc(), SecurityAlert.id.desc()).limit(limit)
    return session.scalars(stmt).all()


def count_open(session: Session, workspace_id: str) -> int:
    stmt = select(func.count(SecurityAlert.id)).where(
        SecurityAlert.workspace_id == workspace_id, SecurityAlert.status == "open"
    )
    return int(session.scalar(stmt) or 0)


def cursor(session: Session, workspace_id: str) -> AlertCursor | None:
    return session.get(AlertCursor, workspace_id)
