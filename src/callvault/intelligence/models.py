"""Voice-intelligence rows. Everything derived from speech (transcripts, notes, sentiment,
moment evidence text) is sealed with the workspace's keys; rows in the clear hold only ids,
states, timings and counts. One `vi_transcripts` row per source (a call, with all its
recordings, or a voicemail message); `generation` grows on every re-run, and stage jobs of an
older generation leave no effect."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime


class IntelligenceSettings(Base):
    """A workspace's voice-intelligence settings (absent row: the defaults, switched off)."""

    __tablename__ = "vi_settings"

    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(16), default="en")
    entity_types: Mapped[list[str]] = mapped_column(JSON)
    audio_redaction: Mapped[str] = mapped_column(String(16), default="tone")
    # After a question for card, bank or identity data, hide any spoken digits in the answer
    # even when no pattern validates them (payments: a misheard card is still a card).
    fail_closed_digits: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # The call's own parties' names (first names alone too), whatever entity_types says.
    redact_party_names: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # Hide what the leak check flags (ADR 0019, fail closed); off: flags are only reported,
    # for a workspace that would rather keep a number like an order number than hide it.
    hide_flagged: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    llm_base_url: Mapped[str | None] = mapped_column(String(512), nullable=True)
    llm_model: Mapped[str | None] = mapped_column(String(128), nullable=True)
    llm_api_key_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # Bumped on every dictionary change, recorded on transcripts: tells what a re-run changes.
    dictionary_version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DictionaryTerm(Base):
    __tablename__ = "vi_dictionary_terms"
    __table_args__ = (
        Index("uq_vi_dictionary_terms_ws_term", "workspace_id", "term_index", unique=True),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    category: Mapped[str] = mapped_column(String(16))
    term_index: Mapped[str] = mapped_column(String(64))  # blind index: one row per term
    sealed: Mapped[bytes] = mapped_column(LargeBinary)  # {"term", "aliases"}
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Transcript(Base):
    __tablename__ = "vi_transcripts"
    __table_args__ = (
        Index("uq_vi_transcripts_source", "workspace_id", "source_type", "source_id", unique=True),
        Index("ix_vi_transcripts_call", "call_id"),
        Index("ix_vi_transcripts_voicemail", "voicemail_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    source_type: Mapped[str] = mapped_column(String(16))  # "call" or "voicemail"
    source_id: Mapped[str] = mapped_column(String(36))
    # The source again, as a cascading foreign key: however a call or voicemail is deleted
    # (one, by filter, by a sweep), its transcript and everything derived go in the same
    # statement. Redacted audio renditions go with the audio blobs (comms.audio.stored).
    call_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("calls.id", ondelete="CASCADE"), nullable=True
    )
    voicemail_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("voicemail_messages.id", ondelete="CASCADE"), nullable=True
    )
    generation: Mapped[int] = mapped_column(Integer, default=1)
    language: Mapped[str] = mapped_column(String(16))
    model: Mapped[str | None] = mapped_column(String(256), nullable=True)
    dictionary_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    duration_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    utterances: Mapped[int | None] = mapped_column(Integer, nullable=True)
    raw_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    redacted_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    pii_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    pii_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Redaction verification: how many redacted spans were still recognisable in the redacted
    # audio (None: not verified yet); the spans themselves are in the sealed outputs.
    residual_pii: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StageRun(Base):
    """Where each stage of a transcript's pipeline stands, and why it failed if it did."""

    __tablename__ = "vi_stages"

    transcript_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("vi_transcripts.id", ondelete="CASCADE"), primary_key=True
    )
    stage: Mapped[str] = mapped_column(String(16), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36))
    generation: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))  # queued running done failed degraded
    progress: Mapped[float] = mapped_column(default=0.0)
    reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Output(Base):
    """A stage's sealed JSON result (notes, sentiment, verification) for a transcript."""

    __tablename__ = "vi_outputs"

    transcript_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("vi_transcripts.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36))
    generation: Mapped[int] = mapped_column(Integer)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    meta: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SearchToken(Base):
    """Keyed HMACs of the words of a transcript's redacted text (never the words)."""

    __tablename__ = "vi_search_tokens"
    __table_args__ = (Index("ix_vi_search_tokens_ws_token", "workspace_id", "token"),)

    transcript_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("vi_transcripts.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36))


class MomentDefinition(Base):
    """One version of a moment definition; editing makes a new version, the old stays."""

    __tablename__ = "vi_moment_definitions"
    __table_args__ = (
        Index("uq_vi_moment_definitions_key_version", "moment_id", "version", unique=True),
        Index("ix_vi_moment_definitions_ws", "workspace_id", "current"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    moment_id: Mapped[str] = mapped_column(String(36))  # stable across versions
    version: Mapped[int] = mapped_column(Integer)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)  # {"name", "phrases", "keywords", ...}
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MomentHit(Base):
    """A transcript span tagged by a moment definition version (positions only)."""

    __tablename__ = "vi_moment_hits"
    __table_args__ = (
        Index("ix_vi_moment_hits_ws_moment", "workspace_id", "moment_id"),
        Index("ix_vi_moment_hits_transcript", "transcript_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(String(36))
    transcript_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("vi_transcripts.id", ondelete="CASCADE")
    )
    moment_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    utterance: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class MomentRun(Base):
    """Applying moment definitions to past transcripts, and the diff it produced."""

    __tablename__ = "vi_moment_runs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[str] = mapped_column(String(16))  # queued done failed
    # A preview: the diff is computed, no tag is changed.
    dry_run: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    requested_by: Mapped[str] = mapped_column(String(64))
    diff: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
