"""Live-call tables: the authoritative state of calls in progress, shared by every web
process. Rows hold identifiers, states and times only (no names, numbers or SDP).

`live_calls.version` is the compare-and-set guard: every change is an UPDATE ... WHERE
version = <the version decided from>, so of two processes acting on the same call at once
exactly one wins (state.py, service.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.db.base import Base, UTCDateTime


class LiveCall(Base):
    __tablename__ = "live_calls"
    __table_args__ = (
        Index("ix_live_calls_state_deadline", "state", "ring_deadline"),
        Index("ix_live_calls_ws_placed_by", "workspace_id", "placed_by", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    state: Mapped[str] = mapped_column(String(16))  # ringing, answered, ended
    version: Mapped[int] = mapped_column(Integer, default=0)
    segment: Mapped[int] = mapped_column(Integer, default=0)  # +1 per blind transfer
    placed_by: Mapped[str] = mapped_column(String(36))  # who placed it (rate limits)
    caller_user_id: Mapped[str] = mapped_column(String(36))
    caller_device_id: Mapped[str] = mapped_column(String(36))
    target_kind: Mapped[str] = mapped_column(String(8))  # user, group
    target_id: Mapped[str] = mapped_column(String(36))
    callee_user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    callee_device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)  # of the current segment
    ring_deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    end_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    caller_held: Mapped[bool] = mapped_column(Boolean, default=False)
    callee_held: Mapped[bool] = mapped_column(Boolean, default=False)
    caller_muted: Mapped[bool] = mapped_column(Boolean, default=False)
    callee_muted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LiveCallDevice(Base):
    """A device's part in a call: the caller's, or one that was rung."""

    __tablename__ = "live_call_devices"
    __table_args__ = (Index("ix_live_call_devices_device", "device_id", "state"),)

    call_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("live_calls.id", ondelete="CASCADE"), primary_key=True
    )
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    workspace_id: Mapped[str] = mapped_column(String(36))
    state: Mapped[str] = mapped_column(String(16))


class LiveDevice(Base):
    """A signed-in device that can ring: one per open WebSocket. `seen_at` is refreshed at
    each session re-check; a row not seen for a few intervals belongs to a process that died
    and is swept (its calls treated as if the socket had closed)."""

    __tablename__ = "live_devices"
    __table_args__ = (
        Index("ix_live_devices_user_ws", "user_id", "workspace_id"),
        Index("ix_live_devices_ws_seen", "workspace_id", "seen_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    user_id: Mapped[str] = mapped_column(String(36), ForeignKey("users.id", ondelete="CASCADE"))
    connected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RecordingPolicy(Base):
    """A recording policy setting (ADR 0027): for the workspace (scope_id = workspace id), a
    group or a user, one of always / on_demand / never. No row: nothing said at that level."""

    __tablename__ = "live_recording_policies"

    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    scope: Mapped[str] = mapped_column(String(16), primary_key=True)  # workspace, group, user
    scope_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    mode: Mapped[str] = mapped_column(String(16))
    updated_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ConsentEntry(Base):
    """The consent ledger of a live call (ADR 0027): one row per party told, by the
    announcement, that the call is being recorded — who (user and device leg), when the
    announcement finished playing to them, which announcement, under which policy, and for
    which recording. Identifiers and times only."""

    __tablename__ = "live_consent_ledger"
    __table_args__ = (Index("ix_live_consent_ledger_ws_call", "workspace_id", "call_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    call_id: Mapped[str] = mapped_column(String(36))  # the call-log entry (comms.calls)
    live_call_id: Mapped[str] = mapped_column(String(36))
    recording_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    user_id: Mapped[str] = mapped_column(String(36))
    leg_id: Mapped[str] = mapped_column(String(36))  # the device's leg
    party: Mapped[str] = mapped_column(String(8))  # caller, callee
    announcement_id: Mapped[str] = mapped_column(String(64))
    policy: Mapped[str] = mapped_column(String(16))  # the call's mode when it was told
    told_at: Mapped[datetime] = mapped_column(UTCDateTime)


class VoicemailTake(Base):
    """A voicemail message being recorded (ADR 0027 addendum): written before the engine
    starts recording the caller, removed once the message is delivered or dropped. A row
    that outlives the longest possible take belongs to a web process that died or stopped
    mid-message; any process's sweep then delivers what was recorded (the voicemail's
    idempotency key is the live call, so a message delivered just before the death is not
    delivered twice) and removes the scratch blob. Identifiers and times only."""

    __tablename__ = "live_voicemail_takes"
    __table_args__ = (
        Index("ix_live_voicemail_takes_started", "started_at"),  # the sweep's question
        Index("ix_live_voicemail_takes_ws", "workspace_id"),  # closure's cascade
    )

    object_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the scratch blob
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    live_call_id: Mapped[str] = mapped_column(String(36))
    mailbox_user_id: Mapped[str] = mapped_column(String(36))
    caller_user_id: Mapped[str] = mapped_column(String(36))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
