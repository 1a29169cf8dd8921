"""What the jobs API answers: counts by state, and jobs without their payloads."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel

from callvault.jobs import JobView

JobState = Literal["queued", "running", "done", "dead"]


class JobOut(BaseModel):
    """A job of the workspace. The payload is left out: it is the handler's input (ids,
    settings), not something an admin acts on, and may grow to carry more than ids."""

    id: str
    kind: str
    status: JobState
    attempts: int
    max_attempts: int
    run_at: datetime
    last_error: str | None
    """The last failure's exception type and message (truncated by the queue)."""
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None

    @classmethod
    def of(cls, job: JobView) -> JobOut:
        return cls(
            id=job.id,
            kind=job.kind,
            status=job.status.value,
            attempts=job.attempts,
            max_attempts=job.max_attempts,
            run_at=job.run_at,
            last_error=job.last_error,
            created_at=job.created_at,
            updated_at=job.updated_at,
            finished_at=job.finished_at,
        )


class JobStatsOut(BaseModel):
    counts: dict[str, int]
    """Jobs of this workspace per state (`queued`, `running`, `done`, `dead`), zeros included."""
    oldest_queued_seconds: float | None
    """How long the oldest due, still waiting job of this workspace has waited; null if none."""
