"""Review tables: samples drawn (with the consent state they were drawn under) and their
snippets. A snippet holds one redacted utterance, sealed; the call it came from is kept only
to withdraw it on opt-out and to report on it, never shown to reviewers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Float, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime

PENDING = "pending"
CLAIMED = "claimed"
DONE = "done"
WITHDRAWN = "withdrawn"  # reviewed, then consent withdrawn: text and correction erased


class ReviewSample(Base):
    __tablename__ = "review_samples"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    rate: Mapped[float] = mapped_column(Float)
    eligible_calls: Mapped[int] = mapped_column(Integer)
    eligible_utterances: Mapped[int] = mapped_column(Integer)
    drawn: Mapped[int] = mapped_column(Integer)
    consent_seq: Mapped[int] = mapped_column(Integer)  # the ledger entry drawn under
    requested_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReviewSnippet(Base):
    __tablename__ = "review_snippets"
    __table_args__ = (
        # The queue's order: a random key, so pending snippets of all samples interleave.
        Index("ix_review_snippets_queue", "workspace_id", "state", "order_key"),
        Index("ix_review_snippets_call", "call_id"),
        Index("uq_review_snippets_utterance", "transcript_id", "utterance", unique=True),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    sample_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("review_samples.id", ondelete="CASCADE"), index=True
    )
    call_id: Mapped[str] = mapped_column(String(36), ForeignKey("calls.id", ondelete="CASCADE"))
    transcript_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("vi_transcripts.id", ondelete="CASCADE")
    )
    utterance: Mapped[int] = mapped_column(Integer)
    order_key: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(16), default=PENDING)
    text_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    correction_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    claimed_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
