"""Fewer round trips to PostgreSQL per request: `Database.statements()` runs without a
transaction of its own there, and a pooled connection is pinged only after sitting idle."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from callvault.db.engine import Database, is_sqlite, normalise_url
from callvault.db.idle_ping import ping_when_idle


def _in_transaction(session_connection: object) -> bool:
    driver = session_connection.connection.driver_connection  # type: ignore[attr-defined]
    if hasattr(driver, "in_transaction"):  # sqlite3
        return bool(driver.in_transaction)
    return str(driver.info.transaction_status.name) != "IDLE"  # psycopg


def test_statements_hold_no_transaction_on_postgresql(db: Database) -> None:
    with db.statements() as s:
        assert s.execute(text("SELECT 1")).scalar() == 1
        # SQLite: a read transaction (one snapshot, no round trips to save); PostgreSQL:
        # the statement was its own transaction, none is left open.
        assert _in_transaction(s.connection()) is is_sqlite(db.url)
    # The pooled connection goes back to transactions for the other kinds of session.
    with db.write() as s:
        s.execute(text("SELECT 1"))
        assert _in_transaction(s.connection())
    with db.read() as s:
        s.execute(text("SELECT 1"))
        assert _in_transaction(s.connection())


def _backend_pid(engine: object) -> int:
    with engine.connect() as conn:  # type: ignore[attr-defined]
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _terminate(url: str, pid: int) -> None:
    admin = create_engine(url)
    with admin.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        conn.commit()
    admin.dispose()


def test_an_idle_connection_is_pinged_and_replaced_when_stale(database_url: str) -> None:
    if is_sqlite(database_url):
        pytest.skip("PostgreSQL connections only")
    url = normalise_url(database_url)
    engine = create_engine(url)
    ping_when_idle(engine, idle_seconds=0.2)
    try:
        first = _backend_pid(engine)
        _terminate(url, first)
        time.sleep(0.3)  # idle longer than the bound: pinged, found dead, replaced
        assert _backend_pid(engine) != first
    finally:
        engine.dispose()


def test_a_connection_used_moments_ago_is_not_pinged(database_url: str) -> None:
    if is_sqlite(database_url):
        pytest.skip("PostgreSQL connections only")
    url = normalise_url(database_url)
    engine = create_engine(url)
    ping_when_idle(engine, idle_seconds=60)
    try:
        first = _backend_pid(engine)
        _terminate(url, first)
        time.sleep(0.1)
        # Within the bound nobody checks it: its use fails, as statements in flight do when
        # a database restarts, and the pool then replaces it.
        with pytest.raises(DBAPIError):
            _backend_pid(engine)
        assert _backend_pid(engine) != first
    finally:
        engine.dispose()
