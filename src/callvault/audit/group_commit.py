"""One writer per process appends the audit entries of reads in small group commits
(ADR 0015).

A read of sensitive content must be audited before its answer leaves, and one write
transaction per read made every GET queue for the database's single write lock. Request
threads now hand their entry to this writer and wait on a future; the writer takes what
has queued meanwhile (at most `max_batch`), appends it to each workspace's chain in
arrival order in ONE transaction, commits (the commit anchors each touched chain once,
ADR 0010) and only then resolves the futures, so a request answers only after its entry
is committed, and a crash loses only entries whose requests were never answered. A batch
that fails fails every waiting request with it; a workspace whose own append fails (its
keys destroyed, say) fails only its entries.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from callvault.audit.entry import AuditEntry
from callvault.audit.write_lock import WriterLock, lock_path_for
from callvault.core.errors import CallvaultError
from callvault.db.engine import make_engine

log = logging.getLogger(__name__)

MAX_BATCH = 256
# As long as SQLite's busy timeout: a writer stuck longer than that is broken, not busy.
WAIT_SECONDS = 30.0

# Appends one workspace's entries, in order, in the session's transaction.
Append = Callable[[Session, str, Sequence[AuditEntry]], object]


class AuditUnavailable(CallvaultError):
    """The read's audit entry could not be written, so the read is refused."""

    code = "audit_unavailable"
    status = 503


@dataclass(frozen=True, slots=True)
class _Waiting:
    entry: AuditEntry
    done: Future[None]


@dataclass(slots=True)
class WriterStats:
    """What the writer did (for operators and tests): commits = batches committed."""

    commits: int = 0
    entries: int = 0
    failures: int = 0


class GroupCommitWriter:
    """The process's writer thread: started on the first entry, stopped by `close` after
    committing everything queued. Not shared across fork: the owner makes a new one in a
    child process (`pid`)."""

    def __init__(
        self, url: str, append: Append, *, max_batch: int = MAX_BATCH, wait: float = WAIT_SECONDS
    ) -> None:
        self.pid = os.getpid()
        self.stats = WriterStats()
        self._url = url
        self._append = append
        self._max_batch = max_batch
        self._wait = wait
        self._cond = threading.Condition()
        self._queue: list[_Waiting] = []
        self._thread: threading.Thread | None = None
        self._stopping = False

    def write(self, entry: AuditEntry) -> None:
        """Append the entry and return once it is committed; AuditUnavailable otherwise."""
        done = self.submit(entry)
        try:
            done.result(timeout=self._wait)
        except FutureTimeout:
            raise AuditUnavailable(
                "The audit log did not answer in time; nothing was read."
            ) from None
        except CallvaultError:
            # A domain answer (say, the workspace's keys were destroyed: 410) says more than
            # "unavailable"; nothing was read either way.
            raise
        except Exception as exc:
            raise AuditUnavailable("The audit log could not be written; nothing was read.") from exc

    @property
    def queued(self) -> int:
        """Entries handed over and not yet taken into a batch."""
        with self._cond:
            return len(self._queue)

    def submit(self, entry: AuditEntry) -> Future[None]:
        """Queue the entry; the future resolves once it is committed (or fails with it)."""
        done: Future[None] = Future()
        with self._cond:
            if self._stopping:
                raise AuditUnavailable("The audit writer is shutting down; nothing was read.")
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="audit-group-commit", daemon=True
                )
                self._thread.start()
            self._queue.append(_Waiting(entry, done))
            self._cond.notify()
        return done

    def close(self, timeout: float = WAIT_SECONDS) -> None:
        """Commit what is queued, then stop the thread (entries submitted later are refused)."""
        with self._cond:
            self._stopping = True
            thread = self._thread
            self._cond.notify()
        if thread is not None:
            thread.join(timeout)

    # -- the writer thread -----------------------------------------------------------------

    def _run(self) -> None:
        # Its own engine and connection: request threads waiting on it may hold every
        # connection of the shared pool (PostgreSQL shares one pool for reads and writes).
        try:
            engine = make_engine(self._url, writer=True, pool_size=1)
            lock = WriterLock(lock_path_for(self._url))
        except Exception as exc:
            log.error("audit group-commit writer could not start: %s", type(exc).__name__)
            with self._cond:
                failed, self._queue, self._thread = self._queue, [], None  # next entry retries
            for waiting in failed:
                waiting.done.set_exception(exc)
            return
        try:
            while (batch := self._next_batch()) is not None:
                self._commit(engine, lock, batch)
        finally:
            lock.close()
            engine.dispose()

    def _next_batch(self) -> list[_Waiting] | None:
        with self._cond:
            while not self._queue and not self._stopping:
                self._cond.wait()
            if not self._queue:
                return None  # stopping, and everything queued is committed
            # What queued while the last batch committed: no lingering, so a lone read
            # waits for one commit, and a crowd shares commits.
            batch = self._queue[: self._max_batch]
            del self._queue[: self._max_batch]
            return batch

    def _commit(self, engine: Engine, lock: WriterLock, batch: list[_Waiting]) -> None:
        groups: dict[str, list[_Waiting]] = {}
        for waiting in batch:
            groups.setdefault(waiting.entry.workspace_id, []).append(waiting)
        failed: dict[str, Exception] = {}
        try:
            # flock, then BEGIN IMMEDIATE (the writer engine's begin) on SQLite.
            with (
                lock.held(),
                Session(engine, expire_on_commit=False) as session,
                session.begin(),
            ):
                # Heads in one order everywhere: two writers never wait on each other in a
                # cycle (PostgreSQL locks each head row FOR UPDATE).
                for workspace_id in sorted(groups):
                    entries = [w.entry for w in groups[workspace_id]]
                    error = self._append_one(session, workspace_id, entries, len(groups))
                    if error is not None:
                        failed[workspace_id] = error
        except Exception as exc:
            self.stats.failures += 1
            log.error("audit group commit failed: %s", type(exc).__name__)
            for waiting in batch:
                waiting.done.set_exception(exc)
            return
        self.stats.commits += 1
        for workspace_id, group in groups.items():
            error = failed.get(workspace_id)
            for waiting in group:
                if error is None:
                    waiting.done.set_result(None)
                else:
                    waiting.done.set_exception(error)
        self.stats.entries += len(batch) - sum(len(groups[ws]) for ws in failed)

    def _append_one(
        self, session: Session, workspace_id: str, entries: list[AuditEntry], workspaces: int
    ) -> Exception | None:
        if workspaces == 1:
            self._append(session, workspace_id, entries)  # its failure is the batch's
            return None
        try:
            with session.begin_nested():  # one workspace's failure spares the others
                self._append(session, workspace_id, entries)
        except CallvaultError as exc:
            log.error("audit append failed for one workspace: %s", type(exc).__name__)
            return exc
        return None
