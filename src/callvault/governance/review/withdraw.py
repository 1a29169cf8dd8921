"""Withdrawing snippets that consent no longer allows (called inside the consent change's
transaction, so they are gone the moment the change commits)."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.governance.consent.eligibility import Purpose, assess
from callvault.governance.consent.ledger import snapshot
from callvault.governance.review.models import CLAIMED, DONE, PENDING, WITHDRAWN, ReviewSnippet


def withdraw_pending(session: Session, *, workspace_id: str) -> int:
    """Withdraw the workspace's snippets whose call is no longer eligible: unreviewed ones
    are deleted; reviewed ones keep only their row (the customer report still shows the call
    was sampled) with the sentence and the reviewer's correction erased. Returns how many
    snippets were withdrawn."""
    call_ids = list(
        session.scalars(
            select(ReviewSnippet.call_id)
            .where(
                ReviewSnippet.workspace_id == workspace_id,
                ReviewSnippet.state.in_([PENDING, CLAIMED, DONE]),
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
    deleted = session.execute(
        delete(ReviewSnippet).where(
            ReviewSnippet.workspace_id == workspace_id,
            ReviewSnippet.state.in_([PENDING, CLAIMED]),
            ReviewSnippet.call_id.in_(gone),
        )
    )
    erased = session.execute(
        update(ReviewSnippet)
        .where(
            ReviewSnippet.workspace_id == workspace_id,
            ReviewSnippet.state == DONE,
            ReviewSnippet.call_id.in_(gone),
        )
        .values(state=WITHDRAWN, text_sealed=b"", correction_sealed=None)
    )
    return int(deleted.rowcount or 0) + int(erased.rowcount or 0)  # type: ignore[attr-defined]
