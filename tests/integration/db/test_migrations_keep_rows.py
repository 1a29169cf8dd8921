"""Upgrading an installation keeps its rows. SQLite alters a table by rebuilding it (Alembic's
batch mode); with foreign keys enforced, dropping the old `users` or `workspaces` table
cascaded into every table that points at them: identity_0004 deleted the users' sessions,
tokens, voicemail and more, and mfa_0001 every workspace's rows. A workspace, a user and
rows that hang off both are written at identity_0003, the whole chain is run, and every
row must still be there."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from callvault.db.migrate import upgrade
from tests.support.databases import empty_database

ROWS = {  # table -> INSERT of one row pointing at workspace w1 and/or user u1
    "workspaces": "INSERT INTO workspaces (id, slug, name_sealed, status, created_at)"
    " VALUES ('w1', 'w1', :b, 'active', CURRENT_TIMESTAMP)",
    "users": "INSERT INTO users (id, workspace_id, email_index, email_sealed, name_sealed,"
    " role, status, password_hash, created_at) VALUES ('u1', 'w1', 'ix', :b, :b, 'owner',"
    " 'active', 'h', CURRENT_TIMESTAMP)",
    "device_sessions": "INSERT INTO device_sessions (id, workspace_id, user_id, token_hash,"
    " device_sealed, created_at, last_seen_at, expires_at) VALUES ('s1', 'w1', 'u1', 'th',"
    " :b, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_upgrading_through_every_table_rebuild_keeps_every_row(
    backend: str, tmp_path: Path
) -> None:
    with empty_database(backend, tmp_path) as url:
        upgrade(url, "identity@identity_0003")
        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                for insert in ROWS.values():
                    conn.execute(text(insert), {"b": b"sealed"})
            upgrade(url)  # every branch to its head: identity_0004, mfa_0001, sso_0001 …
            with engine.connect() as conn:
                counts = {
                    table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()  # noqa: S608
                    for table in ROWS
                }
        finally:
            engine.dispose()
    assert counts == dict.fromkeys(ROWS, 1)
