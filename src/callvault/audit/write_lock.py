"""The SQLite writer lock between processes, taken before `BEGIN IMMEDIATE` (ADR 0015).

SQLite lets one writer in at a time and makes the others poll: a connection that finds the
database locked sleeps and retries (1, 2, 5 … 100 ms) until its busy timeout. With one audit
writer per HTTP process, those writers would poll each other. An exclusive `flock` on a file
beside the database queues them in the kernel instead: a waiter sleeps until the holder
releases and is woken at once, and a process that dies releases it with its descriptors.
PostgreSQL needs none of this (row locks queue without polling): the lock is then a no-op.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

from callvault.db.engine import is_sqlite, normalise_url


def lock_path_for(url: str) -> Path | None:
    """`<database file>.audit-writer.lock` for a SQLite file; None for any other database."""
    if not is_sqlite(url):
        return None
    database = make_url(normalise_url(url)).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database)
    return path.with_name(path.name + ".audit-writer.lock")


class WriterLock:
    """One descriptor per writer thread: `flock` excludes other open files, so writers in
    other processes (and other writers of this one) wait, each in the kernel."""

    def __init__(self, path: Path | None) -> None:
        self._fd = None if path is None else os.open(path, _FLAGS, 0o600)

    @contextmanager
    def held(self) -> Iterator[None]:
        if self._fd is None:
            yield
            return
        fcntl.flock(self._fd, fcntl.LOCK_EX)  # blocks without polling; releases the GIL
        try:
            yield
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


_FLAGS = os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW
