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

The serve's audit process (writer_link.py), which takes the reads of every web process,
*lingers*: once an entry is queued it waits `SERVE_LINGER_SECONDS` for others before it
commits (PostgreSQL's `commit_delay` idea). With nothing else to do it otherwise committed
3-4 entries at a time, and a commit's fixed cost (session, head lock, insert, update,
commit, anchor) then dominated: 0.75-0.86 ms of its CPU per read. The writer thread of a
one-process serve (or of the CLI and job workers) does not linger: beside the request
threads its commits already wait for the GIL, so its batches gather by themselves.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from callvault.audit.anchor import Checkpoint
from callvault.audit.entry import AuditEntry
from callvault.audit.write_lock import WriterLock, lock_path_for
from callvault.core.errors import CallvaultError
from callvault.db.engine import make_engine

log = logging.getLogger(__name__)

MAX_BATCH = 256
# Measured on PostgreSQL, 2 web processes, /calls at 50 clients (ADR 0015 addendum 3):
# 6 entries per commit instead of 3.8, audit process CPU 0.57 instead of 0.75-0.86 ms per
# read, +6-26 % req/s; a lone read waits 3 ms more, next to a commit's own ~10 ms there.
SERVE_LINGER_SECONDS = 0.003
# As long as SQLite's busy timeout: a writer stuck longer than that is broken, not busy.
WAIT_SECONDS = 30.0

# Appends one workspace's entries, in order, in the session's transaction; returns the
# checkpoint of the chain's new head.
Append = Callable[[Session, str, Sequence[AuditEntry]], Checkpoint]
# Anchors the checkpoints of a committed batch (ADR 0010; logs, never raises).
Anchor = Callable[[list[Checkpoint]], None]


class AuditUnavailable(CallvaultError):
    """The read's audit entry could not be written, so the read is refused."""

    code = "audit_unavailable"
    status = 503


def committed(done: Future[None], wait: float = WAIT_SECONDS) -> None:
    """Block until the entry behind `done` is committed; AuditUnavailable otherwise."""
    try:
        done.result(timeout=wait)
    except FutureTimeout:
        raise AuditUnavailable("The audit log did not answer in time; nothing was read.") from None
    except CallvaultError:
        # A domain answer (say, the workspace's keys were destroyed: 410) says more than
        # "unavailable"; nothing was read either way.
        raise
    except Exception as exc:
        raise AuditUnavailable(_NOT_WRITTEN) from exc


async def committed_async(done: Future[None], wait: float = WAIT_SECONDS) -> None:
    """`committed` for the event loop: the request waits for its entry's group commit without
    holding a pool thread (with 40 threads blocked on commits, /calls could not use a second
    process: its pool time was 71-85 % waiting). Cancelling the wait (a timeout, a client
    gone) never cancels the entry: the writer still commits it and resolves `done`."""
    loop = asyncio.get_running_loop()
    mine: asyncio.Future[None] = loop.create_future()

    def copy(_done: Future[None]) -> None:
        if not mine.done():
            exc = _done.exception()
            if exc is None:
                mine.set_result(None)
            else:
                mine.set_exception(exc)

    def settled(_done: Future[None]) -> None:
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(copy, _done)

    done.add_done_callback(settled)
    try:
        await asyncio.wait_for(mine, wait)
    except TimeoutError:
        raise AuditUnavailable("The audit log did not answer in time; nothing was read.") from None
    except CallvaultError:
        raise
    except Exception as exc:
        raise AuditUnavailable(_NOT_WRITTEN) from exc


_NOT_WRITTEN = "The audit log could not be written; nothing was read."


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
    # Seconds spent waiting for the write lock (other processes' writers, on SQLite) and
    # holding it (transaction, commit and anchor): where cross-process contention shows.
    lock_wait_s: float = 0.0
    lock_held_s: float = 0.0


