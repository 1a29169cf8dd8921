"""Alembic environment: online migrations against the configured URL."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection

from callvault.db.base import Base
from callvault.db.engine import make_engine
from callvault.migrations import models  # noqa: F401  (registers every table)

config = context.config


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    assert url
    engine = make_engine(url)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite alters a table by building a new one, copying the rows and dropping the
            # old (Alembic's batch mode). With foreign keys enforced, dropping `workspaces`
            # or `users` cascades: every row that points at them is deleted (mfa_0001 emptied
            # vi_settings this way). Alembic's documented practice: enforcement off while
            # migrating (it cannot change inside a transaction), the keys checked after.
            _pragma(connection, "foreign_keys=OFF")
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        if sqlite:
            broken = _pragma(connection, "foreign_key_check")
            _pragma(connection, "foreign_keys=ON")
            if broken:
                raise RuntimeError(f"the migration left {len(broken)} rows with a dangling key")
    engine.dispose()


def _pragma(connection: Connection, pragma: str) -> list[Any]:
    """A PRAGMA on the driver's connection, outside any transaction: SQLAlchemy's begin
    event (db/engine.py) would wrap it in BEGIN, where foreign_keys is ignored."""
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f"PRAGMA {pragma}")
        return list(cursor.fetchall())
    finally:
        cursor.close()


run_migrations_online()
