"""A worker: claims one job at a time under a lease, runs its handler, records the outcome.

Claiming is a short write transaction. It takes the first job, by priority then run_at, that
is either a running job whose lease expired (its worker died: these go first, they were at
the head of the queue already) or a queued job that is due. On PostgreSQL the row is taken
with FOR UPDATE SKIP LOCKED, so concurrent workers pass each other by instead of queueing;
on SQLite the writer lock (BEGIN IMMEDIATE) serialises claims. Claiming increments attempts,
which together with locked_by fences every later write of this run (see context.Lease).
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.db.engine import Database
from callvault.jobs.backoff import Backoff
from callvault.jobs.context import JobContext, Lease, LeaseLost, PermanentFailure
from callvault.jobs.models import WORKER_ID_MAX, Job, JobStatus
from callvault.jobs.registry import HandlerRegistry

logger = logging.getLogger(__name__)

MAX_ERROR_CHARS = 2000
_MAX_LOOP_PAUSE = 30.0


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    job_id: str
    kind: str
    payload: dict[str, Any]
    workspace_id: str | None
    attempt: int
    max_attempts: int
    lease_seconds: float


def default_worker_id() -> str:
    """host:pid:random, unique per Worker even for several in one process."""
    host = socket.gethostname()[:60] or "host"
    return f"{host}:{os.getpid()}:{secrets.token_hex(4)}"


def describe_error(exc: BaseException) -> str:
    """The exception's type and message, truncated: what last_error keeps of a failure."""
    message = str(exc)
    text = f"{type(exc).__qualname__}: {message}" if message else type(exc).__qualname__
    if len(text) > MAX_ERROR_CHARS:
        text = text[: MAX_ERROR_CHARS - 1] + "…"
    return text


