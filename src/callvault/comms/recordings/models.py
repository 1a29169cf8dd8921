"""Recording rows: the audio lives in the encrypted blob store under the row's id; the row
holds what PyAV found in it. A row is 'uploading' while its bytes arrive (so a crash mid-way
leaves a row that the stale-upload sweep finds, never an unnoticed blob) and 'ready' after."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime

UPLOADING = "uploading"
READY = "ready"


class Recording(Base):
    __tablename__ = "recordings"
    __table_args__ = (
        Index("ix_recordings_ws_call", "workspace_id", "call_id"),
        Index("ix_recordings_state_created", "state", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    call_id: Mapped[str] = mapped_column(String(36), ForeignKey("calls.id"), index=True)
    state: Mapped[str] = mapped_column(String(16))
    party: Mapped[str | None] = mapped_column(String(16), nullable=True)  # one party's channel
    channel_map: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    container: Mapped[str | None] = mapped_column(String(32), nullable=True)
    codec: Mapped[str | None] = mapped_column(String(32), nullable=True)
    media_type: Mapped[str | None] = mapped_column(String(32), nullable=True)
    sample_rate: Mapped[int | None] = mapped_column(Integer, nullable=True)
    channels: Mapped[int | None] = mapped_column(Integer, nullable=True)
    duration_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    size_bytes: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    uploaded_by: Mapped[str] = mapped_column(String(64))  # actor id
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ready_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
