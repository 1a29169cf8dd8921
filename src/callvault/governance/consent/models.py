"""The consent ledger's table: one row per change, never updated nor deleted (except with
the workspace it belongs to), so the state at any past moment can be rebuilt from it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.db.base import Base, UTCDateTime


class ConsentChange(Base):
    __tablename__ = "consent_changes"
    __table_args__ = (
        Index("ix_consent_changes_ws_changed", "workspace_id", "changed_at"),
        Index("ix_consent_changes_subject", "workspace_id", "level", "subject_id", "setting"),
    )

    # The sequence orders changes made within the same clock tick; as_of filters on time.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    level: Mapped[str] = mapped_column(String(16))  # workspace, group, user
    subject_id: Mapped[str] = mapped_column(String(36))  # the workspace, group or user id
    setting: Mapped[str] = mapped_column(String(32))  # ai_training, manual_review
    allowed: Mapped[bool] = mapped_column(Boolean)
    actor_type: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
