"""Retention tables: one row per workspace and data type that has a limit (no row: keep
until deleted), and one row per sweep run (its health is read from them)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime

RUNNING = "running"
SUCCEEDED = "succeeded"
FAILED = "failed"


class RetentionPolicy(Base):
    __tablename__ = "retention_policies"

    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    data_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    days: Mapped[int] = mapped_column(Integer)
    updated_by: Mapped[str] = mapped_column(String(64))  # actor id
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RetentionSweepRun(Base):
    """One run of the sweep over every workspace. `purged` maps workspace id -> data type ->
    items removed (so a workspace's status never shows another's counts); `error` holds the
    exception type only, never content."""

    __tablename__ = "retention_sweep_runs"
    __table_args__ = (Index("ix_retention_sweep_runs_started", "started_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    status: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    purged: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
