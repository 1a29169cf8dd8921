"""The operator CLI end to end on a fresh data directory."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from callvault.cli.main import app
from tests.support.databases import empty_all_tables

pytestmark = pytest.mark.slow


def test_init_users_keys_and_audit(database_url: str, data_dir: Path) -> None:
    env = {"CALLVAULT_DATA_DIR": str(data_dir), "CALLVAULT_DATABASE_URL": database_url}
    run = CliRunner().invoke
    try:
        first = run(
            app, ["init", "--workspace", "acme", "--owner-email", "boss@acme.example.com"], env=env
        )
        assert first.exit_code == 0, first.output
        assert re.search(r"password:\s+\S{16,}", first.output)
        assert (data_dir / "keyring.json").stat().st_mode & 0o077 == 0
        assert (data_dir.stat().st_mode & 0o077) == 0
        again = run(app, ["init"], env=env)
        assert again.exit_code == 0 and "initialised" in again.output
        r = run(
            app,
            [
                "workspace",
                "create",
                "--slug",
                "beta",
                "--name",
                "Beta",
                "--owner-email",
                "o@beta.example.com",
            ],
            env=env,
        )
        assert r.exit_code == 0, r.output
        dup = run(
            app,
            [
                "workspace",
                "create",
                "--slug",
                "beta",
                "--name",
                "B",
                "--owner-email",
                "o@beta.example.com",
            ],
            env=env,
        )
        assert dup.exit_code == 2 and "workspace_slug_taken" in dup.output
        listed = run(app, ["workspace", "list"], env=env).output
        assert "acme" in listed and "beta" in listed
        r = run(
            app,
            [
                "user",
                "add",
                "--workspace",
                "acme",
                "--email",
                "m@acme.example.com",
                "--name",
                "Mia",
                "--role",
                "supervisor",
            ],
            env=env,
        )
        assert r.exit_code == 0 and "supervisor" in r.output
        users = run(app, ["user", "list", "--workspace", "acme"], env=env).output
        assert "m@acme.example.com" in users and "boss@acme.example.com" in users
        r = run(
            app,
            ["user", "disable", "--workspace", "acme", "--email", "m@acme.example.com"],
            env=env,
        )
        assert r.exit_code == 0
        assert "disabled" in run(app, ["user", "list", "--workspace", "acme"], env=env).output
        bad = run(
            app, ["user", "add", "--workspace", "nope", "--email", "x@y.co", "--name", "X"], env=env
        )
        assert bad.exit_code == 2
        rotated = run(app, ["keys", "rotate", "--workspace", "acme"], env=env)
        assert rotated.exit_code == 0, rotated.output
        assert "acme" in rotated.output
        stats = run(app, ["jobs", "stats"], env=env)
        assert stats.exit_code == 0 and "queued" in stats.output
        assert run(app, ["jobs", "list"], env=env).exit_code == 0
        missing = run(app, ["jobs", "requeue", "00000000-0000-7000-8000-000000000000"], env=env)
        assert missing.exit_code == 2 and "not_found" in missing.output
        verified = run(app, ["audit", "verify"], env=env)
        assert verified.exit_code == 0 and verified.output.count(": ok") == 2
    finally:
        from callvault.db.engine import Database

        db = Database.connect(database_url)
        empty_all_tables(db)
        db.dispose()
