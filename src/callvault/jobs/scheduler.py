"""Recurring jobs. Every node may tick the scheduler; each slot is still enqueued once.

Slots sit on a grid of `every`-long periods counted from the Unix epoch, so all nodes agree on
them without talking to each other. A tick takes the schedule's row (locked on PostgreSQL,
under the writer lock on SQLite), enqueues the current slot with the idempotency key
`schedule:<name>:<slot>` and moves next_run_at to the following slot. Slots missed while
nothing was running are skipped, not replayed: after a week of downtime an hourly schedule runs
once, not 168 times.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.db.engine import Database
from callvault.jobs.models import SCHEDULE_NAME_MAX, JobSchedule
from callvault.jobs.queue import enqueue_job, normalise_payload, validate_kind

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Schedule:
    """Enqueue a job of `kind` once per `every` (slots aligned on the Unix epoch)."""

    name: str
    kind: str
    every: timedelta
    payload: Mapping[str, Any] = field(default_factory=dict)
    max_attempts: int = 5
    priority: int = 0

    def __post_init__(self) -> None:
        if not self.name or len(self.name) > SCHEDULE_NAME_MAX:
            raise ValueError(f"schedule name must be 1 to {SCHEDULE_NAME_MAX} characters")
        validate_kind(self.kind)
        if self.every < timedelta(seconds=1):
            raise ValueError("a schedule's period must be at least one second")
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        normalise_payload(dict(self.payload))


def slot_start(now: datetime, every: timedelta) -> datetime:
    """The start of the slot that contains now."""
    return EPOCH + ((now - EPOCH) // every) * every


def slot_key(name: str, slot: datetime) -> str:
    return f"schedule:{name}:{slot.isoformat()}"


class Scheduler:
    def __init__(self, db: Database, schedules: Iterable[Schedule]) -> None:
        self.db = db
        self.schedules = tuple(schedules)
        names = [schedule.name for schedule in self.schedules]
        if len(set(names)) != len(names):
            raise ValueError("schedule names must be unique")

    def tick(self, now: datetime | None = None) -> list[str]:
        """Enqueue every schedule that is due; return the ids of the jobs this call created."""
        now = now or utcnow()
        created: list[str] = []
        for schedule in self.schedules:
            job_id = self._tick_one(schedule, now)
            if job_id is not None:
                created.append(job_id)
        return created

    def _tick_one(self, schedule: Schedule, now: datetime) -> str | None:
        current = slot_start(now, schedule.every)
        with self.db.write() as session:
            row = _locked_row(session, schedule, first_run_at=current)
            if row.kind != schedule.kind:
                row.kind = schedule.kind
            if row.next_run_at > current + schedule.every:
                # The period was shortened since the row was written: realign on the new grid.
                row.next_run_at = current + schedule.every
            if row.next_run_at > now:
                return None
            result = enqueue_job(
                session,
                kind=schedule.kind,
                payload=dict(schedule.payload),
                idempotency_key=slot_key(schedule.name, current),
                max_attempts=schedule.max_attempts,
                priority=schedule.priority,
            )
            row.next_run_at = current + schedule.every
            row.last_enqueued_at = now
            return result.job_id if result.created else None


def _locked_row(session: Session, schedule: Schedule, *, first_run_at: datetime) -> JobSchedule:
    row = session.get(JobSchedule, schedule.name, with_for_update=True)
    if row is not None:
        return row
    try:
        with session.begin_nested():
            row = JobSchedule(name=schedule.name, kind=schedule.kind, next_run_at=first_run_at)
            session.add(row)
            session.flush()
    except IntegrityError:
        # Another node created it first; wait for its transaction and take the row after it.
        row = session.get(JobSchedule, schedule.name, with_for_update=True, populate_existing=True)
        if row is None:
            raise
    return row
