"""Training-export records. An export is instance-level (the operator's; see ADR 0009): the
export row names no workspace; each exported call is listed with its workspace so every
workspace's report shows what left, when, and under which consent state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime

QUEUED = "queued"
RUNNING = "running"
DONE = "done"
FAILED = "failed"


class TrainingExport(Base):
    __tablename__ = "training_exports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    state: Mapped[str] = mapped_column(String(16), default=QUEUED)
    requested_by: Mapped[str] = mapped_column(String(64))
    calls: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[int] = mapped_column(Integer, default=0)
    # Calls selected but dropped by the final consent check (an opt-out during the export).
    withdrawn: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class TrainingExportCall(Base):
    __tablename__ = "training_export_calls"

    export_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("training_exports.id", ondelete="CASCADE"), primary_key=True
    )
    call_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    items: Mapped[int] = mapped_column(Integer)
    consent_seq: Mapped[int] = mapped_column(Integer)  # the ledger entry it was checked under
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
