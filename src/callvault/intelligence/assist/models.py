"""The assist-card table: one row per card; everything an admin wrote is sealed (workspace key)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime


class AssistCardRow(Base):
    __tablename__ = "vi_assist_cards"
    __table_args__ = (Index("ix_vi_assist_cards_ws", "workspace_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    version: Mapped[int] = mapped_column(Integer, default=1)  # +1 per edit
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # {"title", "body", "link", "phrases", "keywords", "term_ids", "speaker"}
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
