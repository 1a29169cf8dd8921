"""Real test databases: a SQLite file and a throw-away PostgreSQL database, migrated once per
session and emptied between tests."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from callvault.db.base import Base
from callvault.db.engine import Database
from callvault.db.migrate import upgrade
from callvault.migrations import models  # noqa: F401

PG_ADMIN_URL = os.environ.get(
    "CALLVAULT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def postgres_available() -> bool:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 2})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


def require_postgres() -> None:
    if postgres_available():
        return
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required on CI and is not reachable at {PG_ADMIN_URL}")
    pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}; CI runs these")


@contextmanager
def empty_database(backend: str, tmp: Path) -> Iterator[str]:
    """The URL of a new, empty database of `backend` ("sqlite" in `tmp`, or "postgresql"),
    for tests that run migrations from an old revision."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp / 'old.db'}"
        return
    require_postgres()
    with postgres_database() as url:
        yield url


@contextmanager
def postgres_database() -> Iterator[str]:
    name = f"callvault_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@contextmanager
def migrated_url(backend: str, tmp_dir: Path) -> Iterator[str]:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_dir / 'callvault.db'}"
        upgrade(url)
        yield url
        return
    require_postgres()
    with postgres_database() as url:
        upgrade(url)
        yield url


def empty_all_tables(db: Database) -> None:
    with db.write() as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(table.delete())
