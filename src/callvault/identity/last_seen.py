"""When device sessions and API tokens were last used, written off the request path.

A request that finds its token's "last seen" over a minute old hands the new time to this
writer and goes on; one background thread per process writes what gathered every few seconds
in one small transaction, and only to rows that no process touched within the minute. What is
pending when a process dies is lost: at most a minute or two of "last seen", which only the
idle timeout (a day by default) and the session list read.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import bindparam, update

from callvault.db.base import Base
from callvault.db.engine import Database
from callvault.identity.models import ApiToken, DeviceSession

log = logging.getLogger(__name__)

RESOLUTION = timedelta(seconds=60)  # "last seen" is kept to the minute, not the request
Kind = Literal["session", "token"]

_SESSIONS = Base.metadata.tables[DeviceSession.__tablename__]
_TOKENS = Base.metadata.tables[ApiToken.__tablename__]
_TOUCH_SESSION = (
    update(_SESSIONS)
    .where(_SESSIONS.c.id == bindparam("row_id"), _SESSIONS.c.last_seen_at < bindparam("before"))
    .values(last_seen_at=bindparam("at"))
)
_TOUCH_TOKEN = (
    update(_TOKENS)
    .where(
        _TOKENS.c.id == bindparam("row_id"),
        (_TOKENS.c.last_used_at.is_(None)) | (_TOKENS.c.last_used_at < bindparam("before")),
    )
    .values(last_used_at=bindparam("at"))
)


class LastSeenWriter:
    """Gathers touches and writes them from one daemon thread, started on first use."""

    def __init__(self, db: Database, *, interval_seconds: float = 2.0) -> None:
        self._db = db
        self._interval = interval_seconds
        self._lock = threading.Lock()
        self._pending: dict[tuple[Kind, str], datetime] = {}
        self._wake = threading.Event()
        self._closed = False
        self._thread: threading.Thread | None = None

    def touch(self, kind: Kind, row_id: str, at: datetime) -> None:
        """Record that a session or token was used at `at` (returns at once)."""
        with self._lock:
            if self._closed:
                return
            self._pending[(kind, row_id)] = at
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="callvault-last-seen", daemon=True
                )
                self._thread.start()

    def flush(self) -> None:
        """Write what is pending now, in the caller's thread."""
        with self._lock:
            pending, self._pending = self._pending, {}
        if not pending:
            return
        sessions = [
            {"row_id": i, "at": at, "before": at - RESOLUTION}
            for (kind, i), at in pending.items()
            if kind == "session"
        ]
        tokens = [
            {"row_id": i, "at": at, "before": at - RESOLUTION}
            for (kind, i), at in pending.items()
            if kind == "token"
        ]
        with self._db.write() as s:
            # Core statements on the tables: last seen is bookkeeping, no epoch is bumped.
            if sessions:
                s.execute(_TOUCH_SESSION, sessions)
            if tokens:
                s.execute(_TOUCH_TOKEN, tokens)

    def close(self) -> None:
        """Write what is pending and stop the thread."""
        with self._lock:
            self._closed = True
            thread = self._thread
        self._wake.set()
        if thread is not None:
            thread.join(timeout=10)
        self._flush_logged()

    def _run(self) -> None:
        while True:
            self._wake.wait(self._interval)
            with self._lock:
                closed = self._closed
            if closed:
                return
            self._flush_logged()

    def _flush_logged(self) -> None:
        try:
            self.flush()
        except Exception:
            # Lost touches only make a session look idle a little sooner; never fatal.
            log.exception("could not record when sessions were last seen")