class Worker:
    """Runs jobs from the database with the handlers of a registry.

    lease_seconds is the default lease (a handler may set its own); the heartbeat extends it
    every heartbeat_interval seconds (default a third of the lease) while a handler runs.
    """

    def __init__(
        self,
        db: Database,
        registry: HandlerRegistry,
        *,
        worker_id: str | None = None,
        lease_seconds: float = 60.0,
        poll_interval: float = 0.5,
        backoff: Backoff | None = None,
        heartbeat_interval: float | None = None,
    ) -> None:
        if lease_seconds <= 0 or poll_interval <= 0:
            raise ValueError("lease_seconds and poll_interval must be positive")
        if heartbeat_interval is not None and heartbeat_interval <= 0:
            raise ValueError("heartbeat_interval must be positive")
        self.db = db
        self.registry = registry
        self.worker_id = (worker_id or default_worker_id())[:WORKER_ID_MAX]
        self.lease_seconds = lease_seconds
        self.poll_interval = poll_interval
        self.backoff = backoff or Backoff()
        self.heartbeat_interval = heartbeat_interval

    def run(self, stop: threading.Event) -> None:
        """Work until stop is set; a job in progress is finished first. Database errors are
        logged and retried with a growing pause rather than ending the loop."""
        logger.info("job worker %s started", self.worker_id, extra={"worker_id": self.worker_id})
        failures = 0
        while not stop.is_set():
            try:
                worked = self.run_once()
            except Exception:
                failures += 1
                logger.exception(
                    "job worker %s: loop error", self.worker_id, extra={"worker_id": self.worker_id}
                )
                stop.wait(min(self.poll_interval * 2 ** min(failures, 16), _MAX_LOOP_PAUSE))
                continue
            failures = 0
            if not worked:
                stop.wait(self.poll_interval)
        logger.info("job worker %s stopped", self.worker_id, extra={"worker_id": self.worker_id})

    def run_once(self) -> bool:
        """Claim and run at most one job; False when nothing was due."""
        found, claimed = self._claim()
        if claimed is not None:
            self._execute(claimed)
        return found

    # -- claiming ---------------------------------------------------------------------------

    def _claim(self) -> tuple[bool, ClaimedJob | None]:
        now = utcnow()
        with self.db.write() as session:
            job = self._next_candidate(session, now)
            if job is None:
                return False, None
            if job.status == JobStatus.RUNNING.value:
                logger.warning(
                    "job %s: lease of worker %s expired, recovering it",
                    job.id,
                    job.locked_by,
                    extra=self._extra(job.id, job.kind, job.attempts),
                )
                if job.attempts >= job.max_attempts:
                    _bury(
                        job,
                        now,
                        f"lease expired during attempt {job.attempts} of {job.max_attempts}: "
                        f"worker {job.locked_by} lost",
                    )
                    return True, None
            spec = self.registry.get(job.kind)
            if spec is None:
                _bury(job, now, f"unknown job kind {job.kind!r}: no handler registered")
                logger.error(
                    "job %s: no handler for kind %r, dead-lettered",
                    job.id,
                    job.kind,
                    extra=self._extra(job.id, job.kind, job.attempts),
                )
                return True, None
            lease_seconds = spec.lease_seconds or self.lease_seconds
            job.status = JobStatus.RUNNING.value
            job.locked_by = self.worker_id
            job.locked_until = now + timedelta(seconds=lease_seconds)
            job.attempts += 1
            job.updated_at = now
            claimed = ClaimedJob(
                job_id=job.id,
                kind=job.kind,
                payload=job.payload,
                workspace_id=job.workspace_id,
                attempt=job.attempts,
                max_attempts=job.max_attempts,
                lease_seconds=lease_seconds,
            )
        return True, claimed

    def _next_candidate(self, session: Session, now: datetime) -> Job | None:
        orphaned = select(Job).where(Job.status == JobStatus.RUNNING.value, Job.locked_until < now)
        due = select(Job).where(Job.status == JobStatus.QUEUED.value, Job.run_at <= now)
        for stmt in (orphaned, due):
            stmt = stmt.order_by(Job.priority, Job.run_at).limit(1)
            if not self.db.is_sqlite:
                stmt = stmt.with_for_update(skip_locked=True)
            job = session.scalars(stmt).first()
            if job is not None:
                return job
        return None

    # -- running ----------------------------------------------------------------------------

    def _execute(self, claimed: ClaimedJob) -> None:
        spec = self.registry.get(claimed.kind)
        if spec is None:  # checked when claiming; a registry is not changed while running
            raise RuntimeError(f"no handler for job kind {claimed.kind!r}")
        lease = Lease(
            self.db,
            job_id=claimed.job_id,
            worker_id=self.worker_id,
            attempt=claimed.attempt,
            seconds=claimed.lease_seconds,
        )
        ctx = JobContext(
            lease=lease,
            kind=claimed.kind,
            payload=claimed.payload,
            workspace_id=claimed.workspace_id,
            max_attempts=claimed.max_attempts,
        )
        extra = self._extra(claimed.job_id, claimed.kind, claimed.attempt)
        logger.info(
            "job %s (%s) attempt %d started",
            claimed.job_id,
            claimed.kind,
            claimed.attempt,
            extra=extra,
        )
        started = time.monotonic()
        heartbeat = _Heartbeat(lease, self.heartbeat_interval or claimed.lease_seconds / 3)
        heartbeat.start()
        try:
            try:
                spec.handler(ctx)
            finally:
                heartbeat.stop()
        except Exception as exc:
            if ctx.finalised:
                logger.warning(
                    "job %s: handler raised %s after its final transaction; the job stays done",
                    claimed.job_id,
                    type(exc).__qualname__,
                    extra=extra,
                )
            elif isinstance(exc, LeaseLost) or lease.lost:
                logger.warning(
                    "job %s: lease lost, leaving the job to its new owner",
                    claimed.job_id,
                    extra=extra,
                )
            else:
                self._record_failure(claimed, lease, exc)
            return
        if not ctx.finalised and not self._complete(lease):
            logger.warning(
                "job %s: lease lost before completion; it will run again",
                claimed.job_id,
                extra=extra,
            )
            return
        duration_ms = round((time.monotonic() - started) * 1000)
        logger.info(
            "job %s (%s) done in %d ms",
            claimed.job_id,
            claimed.kind,
            duration_ms,
            extra={**extra, "duration_ms": duration_ms},
        )

    def _complete(self, lease: Lease) -> bool:
        with self.db.write() as session:
            return lease.complete(session)

    def _record_failure(self, claimed: ClaimedJob, lease: Lease, exc: Exception) -> None:
        now = utcnow()
        error = describe_error(exc)
        extra = self._extra(claimed.job_id, claimed.kind, claimed.attempt)
        permanent = isinstance(exc, PermanentFailure)
        if permanent or claimed.attempt >= claimed.max_attempts:
            values: dict[str, Any] = {
                "status": JobStatus.DEAD.value,
                "finished_at": now,
            }
        else:
            values = {
                "status": JobStatus.QUEUED.value,
                "run_at": now + self.backoff.delay(claimed.attempt),
            }
        values.update(locked_by=None, locked_until=None, last_error=error, updated_at=now)
        with self.db.write() as session:
            owned = lease.write_fenced(session, **values)
        if not owned:
            logger.warning(
                "job %s failed after losing its lease; its new owner decides",
                claimed.job_id,
                extra=extra,
            )
        elif values["status"] == JobStatus.DEAD.value:
            logger.error(
                "job %s (%s) dead after attempt %d of %d",
                claimed.job_id,
                claimed.kind,
                claimed.attempt,
                claimed.max_attempts,
                exc_info=exc,
                extra=extra,
            )
        else:
            logger.warning(
                "job %s (%s) attempt %d failed, retrying at %s",
                claimed.job_id,
                claimed.kind,
                claimed.attempt,
                values["run_at"].isoformat(),
                exc_info=exc,
                extra=extra,
            )

    def _extra(self, job_id: str, kind: str, attempt: int) -> dict[str, Any]:
        # Structured fields for log formatters; payloads are never logged (they may hold
        # sensitive ids or text).
        return {
            "job_id": job_id,
            "job_kind": kind,
            "job_attempt": attempt,
            "worker_id": self.worker_id,
        }


def _bury(job: Job, now: datetime, reason: str) -> None:
    job.status = JobStatus.DEAD.value
    job.last_error = reason[:MAX_ERROR_CHARS]
    job.locked_by = None
    job.locked_until = None
    job.finished_at = now
    job.updated_at = now


class _Heartbeat(threading.Thread):
    """Extends a lease at a fixed interval while a handler runs; stops when the lease is lost."""

    def __init__(self, lease: Lease, interval: float) -> None:
        super().__init__(name=f"job-heartbeat-{lease.job_id[-8:]}", daemon=True)
        self.lease = lease
        self.interval = interval
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.wait(self.interval):
            try:
                if not self.lease.extend():
                    logger.info(
                        "job %s: lease lost (heartbeat)",
                        self.lease.job_id,
                        extra={"job_id": self.lease.job_id, "worker_id": self.lease.worker_id},
                    )
                    return
            except Exception:
                # A transient database error: the next beat may still land within the lease.
                logger.exception("job %s: heartbeat failed", self.lease.job_id)

    def stop(self) -> None:
        self._halt.set()
        if self.is_alive():
            self.join(timeout=60)
