"""Retention sweep runs: one row per run of the sweep (its health is read from them). The
policy rows themselves are the retention clock's (callvault.retention_clock.models)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime

RUNNING = "running"
SUCCEEDED = "succeeded"
FAILED = "failed"


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
