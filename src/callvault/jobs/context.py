"""What a handler sees of its job: the payload, the lease it runs under, and the one
transaction in which it commits its effects together with the job's completion."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, and_, select, update
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.core.errors import CallvaultError
from callvault.db.engine import Database
from callvault.jobs.models import Job, JobStatus
from callvault.jobs.queue import execute_dml, normalise_payload


class LeaseLost(CallvaultError):
    """This worker no longer owns the job: its lease expired and another worker claimed it.

    Raised by JobContext methods; a handler should let it propagate. Whatever the handler was
    about to commit through final_transaction() has been rolled back.
    """

    code: ClassVar[str] = "job_lease_lost"
    status: ClassVar[int] = 409


class PermanentFailure(Exception):
    """Raised by a handler when retrying cannot help (say, the object it works on is gone):
    the job goes to the dead letters at once with this message as its reason."""


class Lease:
    """A worker's claim on a job, fenced on (locked_by, attempts): both change whenever the
    job is claimed again, so a stale owner's fenced writes match no row."""

    def __init__(
        self, db: Database, *, job_id: str, worker_id: str, attempt: int, seconds: float
    ) -> None:
        self.db = db
        self.job_id = job_id
        self.worker_id = worker_id
        self.attempt = attempt
        self.seconds = seconds
        self._lost = threading.Event()
        self._last_extended = time.monotonic()

    @property
    def lost(self) -> bool:
        return self._lost.is_set()

    def mark_lost(self) -> None:
        self._lost.set()

    def fence(self) -> ColumnElement[bool]:
        return and_(
            Job.id == self.job_id,
            Job.status == JobStatus.RUNNING.value,
            Job.locked_by == self.worker_id,
            Job.attempts == self.attempt,
        )

    def extend(self) -> bool:
        """Push locked_until a full lease ahead; False (and lost) when the job is not ours."""
        if self.lost:
            return False
        now = utcnow()
        with self.db.write() as session:
            owned = self.write_fenced(session, locked_until=now + timedelta(seconds=self.seconds))
        if owned:
            self._last_extended = time.monotonic()
        else:
            self.mark_lost()
        return owned

    def seconds_since_extended(self) -> float:
        return time.monotonic() - self._last_extended

    def write_fenced(self, session: Session, **values: Any) -> bool:
        """Update the job row inside session only if this lease still owns it."""
        values.setdefault("updated_at", utcnow())
        result = execute_dml(
            session,
            update(Job)
            .where(self.fence())
            .values(**values)
            .execution_options(synchronize_session=False),
        )
        return result == 1

    def still_owned(self, session: Session) -> bool:
        """Check ownership inside session, locking the job row on PostgreSQL so that no other
        worker can claim it until this transaction ends (SQLite's writer lock does the same)."""
        row = session.execute(select(Job.id).where(self.fence()).with_for_update()).first()
        return row is not None

    def complete(self, session: Session) -> bool:
        """Mark the job done inside session, fenced; False when the job is no longer ours."""
        now = utcnow()
        return self.write_fenced(
            session,
            status=JobStatus.DONE.value,
            locked_by=None,
            locked_until=None,
            finished_at=now,
            updated_at=now,
        )


class JobContext:
    """Handed to a handler: its job's identity and payload, and the means to report progress,
    keep its lease, and commit its effects exactly once.

    Handlers run outside any transaction and must keep it so for their heavy work: on SQLite
    a write transaction holds the database's single write lock, so a handler holding one for
    its whole run would stall every other writer in the process and beyond.
    """

    def __init__(
        self,
        *,
        lease: Lease,
        kind: str,
        payload: dict[str, Any],
        workspace_id: str | None,
        max_attempts: int,
    ) -> None:
        self._lease = lease
        self.job_id = lease.job_id
        self.kind = kind
        self.payload = payload
        self.workspace_id = workspace_id
        self.attempt = lease.attempt  # 1 on the first run
        self.max_attempts = max_attempts
        self.db = lease.db
        self._final_session: Session | None = None
        self._finalised = False

    @property
    def finalised(self) -> bool:
        """True once final_transaction() committed: the job is done, whatever happens next."""
        return self._finalised

    @property
    def lease_lost(self) -> bool:
        return self._lease.lost

    @property
    def is_last_attempt(self) -> bool:
        return self.attempt >= self.max_attempts

    def heartbeat(self) -> None:
        """Extend the lease now (the worker also does so in the background); raise LeaseLost
        when the job was taken over. Cheap to call often: writes at most every tenth lease."""
        if self._lease.lost:
            raise LeaseLost("job lease lost", job_id=self.job_id)
        if self._finalised or self._final_session is not None:
            return  # done, or the final transaction holds the job row: nobody can take it
        if self._lease.seconds_since_extended() < self._lease.seconds / 10:
            return
        if not self._lease.extend():
            raise LeaseLost("job lease lost", job_id=self.job_id)

    def report_progress(self, progress: dict[str, Any]) -> None:
        """Store a JSON object describing progress (shown to operators; no sensitive content).
        Each call is a small write transaction, so report steps, not every item. Raises
        LeaseLost when the job was taken over."""
        clean = normalise_payload(progress)
        if self._final_session is not None:
            owned = self._lease.write_fenced(self._final_session, progress=clean)
        else:
            with self.db.write() as session:
                owned = self._lease.write_fenced(session, progress=clean)
        if not owned:
            self._lease.mark_lost()
            raise LeaseLost("job lease lost", job_id=self.job_id)

    @contextmanager
    def final_transaction(self) -> Iterator[Session]:
        """A write session for the handler's effects, committed together with the job's
        completion: the effects exist once or not at all.

        On entry the job row is checked (and locked, on PostgreSQL) as still this worker's; on
        exit the job is marked done in the same transaction, fenced on (locked_by, attempts).
        If the lease was lost, the transaction rolls back and LeaseLost is raised. Follow-up
        jobs enqueued in this session are committed atomically with it. Keep the block short
        (compute first, then open it only to write) and write only through this session:
        on SQLite, another write transaction opened inside it would wait on this one until
        the busy timeout fails it.
        """
        if self._finalised or self._final_session is not None:
            raise RuntimeError("final_transaction() can be used once per job run")
        if self._lease.lost:
            raise LeaseLost("job lease lost", job_id=self.job_id)
        with self.db.write() as session:
            if not self._lease.still_owned(session):
                self._lease.mark_lost()
                raise LeaseLost("job lease lost before its final transaction", job_id=self.job_id)
            self._final_session = session
            try:
                yield session
                session.flush()
                if not self._lease.complete(session):
                    self._lease.mark_lost()
                    raise LeaseLost(
                        "job lease lost during its final transaction", job_id=self.job_id
                    )
            finally:
                self._final_session = None
        self._finalised = True
