"""`callvault retention preview|sweep|status` against a real data directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from callvault.cli.main import app
from callvault.db.engine import Database
from tests.support.databases import empty_all_tables


def test_preview_sweep_and_status(database_url: str, data_dir: Path) -> None:
    env = {"CALLVAULT_DATA_DIR": str(data_dir), "CALLVAULT_DATABASE_URL": database_url}
    run = CliRunner().invoke
    slug = f"cli-{data_dir.parent.name[-8:]}".replace("_", "-").lower()
    made = run(app, ["init", "--workspace", slug, "--owner-email", "boss@cli.example.com"], env=env)
    assert made.exit_code == 0, made.output

    shown = run(
        app,
        [
            "retention",
            "preview",
            "-w",
            slug,
            "--set",
            "calls=30",
            "--set",
            "recordings=30",
            "--set",
            "transcripts=30",
            "--set",
            "chat_messages=none",
        ],
        env=env,
    )
    assert shown.exit_code == 0, shown.output
    assert "calls             30 days" in shown.output and "total would delete 0" in shown.output

    refused = run(app, ["retention", "preview", "-w", slug, "--set", "calls=30"], env=env)
    assert refused.exit_code == 2 and "retention_conflict" in refused.output
    assert (
        run(app, ["retention", "preview", "-w", slug, "--set", "calls=x"], env=env).exit_code == 2
    )

    swept = run(app, ["retention", "sweep"], env=env)
    assert swept.exit_code == 0 and "purged 0 item(s)" in swept.output
    status = run(app, ["retention", "status", "-w", slug], env=env)
    assert status.exit_code == 0 and "items past retention: 0" in status.output, status.output


@pytest.fixture(autouse=True)
def _emptied(database_url: str) -> Iterator[None]:
    """The CLI writes into the session's shared database: leave it empty for the next test."""
    yield
    db = Database.connect(database_url)
    empty_all_tables(db)
    db.dispose()
