"""Alembic environment: online migrations against the configured URL."""

from __future__ import annotations

from alembic import context

from callvault.db.base import Base
from callvault.db.engine import make_engine
from callvault.migrations import models  # noqa: F401  (registers every table)

config = context.config


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    assert url
    engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()
