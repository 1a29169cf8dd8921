"""Purge every row a workspace owns, table by table, in small batches.

The tables are read from the database itself (reflection), not from the ORM: every table
with a ``workspace_id`` column is purged, including those later migrations add, so a new
domain cannot forget to take part. Children go before parents (foreign-key order). Each batch
is its own short transaction (SQLite has one writer), and its count is committed with it, so
a purge killed at any point resumes where it stopped and the counts stay exact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import MetaData, Table, delete, select, tuple_
from sqlalchemy.orm import Session

from callvault.db.engine import Database

WORKSPACE_COLUMN = "workspace_id"
# Never purged here: the closure rows are the receipts; the workspace row goes last, on its
# own; the wrapped data keys were already deleted by the shred (and are useless anyway).
KEEP = frozenset({"workspace_closures", "workspaces", "alembic_version"})


@dataclass(frozen=True, slots=True)
class Batch:
    table: str
    rows: int


def owned_tables(db: Database) -> list[Table]:
    """Workspace-owned tables, children first."""
    meta = MetaData()
    with db.read() as session:
        meta.reflect(bind=session.connection())
    ordered = list(reversed(meta.sorted_tables))
    return [t for t in ordered if WORKSPACE_COLUMN in t.c and t.name not in KEEP]


def _delete_batch(session: Session, table: Table, workspace_id: str, size: int) -> int:
    owned = table.c[WORKSPACE_COLUMN] == workspace_id
    pk = list(table.primary_key.columns)
    if not pk:
        result = session.execute(delete(table).where(owned))
    elif len(pk) == 1:
        ids = select(pk[0]).where(owned).limit(size).scalar_subquery()
        result = session.execute(delete(table).where(pk[0].in_(ids)))
    else:
        # Row values work on both backends (SQLite >= 3.15, PostgreSQL).
        keys = select(*pk).where(owned).limit(size)
        result = session.execute(delete(table).where(tuple_(*pk).in_(keys)))
    return int(result.rowcount)  # type: ignore[attr-defined]


def purge_rows(
    db: Database,
    workspace_id: str,
    *,
    batch_size: int,
    on_batch: Callable[[Session, Batch], None],
) -> Iterator[Batch]:
    """Delete the workspace's rows batch by batch; on_batch records each batch's count in
    the same transaction as its deletion. Yields each batch once committed."""
    for table in owned_tables(db):
        while True:
            with db.write() as session:
                rows = _delete_batch(session, table, workspace_id, batch_size)
                if rows:
                    on_batch(session, Batch(table.name, rows))
            if not rows:
                break
            yield Batch(table.name, rows)
