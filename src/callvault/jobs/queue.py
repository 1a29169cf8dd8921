"""The queue's producer and operator side: enqueue jobs, inspect them, handle the dead letters.

Every function takes the caller's session, so a use case enqueues its jobs in the same
transaction as the state change that causes them: the job exists if and only if that change
committed (no job for a rolled-back change, no change without its job).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Executable, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.core.errors import Conflict, InvalidInput, NotFound
from callvault.core.ids import new_id
from callvault.jobs.models import IDEMPOTENCY_KEY_MAX, KIND_MAX, Job, JobStatus

MAX_PAYLOAD_BYTES = 256 * 1024  # payloads carry ids and parameters, never content
MAX_LIST_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class Enqueued:
    job_id: str
    created: bool  # False when the idempotency key named an existing job


@dataclass(frozen=True, slots=True)
class JobView:
    """A snapshot of a job, usable after its session ended (read sessions roll back, which
    expires ORM objects)."""

    id: str
    kind: str
    payload: dict[str, Any]
    workspace_id: str | None
    idempotency_key: str | None
    status: JobStatus
    priority: int
    attempts: int
    max_attempts: int
    run_at: datetime
    locked_by: str | None
    locked_until: datetime | None
    last_error: str | None
    progress: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None

    @classmethod
    def of(cls, job: Job) -> JobView:
        return cls(
            id=job.id,
            kind=job.kind,
            payload=job.payload,
            workspace_id=job.workspace_id,
            idempotency_key=job.idempotency_key,
            status=JobStatus(job.status),
            priority=job.priority,
            attempts=job.attempts,
            max_attempts=job.max_attempts,
            run_at=job.run_at,
            locked_by=job.locked_by,
            locked_until=job.locked_until,
            last_error=job.last_error,
            progress=job.progress,
            created_at=job.created_at,
            updated_at=job.updated_at,
            finished_at=job.finished_at,
        )


@dataclass(frozen=True, slots=True)
class QueueStats:
    counts: dict[str, int]  # every status, zeros included
    oldest_queued_age: timedelta | None  # how long the oldest due job has waited; None if none


def validate_kind(kind: str) -> str:
    if not isinstance(kind, str) or not kind.strip() or len(kind) > KIND_MAX:
        raise InvalidInput(f"job kind must be a non-empty string of at most {KIND_MAX} characters")
    return kind


def normalise_payload(payload: Any) -> dict[str, Any]:
    """Return the payload as the database will give it back (a JSON object), or refuse it."""
    try:
        encoded = json.dumps(payload, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        # The message names the offending type, never the payload's values.
        raise InvalidInput(f"job payload is not JSON-serialisable: {type(exc).__name__}") from exc
    if len(encoded.encode()) > MAX_PAYLOAD_BYTES:
        raise InvalidInput(f"job payload exceeds {MAX_PAYLOAD_BYTES} bytes")
    decoded = json.loads(encoded)
    if not isinstance(decoded, dict):
        raise InvalidInput("job payload must be a JSON object")
    return decoded


def enqueue_job(
    session: Session,
    *,
    kind: str,
    payload: dict[str, Any],
    workspace_id: str | None = None,
    idempotency_key: str | None = None,
    run_at: datetime | None = None,
    max_attempts: int = 5,
    priority: int = 0,
) -> Enqueued:
    """Enqueue a job in the caller's transaction; say whether it was created or already there.

    An idempotency key that already names a job (whatever its status) returns that job and
    creates nothing, also when concurrent transactions race on the same key.
    """
    validate_kind(kind)
    clean_payload = normalise_payload(payload)
    if max_attempts < 1:
        raise InvalidInput("max_attempts must be at least 1")
    if run_at is not None and run_at.tzinfo is None:
        raise InvalidInput("run_at must be timezone-aware")
    if idempotency_key is not None and not 0 < len(idempotency_key) <= IDEMPOTENCY_KEY_MAX:
        raise InvalidInput(f"idempotency_key must be 1 to {IDEMPOTENCY_KEY_MAX} characters")

    if idempotency_key is not None:
        existing = _job_id_for_key(session, idempotency_key)
        if existing is not None:
            return Enqueued(existing, created=False)

    now = utcnow()
    job = Job(
        id=new_id(),
        kind=kind,
        payload=clean_payload,
        workspace_id=workspace_id,
        idempotency_key=idempotency_key,
        status=JobStatus.QUEUED.value,
        priority=priority,
        attempts=0,
        max_attempts=max_attempts,
        run_at=run_at or now,
        created_at=now,
        updated_at=now,
    )
    if idempotency_key is None:
        session.add(job)
        session.flush()
        return Enqueued(job.id, created=True)
    try:
        # A savepoint, so losing the race on the unique key leaves the caller's transaction
        # usable (PostgreSQL aborts a whole transaction on an error otherwise).
        with session.begin_nested():
            session.add(job)
            session.flush()
    except IntegrityError:
        winner = _job_id_for_key(session, idempotency_key)
        if winner is None:
            raise
        return Enqueued(winner, created=False)
    return Enqueued(job.id, created=True)


def enqueue(
    session: Session,
    *,
    kind: str,
    payload: dict[str, Any],
    workspace_id: str | None = None,
    idempotency_key: str | None = None,
    run_at: datetime | None = None,
    max_attempts: int = 5,
    priority: int = 0,
) -> str:
    """Enqueue a job in the caller's transaction and return its id (the existing job's id when
    the idempotency key is already taken). Lower priority values run first."""
    return enqueue_job(
        session,
        kind=kind,
        payload=payload,
        workspace_id=workspace_id,
        idempotency_key=idempotency_key,
        run_at=run_at,
        max_attempts=max_attempts,
        priority=priority,
    ).job_id


def execute_dml(session: Session, statement: Executable) -> int:
    """Run an UPDATE or DELETE in session and return how many rows it matched."""
    result = cast(CursorResult[Any], session.execute(statement))
    return int(result.rowcount)


def _job_id_for_key(session: Session, key: str) -> str | None:
    return session.scalar(select(Job.id).where(Job.idempotency_key == key))


def get_job(session: Session, job_id: str) -> JobView | None:
    job = session.get(Job, job_id)
    return None if job is None else JobView.of(job)


def list_jobs(
    session: Session,
    *,
    status: JobStatus | str | None = None,
    kind: str | None = None,
    workspace_id: str | None = None,
    limit: int = 100,
) -> list[JobView]:
    """Jobs matching every filter given, newest first."""
    stmt = select(Job)
    if status is not None:
        stmt = stmt.where(Job.status == JobStatus(status).value)
    if kind is not None:
        stmt = stmt.where(Job.kind == kind)
    if workspace_id is not None:
        stmt = stmt.where(Job.workspace_id == workspace_id)
    stmt = stmt.order_by(Job.created_at.desc(), Job.id.desc()).limit(_clamp(limit))
    return [JobView.of(job) for job in session.scalars(stmt)]


def list_dead(
    session: Session,
    *,
    kind: str | None = None,
    workspace_id: str | None = None,
    limit: int = 100,
) -> list[JobView]:
    """Dead-lettered jobs, most recently dead first; last_error says why."""
    stmt = select(Job).where(Job.status == JobStatus.DEAD.value)
    if kind is not None:
        stmt = stmt.where(Job.kind == kind)
    if workspace_id is not None:
        stmt = stmt.where(Job.workspace_id == workspace_id)
    stmt = stmt.order_by(Job.finished_at.desc(), Job.id.desc()).limit(_clamp(limit))
    return [JobView.of(job) for job in session.scalars(stmt)]


def requeue_dead(session: Session, job_id: str) -> None:
    """Give a dead job a fresh set of attempts, due now (last_error is kept for the record)."""
    now = utcnow()
    rowcount = execute_dml(
        session,
        update(Job)
        .where(Job.id == job_id, Job.status == JobStatus.DEAD.value)
        .values(
            status=JobStatus.QUEUED.value,
            attempts=0,
            run_at=now,
            locked_by=None,
            locked_until=None,
            finished_at=None,
            updated_at=now,
        )
        .execution_options(synchronize_session=False),
    )
    if rowcount != 1:
        _raise_for_state(session, job_id, "only a dead job can be requeued")


def cancel(session: Session, job_id: str) -> None:
    """Cancel a job that has not started: it moves to dead with the reason "cancelled".

    A running job cannot be cancelled from outside (its handler owns it until it finishes).
    """
    now = utcnow()
    rowcount = execute_dml(
        session,
        update(Job)
        .where(Job.id == job_id, Job.status == JobStatus.QUEUED.value)
        .values(
            status=JobStatus.DEAD.value,
            last_error="cancelled",
            finished_at=now,
            updated_at=now,
        )
        .execution_options(synchronize_session=False),
    )
    if rowcount != 1:
        _raise_for_state(session, job_id, "only a queued job can be cancelled")


def purge_finished(session: Session, *, older_than: timedelta, now: datetime | None = None) -> int:
    """Delete done jobs finished more than older_than ago; return how many.

    Their idempotency keys go with them, so the purge age is also the dedup window.
    """
    cutoff = (now or utcnow()) - older_than
    return execute_dml(
        session,
        delete(Job)
        .where(Job.status == JobStatus.DONE.value, Job.finished_at < cutoff)
        .execution_options(synchronize_session=False),
    )


def queue_stats(
    session: Session, *, now: datetime | None = None, workspace_id: str | None = None
) -> QueueStats:
    """Counts by status and the age of the oldest job that is due and still waiting (of one
    workspace's jobs when workspace_id is given, else of all)."""
    now = now or utcnow()
    scope = [] if workspace_id is None else [Job.workspace_id == workspace_id]
    counts = {status.value: 0 for status in JobStatus}
    by_status = select(Job.status, func.count()).where(*scope).group_by(Job.status)
    for status, count in session.execute(by_status):
        counts[status] = int(count)
    oldest = session.scalar(
        select(func.min(Job.run_at)).where(
            Job.status == JobStatus.QUEUED.value, Job.run_at <= now, *scope
        )
    )
    age = None if oldest is None else max(now - oldest, timedelta(0))
    return QueueStats(counts=counts, oldest_queued_age=age)


def _clamp(limit: int) -> int:
    if limit < 1:
        raise InvalidInput("limit must be at least 1")
    return min(limit, MAX_LIST_LIMIT)


def _raise_for_state(session: Session, job_id: str, message: str) -> None:
    status = session.scalar(select(Job.status).where(Job.id == job_id))
    if status is None:
        raise NotFound("job not found", job_id=job_id)
    raise Conflict(message, job_id=job_id, status=status)
