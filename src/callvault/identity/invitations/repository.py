"""Invitation queries. Look-ups by selector are global (the link names its workspace);
everything else takes the workspace id."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from callvault.identity.invitations.models import Invitation


def by_selector(session: Session, selector: str) -> Invitation | None:
    return session.scalars(select(Invitation).where(Invitation.selector == selector)).one_or_none()


def revoke_pending(session: Session, workspace_id: str, user_id: str, *, now: datetime) -> int:
    result = session.execute(
        update(Invitation)
        .where(
            Invitation.workspace_id == workspace_id,
            Invitation.user_id == user_id,
            Invitation.used_at.is_(None),
            Invitation.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def mark_used(session: Session, invitation_id: str, *, now: datetime) -> bool:
    """Use the link once: of two concurrent acceptances, exactly one sees True."""
    result = session.execute(
        update(Invitation)
        .where(
            Invitation.id == invitation_id,
            Invitation.used_at.is_(None),
            Invitation.revoked_at.is_(None),
            Invitation.expires_at > now,
        )
        .values(used_at=now)
    )
    return int(result.rowcount) == 1  # type: ignore[attr-defined]
