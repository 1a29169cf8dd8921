"""Review use cases. The queue is per workspace (see docs/adr/0009): admins draw samples, a
reviewer takes one snippet at a time (the same one until they submit it) and corrects it.
Nothing but the snippet's id and its redacted sentence ever leaves this module."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.review import sampling
from callvault.governance.review.models import CLAIMED, DONE, PENDING, ReviewSnippet
from callvault.governance.review.schemas import (
    CorrectionIn,
    NextOut,
    QueueOut,
    SampleIn,
    SampleOut,
    SnippetOut,
)

# A snippet taken but not corrected within this time goes back to the queue.
CLAIM_TTL = timedelta(hours=1)


def draw_sample(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    data: SampleIn,
    rng: random.Random | None = None,
) -> SampleOut:
    """Draw a sample of the workspace's eligible utterances into the queue."""
    require(actor.role, actor.scopes, Permission.REVIEW_MANAGE)
    sample = sampling.draw(
        db,
        keyring,
        workspace_id=actor.workspace_id,
        rate=data.rate,
        requested_by=actor.actor_id,
        rng=rng or random.SystemRandom(),
    )
    with db.write() as session:
        audit.record(
            session,
            workspace_id=actor.workspace_id,
            action="review.sampled",
            actor=actor,
            object_type="review_sample",
            object_id=sample.id,
            details={"rate": sample.rate, "drawn": sample.drawn, "consent_seq": sample.consent_seq},
        )
    return SampleOut(
        id=sample.id,
        rate=sample.rate,
        eligible_calls=sample.eligible_calls,
        eligible_utterances=sample.eligible_utterances,
        drawn=sample.drawn,
        created_at=sample.created_at,
    )


def _snippet_out(keyring: Keyring, session: Session, row: ReviewSnippet) -> SnippetOut:
    cipher = keyring.cipher(session, row.workspace_id)
    text = cipher.open_text(
        row.text_sealed, kind=sampling.SNIPPET_KIND, object_id=row.id, field="text"
    )
    return SnippetOut(id=row.id, text=text)


def next_snippet(session: Session, *, keyring: Keyring, actor: Actor) -> NextOut:
    """The reviewer's current snippet, or the next one in queue order, taken for them."""
    require(actor.role, actor.scopes, Permission.REVIEW_WORK)
    now = utcnow()
    mine = session.scalar(
        select(ReviewSnippet).where(
            ReviewSnippet.workspace_id == actor.workspace_id,
            ReviewSnippet.state == CLAIMED,
            ReviewSnippet.claimed_by == actor.actor_id,
        )
    )
    if mine is None:
        stmt = (
            select(ReviewSnippet)
            .where(
                ReviewSnippet.workspace_id == actor.workspace_id,
                or_(
                    ReviewSnippet.state == PENDING,
                    (ReviewSnippet.state == CLAIMED) & (ReviewSnippet.claimed_at < now - CLAIM_TTL),
                ),
            )
            .order_by(ReviewSnippet.order_key)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        mine = session.scalar(stmt)
        if mine is None:
            return NextOut(snippet=None)
        mine.state, mine.claimed_by, mine.claimed_at = CLAIMED, actor.actor_id, now
        session.flush()
    return NextOut(snippet=_snippet_out(keyring, session, mine))


def submit_correction(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    snippet_id: str,
    data: CorrectionIn,
) -> None:
    """Record the reviewer's corrected sentence for the snippet they hold."""
    require(actor.role, actor.scopes, Permission.REVIEW_WORK)
    row = session.scalar(
        select(ReviewSnippet).where(
            ReviewSnippet.id == snippet_id,
            ReviewSnippet.workspace_id == actor.workspace_id,
            ReviewSnippet.state == CLAIMED,
            ReviewSnippet.claimed_by == actor.actor_id,
        )
    )
    if row is None:  # not theirs, already done, withdrawn, or another workspace's
        raise NotFound("No such snippet in your hands.", object_type="review_snippet")
    cipher = keyring.cipher(session, row.workspace_id)
    row.correction_sealed = cipher.seal_text(
        data.text, kind=sampling.SNIPPET_KIND, object_id=row.id, field="correction"
    )
    row.state, row.reviewed_at = DONE, utcnow()
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        action="review.corrected",
        actor=actor,
        object_type="review_snippet",
        object_id=row.id,
    )


def queue_stats(session: Session, *, actor: Actor) -> QueueOut:
    require(actor.role, actor.scopes, Permission.REVIEW_MANAGE)
    rows = session.execute(
        select(ReviewSnippet.state, func.count())
        .where(ReviewSnippet.workspace_id == actor.workspace_id)
        .group_by(ReviewSnippet.state)
    ).all()
    counts: dict[str, int] = {str(row[0]): int(row[1]) for row in rows}
    return QueueOut(
        pending=counts.get(PENDING, 0), claimed=counts.get(CLAIMED, 0), done=counts.get(DONE, 0)
    )
