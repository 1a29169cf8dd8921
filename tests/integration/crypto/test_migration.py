"""The hand-written crypto migration creates exactly what the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from callvault.db.base import Base
from callvault.db.engine import Database


def test_autogenerate_finds_no_difference_for_data_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    assert [d for d in diffs if "data_keys" in repr(d)] == []


def test_constraint_names_follow_the_convention(db: Database) -> None:
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        uniques = {uq["name"] for uq in inspector.get_unique_constraints("data_keys")}
        checks = {ck["name"] for ck in inspector.get_check_constraints("data_keys")}
        foreign_keys = inspector.get_foreign_keys("data_keys")
        pk = inspector.get_pk_constraint("data_keys")
    assert uniques == {"uq_data_keys_workspace_id_purpose_version"}
    assert checks == {"ck_data_keys_status", "ck_data_keys_versions_positive"}
    assert foreign_keys == []  # crypto depends on no domain table
    assert pk["constrained_columns"] == ["id"]
    if not db.is_sqlite:
        assert pk["name"] == "pk_data_keys"