class GroupCommitWriter:
    """The process's writer thread: started on the first entry, stopped by `close` after
    committing everything queued. Not shared across fork: the owner makes a new one in a
    child process (`pid`). `linger`: seconds a batch waits for more entries once its first
    is queued (0: none)."""

    def __init__(
        self,
        url: str,
        append: Append,
        anchor: Anchor,
        *,
        max_batch: int = MAX_BATCH,
        wait: float = WAIT_SECONDS,
        linger: float = 0.0,
    ) -> None:
        self.pid = os.getpid()
        self._linger = linger
        self.stats = WriterStats()
        self._url = url
        self._append = append
        self._anchor = anchor
        self._max_batch = max_batch
        self._wait = wait
        self._cond = threading.Condition()
        self._queue: list[_Waiting] = []
        self._thread: threading.Thread | None = None
        self._stopping = False

    def write(self, entry: AuditEntry) -> None:
        """Append the entry and return once it is committed; AuditUnavailable otherwise."""
        committed(self.submit(entry), self._wait)

    @property
    def queued(self) -> int:
        """Entries handed over and not yet taken into a batch."""
        with self._cond:
            return len(self._queue)

    def submit(self, entry: AuditEntry) -> Future[None]:
        """Queue the entry; the future resolves once it is committed (or fails with it)."""
        return self.submit_many([entry])[0]

    def submit_many(self, entries: Sequence[AuditEntry]) -> list[Future[None]]:
        """`submit` for several entries at once, queued together in their order (so they
        normally share a commit)."""
        waiting = [_Waiting(entry, Future()) for entry in entries]
        with self._cond:
            if self._stopping:
                raise AuditUnavailable("The audit writer is shutting down; nothing was read.")
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="audit-group-commit", daemon=True
                )
                self._thread.start()
            self._queue.extend(waiting)
            self._cond.notify()
        return [w.done for w in waiting]

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
            # Lingering: more entries for the same commit, until the batch is full, the
            # time is up or `close` asks for what is queued (committed at once).
            deadline = time.monotonic() + self._linger
            while len(self._queue) < self._max_batch and not self._stopping:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            # What queued while the last batch committed (and while lingering): a lone
            # read waits for one commit, and a crowd shares commits.
            batch = self._queue[: self._max_batch]
            del self._queue[: self._max_batch]
            return batch

    def _commit(self, engine: Engine, lock: WriterLock, batch: list[_Waiting]) -> None:
        groups: dict[str, list[_Waiting]] = {}
        for waiting in batch:
            groups.setdefault(waiting.entry.workspace_id, []).append(waiting)
        failed: dict[str, Exception] = {}
        heads: list[Checkpoint] = []
        try:
            # flock, then BEGIN IMMEDIATE (the writer engine's begin) on SQLite.
            asked = time.perf_counter()
            with lock.held():
                got = time.perf_counter()
                self.stats.lock_wait_s += got - asked
                with Session(engine, expire_on_commit=False) as session, session.begin():
                    # Heads in one order everywhere: two writers never wait on each other
                    # in a cycle (PostgreSQL locks each head row FOR UPDATE).
                    for workspace_id in sorted(groups):
                        entries = [w.entry for w in groups[workspace_id]]
                        done = self._append_one(session, workspace_id, entries, len(groups))
                        if isinstance(done, Checkpoint):
                            heads.append(done)
                        else:
                            failed[workspace_id] = done
                # Committed: anchor the heads once each, still under the lock, so the
                # anchor's order is the commit order on SQLite (as ADR 0010's CommitAnchor).
                self._anchor(heads)
            self.stats.lock_held_s += time.perf_counter() - got
        except Exception as exc:
            self.stats.failures += 1
            log.error("audit group commit failed: %s", type(exc).__name__)
            for waiting in batch:
                waiting.done.set_exception(exc)
            return
        # Counted before anyone is answered: a reader that returns sees its entry counted.
        self.stats.commits += 1
        self.stats.entries += len(batch) - sum(len(groups[ws]) for ws in failed)
        for workspace_id, group in groups.items():
            error = failed.get(workspace_id)
            for waiting in group:
                if error is None:
                    waiting.done.set_result(None)
                else:
                    waiting.done.set_exception(error)

    def _append_one(
        self, session: Session, workspace_id: str, entries: list[AuditEntry], workspaces: int
    ) -> Checkpoint | Exception:
        if workspaces == 1:
            return self._append(session, workspace_id, entries)  # its failure is the batch's
        try:
            with session.begin_nested():  # one workspace's failure spares the others
                return self._append(session, workspace_id, entries)
        except CallvaultError as exc:
            log.error("audit append failed for one workspace: %s", type(exc).__name__)
            return exc
