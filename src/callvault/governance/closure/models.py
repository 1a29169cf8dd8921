"""Closure requests, which become the closure receipts once done.

The row lives outside the purged data (the purge skips this table) and holds no personal
data: the workspace id, a keyed hash of its slug, times and per-table counts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime


class WorkspaceClosure(Base):
    __tablename__ = "workspace_closures"
    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'shredding', 'purging', 'closed', 'cancelled')", name="status"
        ),
        Index("ix_workspace_closures_status_due", "status", "due_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # No foreign key: the receipt outlives the workspace row.
    workspace_id: Mapped[str] = mapped_column(String(36), index=True)
    # The workspace id while the closure is pending or running, NULL once cancelled or done:
    # the unique constraint makes a second concurrent request fail (NULLs never collide).
    active_key: Mapped[str | None] = mapped_column(String(36), unique=True, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    slug_hash: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    keys_destroyed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Rows purged per table, and "blobs": written in the same transaction as each batch.
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
