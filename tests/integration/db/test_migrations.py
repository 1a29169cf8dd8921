"""The migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import PrimaryKeyConstraint, UniqueConstraint

from callvault.db.base import Base
from callvault.db.engine import Database


def test_no_difference_between_migrations_and_models(db: Database) -> None:
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_sqlite_pragmas(db: Database) -> None:
    if not db.is_sqlite:
        return
    with db.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_every_foreign_key_column_leads_an_index() -> None:
    """Deleting a parent row makes the database look for its children by the foreign key
    column (ON DELETE actions and plain checks alike); without an index that leads with it,
    each deleted call, user or conversation scans the whole child table."""
    unindexed = []
    for table in Base.metadata.sorted_tables:
        leading = {next(iter(i.columns)).name for i in table.indexes}
        leading |= {
            next(iter(c.columns)).name
            for c in table.constraints
            if isinstance(c, PrimaryKeyConstraint | UniqueConstraint) and c.columns
        }
        leading |= {c.name for c in table.columns if c.index or c.unique}
        for fk in table.foreign_keys:
            if fk.parent.name not in leading:
                unindexed.append(f"{table.name}.{fk.parent.name}")
    assert unindexed == []
