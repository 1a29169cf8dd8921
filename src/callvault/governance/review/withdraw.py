"""Withdrawing snippets that consent no longer allows (called inside the consent change's
transaction, so they are gone the moment the change commits)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.governance.consent.eligibility import Purpose, assess
from callvault.governance.consent.ledger import snapshot
from callvault.governance.review.models import CLAIMED, PENDING, ReviewSnippet


def withdraw_pending(session: Session, *, workspace_id: str) -> int:
    """Delete the workspace's unreviewed snippets whose call is no longer eligible."""
    call_ids = list(
        session.scalars(
            select(ReviewSnippet.call_id)
            .where(
                ReviewSnippet.workspace_id == workspace_id,
                ReviewSnippet.state.in_([PENDING, CLAIMED]),
            )
            .distinct()
        )
    )
    if not call_ids:
        return 0
    snap = snapshot(session, workspace_id, utcnow())
    kept = {a.call_id for a in assess(session, snap, call_ids) if a.eligible(Purpose.REVIEW)}
    gone = [c for c in call_ids if c not in kept]
    if not gone:
        return 0
    result = session.execute(
        delete(ReviewSnippet).where(
            ReviewSnippet.workspace_id == workspace_id,
            ReviewSnippet.state.in_([PENDING, CLAIMED]),
            ReviewSnippet.call_id.in_(gone),
        )
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
