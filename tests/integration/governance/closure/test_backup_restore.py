"""Backup and restore refusals: a non-empty target, a tampered or unfinished backup, the
wrong backend; and the CLI commands end to end (SQLite)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from callvault.cli.main import app
from callvault.governance.backup.errors import (
    BackupCorrupt,
    BackupMismatch,
    BackupTargetNotEmpty,
)
from callvault.governance.backup.service import restore_backup, take_backup
from callvault.wiring import Container
from tests.integration.governance.closure.helpers import fresh_database, seeded_workspace


def test_restore_checks_before_it_writes(container: Container, tmp_path: Path) -> None:
    c = container
    seeded_workspace(c, "backed-up")
    backup = tmp_path / "backup"
    report = take_backup(
        database_url=c.settings.effective_database_url,
        blob_dir=c.settings.effective_blob_dir,
        target=backup,
    )
    assert report.blobs >= 1
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["keyring_included"] is False
    assert not any("keyring" in name for name in manifest["files"])
    with pytest.raises(BackupTargetNotEmpty):  # never into a used directory
        take_backup(
            database_url=c.settings.effective_database_url,
            blob_dir=c.settings.effective_blob_dir,
            target=backup,
        )
    # The live database is not empty: refused without --force.
    with pytest.raises(BackupTargetNotEmpty):
        restore_backup(
            source=backup,
            database_url=c.settings.effective_database_url,
            blob_dir=tmp_path / "blobs",
        )
    with fresh_database(c, tmp_path) as url:
        # A flipped byte in a blob: nothing restored.
        blob = next(p for p in (backup / "blobs").rglob("*") if p.is_file())
        original = blob.read_bytes()
        blob.write_bytes(bytes([original[0] ^ 1]) + original[1:])
        with pytest.raises(BackupCorrupt):
            restore_backup(source=backup, database_url=url, blob_dir=tmp_path / "b1")
        assert not (tmp_path / "b1").exists()
        blob.write_bytes(original)
        other = "postgresql://x@127.0.0.1/none" if c.db.is_sqlite else "sqlite:///x.db"
        with pytest.raises(BackupMismatch):
            restore_backup(source=backup, database_url=other, blob_dir=tmp_path / "b2")
        done = restore_backup(source=backup, database_url=url, blob_dir=tmp_path / "b3")
        assert done.workspaces == 1 and done.blobs == report.blobs
        # Restoring again over it needs --force.
        with pytest.raises(BackupTargetNotEmpty):
            restore_backup(source=backup, database_url=url, blob_dir=tmp_path / "b3")
        again = restore_backup(
            source=backup, database_url=url, blob_dir=tmp_path / "b3", force=True
        )
        assert again.workspaces == 1
    (backup / "manifest.json").unlink()
    with pytest.raises(BackupCorrupt):  # unfinished: no manifest
        restore_backup(source=backup, database_url="sqlite:///y.db", blob_dir=tmp_path / "b4")


def test_cli_backup_and_restore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    monkeypatch.setenv("CALLVAULT_DATA_DIR", str(tmp_path / "data"))
    assert runner.invoke(app, ["init"]).exit_code == 0
    r = runner.invoke(app, ["backup", "--to", str(tmp_path / "bk")])
    assert r.exit_code == 0, r.output
    assert "keyring" in r.output and "not in it" in r.output
    r = runner.invoke(app, ["restore", "--from", str(tmp_path / "bk")])
    assert r.exit_code == 2 and "backup_target_not_empty" in r.output
    monkeypatch.setenv("CALLVAULT_DATA_DIR", str(tmp_path / "other"))
    monkeypatch.setenv("CALLVAULT_KEYRING_PATH", str(tmp_path / "data" / "keyring.json"))
    r = runner.invoke(app, ["restore", "--from", str(tmp_path / "bk")])
    assert r.exit_code == 0, r.output
    assert "1 workspace(s)" in r.output
    r = runner.invoke(app, ["workspace", "list"])
    assert r.exit_code == 0 and "default" in r.output
    r = runner.invoke(app, ["closure", "list"])
    assert r.exit_code == 0
