"""Check a PostgreSQL connection before use only when it has sat idle in the pool.

`pool_pre_ping` pings on every checkout: on a busy server that is one more round trip per
request (BEGIN and `SELECT 1`, then the request's own statements), paid by the web process,
the audit process and PostgreSQL's backend alike, to catch a connection that can only have
gone stale while nobody used it (a database restart, an idle timeout of a proxy). A
connection handed back moments ago was working moments ago; one that waited longer than
`IDLE_SECONDS` is pinged as before, and one that fails the ping is replaced (the pool
retries the checkout with a new connection). A database that restarts in the seconds
between two uses of a busy connection fails that use, as it fails the statements in flight;
SQLAlchemy then invalidates the pool's older connections, so the next checkout reconnects.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, event, exc

IDLE_SECONDS = 2.0
_RETURNED = "callvault.returned_at"


def ping_when_idle(engine: Engine, idle_seconds: float = IDLE_SECONDS) -> None:
    """Install the check on the engine's pool (in place of `pool_pre_ping`)."""
    dialect = engine.dialect

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_conn: Any, record: Any) -> None:
        if record is not None:
            record.info[_RETURNED] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        returned = record.info.get(_RETURNED)
        # A connection just opened has no return time: it was checked by connecting.
        if returned is None or time.monotonic() - returned < idle_seconds:
            return
        try:
            dialect.do_ping(dbapi_conn)
        except Exception as error:
            # The pool discards this connection and checks out (or opens) another.
            raise exc.DisconnectionError("stale connection") from error
