"""Job queue tables: the durable jobs themselves and the state of recurring schedules."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime

KIND_MAX = 100
WORKER_ID_MAX = 100
IDEMPOTENCY_KEY_MAX = 255
SCHEDULE_NAME_MAX = 200


class JobStatus(StrEnum):
    QUEUED = "queued"  # waiting for run_at (a fresh job, or a failed one waiting to retry)
    RUNNING = "running"  # claimed by locked_by until locked_until (the lease)
    DONE = "done"
    DEAD = "dead"  # out of attempts, unknown kind, permanent failure or cancelled


class Job(Base):
    """One unit of background work. A running job is leased, never deleted, so a worker that
    dies mid-job leaves it to be claimed again once the lease expires."""

    __tablename__ = "jobs"
    __table_args__ = (
        CheckConstraint("status IN ('queued', 'running', 'done', 'dead')", name="status"),
        CheckConstraint("max_attempts >= 1", name="max_attempts"),
        # Claiming: equality on status, then the claim order (priority, run_at).
        Index(None, "status", "priority", "run_at"),
        # Recovering the jobs of crashed workers: running with an expired lease.
        Index(None, "locked_until"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(KIND_MAX))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    # A tenant tag for listing and purging, deliberately without a foreign key: the queue sits
    # below the domains and jobs may outlive (and clean up after) a closed workspace.
    workspace_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    idempotency_key: Mapped[str | None] = mapped_column(
        String(IDEMPOTENCY_KEY_MAX), nullable=True, unique=True
    )
    status: Mapped[str] = mapped_column(String(16), default=JobStatus.QUEUED.value)
    # Lower runs first, like nice(1): 0 by default, negative for urgent, positive for bulk.
    priority: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=5)
    run_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    locked_by: Mapped[str | None] = mapped_column(String(WORKER_ID_MAX), nullable=True)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    progress: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class JobSchedule(Base):
    """Where a recurring schedule stands; shared by every node that ticks the scheduler."""

    __tablename__ = "job_schedules"

    name: Mapped[str] = mapped_column(String(SCHEDULE_NAME_MAX), primary_key=True)
    kind: Mapped[str] = mapped_column(String(KIND_MAX))
    next_run_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_enqueued_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
