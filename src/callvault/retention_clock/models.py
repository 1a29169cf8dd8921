"""Retention policy rows: one per workspace and data type that has a limit (no row: keep
until deleted)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.db.base import Base, UTCDateTime


class RetentionPolicy(Base):
    __tablename__ = "retention_policies"

    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    data_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    days: Mapped[int] = mapped_column(Integer)
    updated_by: Mapped[str] = mapped_column(String(64))  # actor id
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
