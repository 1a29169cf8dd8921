"""Migrations intelligence_0002 and 0005: the new settings default on for existing
workspaces, and the PII types added with 0002 are switched on in every existing workspace's
list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text

from callvault.db.migrate import upgrade
from tests.support.databases import empty_database


def _workspace(conn: Connection) -> None:
    """Workspace w1, as a row at any revision (its sealed name is never opened)."""
    conn.execute(
        text(
            "INSERT INTO workspaces (id, slug, name_sealed, status, created_at) "
            "VALUES ('w1', 'w1', :name, 'active', CURRENT_TIMESTAMP)"
        ),
        {"name": b"sealed"},
    )


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_existing_settings_gain_the_new_types_and_defaults(backend: str, tmp_path: Path) -> None:
    with empty_database(backend, tmp_path) as url:
        upgrade(url, "intelligence@intelligence_0001")
        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                _workspace(conn)
                conn.execute(
                    text(
                        "INSERT INTO vi_settings (workspace_id, enabled, language, entity_types,"
                        " audio_redaction, dictionary_version, updated_at) VALUES ('w1', true,"
                        " 'en', :types, 'tone', 0, CURRENT_TIMESTAMP)"
                    ),
                    {"types": json.dumps(["ssn", "email"])},
                )
            upgrade(url)
            with engine.connect() as conn:
                row = conn.execute(
                    text(
                        "SELECT entity_types, fail_closed_digits, redact_party_names "
                        "FROM vi_settings WHERE workspace_id = 'w1'"
                    )
                ).one()
        finally:
            engine.dispose()
    types = json.loads(row[0]) if isinstance(row[0], str) else row[0]
    assert types == sorted(
        ["ssn", "email", "card_expiry", "card_security_code", "routing_number", "member_id"]
    )
    assert bool(row[1]) is True and bool(row[2]) is True


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_existing_settings_hide_what_the_leak_check_flags(backend: str, tmp_path: Path) -> None:
    """Migration intelligence_0005: hide_flagged is on for a workspace that had settings."""
    with empty_database(backend, tmp_path) as url:
        upgrade(url, "intelligence@intelligence_0004")
        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                _workspace(conn)
                conn.execute(
                    text(
                        "INSERT INTO vi_settings (workspace_id, enabled, language, entity_types,"
                        " audio_redaction, fail_closed_digits, redact_party_names,"
                        " dictionary_version, updated_at) VALUES ('w1', true, 'en', :types,"
                        " 'tone', false, true, 0, CURRENT_TIMESTAMP)"
                    ),
                    {"types": json.dumps(["ssn"])},
                )
            upgrade(url)
            with engine.connect() as conn:
                row = conn.execute(
                    text(
                        "SELECT hide_flagged, fail_closed_digits, entity_types "
                        "FROM vi_settings WHERE workspace_id = 'w1'"
                    )
                ).one()
        finally:
            engine.dispose()
    assert bool(row[0]) is True
    assert bool(row[1]) is False  # the row's other settings are kept as they were
    assert (json.loads(row[2]) if isinstance(row[2], str) else row[2]) == ["ssn"]
