"""Call-record tables. Phone numbers, notes and the PBX's call id are sealed per workspace;
exact look-ups use keyed blind indexes. Tags are labels, not personal data, and stay plain so
they can be filtered on."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime


class Call(Base):
    """One call, projected from the events the telephony front end posted about it."""

    __tablename__ = "calls"
    __table_args__ = (
        UniqueConstraint("workspace_id", "external_key"),
        Index("ix_calls_ws_started", "workspace_id", "started_at", "id"),
        Index("ix_calls_ws_caller_number", "workspace_id", "caller_number_index"),
        Index("ix_calls_ws_callee_number", "workspace_id", "callee_number_index"),
        Index("ix_calls_caller_contact", "caller_contact_id"),
        Index("ix_calls_callee_contact", "callee_contact_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    external_key: Mapped[str] = mapped_column(String(64))  # blind index of the PBX call id
    external_id_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(16))  # ringing, in_progress, ended
    direction: Mapped[str | None] = mapped_column(String(16), nullable=True)
    disposition: Mapped[str | None] = mapped_column(String(16), nullable=True)
    caller_user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    caller_contact_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    caller_number_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    caller_number_index: Mapped[str | None] = mapped_column(String(64), nullable=True)
    callee_user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    callee_contact_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    callee_number_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    callee_number_index: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Until call.started arrives (events may come out of order), started_at is the earliest
    # time any event named, and has_started is false.
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    has_started: Mapped[bool] = mapped_column(Boolean, default=False)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    duration_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    talk_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reported_duration: Mapped[int | None] = mapped_column(Integer, nullable=True)
    recorded: Mapped[bool] = mapped_column(Boolean, default=False)
    vi_ran: Mapped[bool] = mapped_column(Boolean, default=False)
    notes_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CallParticipant(Base):
    """A workspace user whose call this is: what visibility (own, team) is decided on."""

    __tablename__ = "call_participants"
    # Leading with user_id, not workspace_id: an index that starts with the workspace would
    # lure SQLite away from the primary key when a page loads its calls' participants.
    __table_args__ = (Index("ix_call_participants_user_ws", "user_id", "workspace_id", "call_id"),)

    call_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[str] = mapped_column(String(36))


class CallTag(Base):
    __tablename__ = "call_tags"
    __table_args__ = (Index("ix_call_tags_tag_ws", "tag", "workspace_id", "call_id"),)

    call_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(40), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36))


class CallEvent(Base):
    """An accepted ingestion event: the idempotency key and a keyed fingerprint of its body,
    so a replay is recognised (and a different body under the same key refused)."""

    __tablename__ = "call_events"
    __table_args__ = (UniqueConstraint("workspace_id", "external_key", "event_type"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(String(36))
    call_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("calls.id", ondelete="CASCADE"), index=True
    )
    external_key: Mapped[str] = mapped_column(String(64))
    event_type: Mapped[str] = mapped_column(String(32))
    fingerprint: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CallTombstone(Base):
    """A deleted call's external id (as its blind index only): late or replayed events for it
    are refused instead of bringing the deleted record back."""

    __tablename__ = "call_tombstones"

    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    external_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
