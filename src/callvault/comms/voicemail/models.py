"""Voicemail rows. Audio lives in the encrypted blob store under the row's id; the caller's
number is sealed, with a keyed blind index for exact look-ups. Rows are 'uploading' while
their bytes arrive and 'ready' after (see recordings for why)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime

UPLOADING = "uploading"
READY = "ready"


class AudioColumns:
    """What PyAV found in the stored audio."""

    container: Mapped[str | None] = mapped_column(String(32), nullable=True)
    codec: Mapped[str | None] = mapped_column(String(32), nullable=True)
    media_type: Mapped[str | None] = mapped_column(String(32), nullable=True)
    sample_rate: Mapped[int | None] = mapped_column(Integer, nullable=True)
    channels: Mapped[int | None] = mapped_column(Integer, nullable=True)
    duration_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    size_bytes: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class VoicemailMessage(AudioColumns, Base):
    __tablename__ = "voicemail_messages"
    __table_args__ = (
        Index("ix_voicemail_messages_ws_user_received", "workspace_id", "user_id", "received_at"),
        Index("ix_voicemail_messages_ws_number", "workspace_id", "caller_number_index"),
        Index("ix_voicemail_messages_contact", "caller_contact_id"),
        Index("ix_voicemail_messages_state_created", "state", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    user_id: Mapped[str] = mapped_column(  # whose mailbox
        String(36), ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[str] = mapped_column(String(16))
    caller_user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    caller_contact_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    caller_number_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    caller_number_index: Mapped[str | None] = mapped_column(String(64), nullable=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class VoicemailGreeting(AudioColumns, Base):
    """A user's greeting; replacing it makes a new row (and blob) and removes the old."""

    __tablename__ = "voicemail_greetings"
    __table_args__ = (
        Index("ix_voicemail_greetings_ws_user", "workspace_id", "user_id"),
        Index("ix_voicemail_greetings_state_created", "state", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    user_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class VoicemailDelivery(Base):
    """An idempotency key a phone system sent with a delivery (per mailbox): a retry with the
    same key and the same bytes answers with the message already stored. Both the key and the
    digest of the audio are keyed blind indexes (HMAC under the workspace key), never clear."""

    __tablename__ = "voicemail_deliveries"
    __table_args__ = (Index("ix_voicemail_deliveries_ws_message", "workspace_id", "message_id"),)

    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    mailbox_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key_index: Mapped[str] = mapped_column(String(64), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(36))
    content_index: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
