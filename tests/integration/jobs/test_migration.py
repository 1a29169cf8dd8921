"""The hand-written jobs migration creates exactly what the models describe."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from callvault.db.base import Base
from callvault.db.engine import Database

JOB_TABLES = {"jobs", "job_schedules"}


def _table_of(diff: Any) -> str | None:
    if isinstance(diff, list):  # modify_* diffs come grouped
        return _table_of(diff[0])
    op, *rest = diff
    if op in {"add_table", "remove_table"}:
        return str(rest[0].name)
    if op in {
        "add_index",
        "remove_index",
        "add_constraint",
        "remove_constraint",
        "add_fk",
        "remove_fk",
    }:
        obj = rest[-1] if op.endswith("_fk") else rest[0]
        return str(obj.table.name)
    return str(rest[1])  # add_column / remove_column / modify_*: (schema, table, ...)


def test_autogenerate_finds_no_difference_for_job_tables(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = [d for d in compare_metadata(context, Base.metadata) if _table_of(d) in JOB_TABLES]
    assert diffs == []


def test_constraint_and_index_names_follow_the_convention(db: Database) -> None:
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        indexes = {ix["name"] for ix in inspector.get_indexes("jobs")}
        uniques = {uq["name"] for uq in inspector.get_unique_constraints("jobs")}
        pk = inspector.get_pk_constraint("job_schedules")["name"]
        checks = {ck["name"] for ck in inspector.get_check_constraints("jobs")}
    assert {"ix_jobs_status", "ix_jobs_locked_until", "ix_jobs_workspace_id"} <= indexes
    assert "uq_jobs_idempotency_key" in uniques
    assert checks == {"ck_jobs_status", "ck_jobs_max_attempts"}
    if db.is_sqlite:
        pytest.skip("SQLite does not keep primary key constraint names")
    assert pk == "pk_job_schedules"
