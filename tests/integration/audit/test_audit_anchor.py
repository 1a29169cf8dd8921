"""Issue 10 item 1: `callvault audit verify` catches what an attacker who can write to the
database does to the audit log (head deleted, everything deleted, tail truncated with the old
head put back, the log replaced by an older copy), because every chain is anchored outside
the database; and it still passes an untouched log, a retention prune and a closure."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import delete, insert, select, update
from typer.testing import CliRunner

from callvault.audit import service as audit_service
from callvault.audit.models import AuditEvent, AuditHead
from callvault.cli.main import app
from callvault.core.clock import utcnow
from callvault.db.engine import Database
from callvault.governance.closure.purge import purge_rows
from callvault.identity import lifecycle
from callvault.wiring import Container
from tests.integration.governance.closure.helpers import close_now, fresh_database
from tests.support.live import create_workspace

pytestmark = pytest.mark.slow


def cli(c: Container, *args: str, database_url: str | None = None, **env: str) -> Result:
    env = {
        "CALLVAULT_DATA_DIR": str(c.settings.data_dir),
        "CALLVAULT_DATABASE_URL": database_url or c.settings.effective_database_url,
        **env,
    }
    return CliRunner().invoke(app, list(args), env=env)


def cli_verify(c: Container, *args: str) -> Result:
    return cli(c, "audit", "verify", *args)


def record(c: Container, ws: str, n: int, tag: str = "change") -> None:
    """n changes, each its own transaction (each anchored on commit)."""
    for i in range(n):
        with c.db.write() as s:
            c.audit.record(
                s, workspace_id=ws, actor_type="user", actor_id="u1", action=f"{tag}.{i}"
            )


def rows_of(c: Container, ws: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """A copy of the workspace's audit rows and head row, as an attacker would take them."""
    with c.db.read() as s:
        events = s.execute(select(AuditEvent.__table__).where(AuditEvent.workspace_id == ws))
        head = s.execute(select(AuditHead.__table__).where(AuditHead.workspace_id == ws))
        return [dict(r._mapping) for r in events], dict(head.one()._mapping)


def count(c: Container, ws: str) -> int:
    with c.db.read() as s:
        return len(s.scalars(select(AuditEvent.id).where(AuditEvent.workspace_id == ws)).all())


def delete_chain(c: Container, ws: str, *, head: bool = True, events: bool = True) -> None:
    with c.db.write() as s:
        if events:
            s.execute(delete(AuditEvent).where(AuditEvent.workspace_id == ws))
        if head:
            s.execute(delete(AuditHead).where(AuditHead.workspace_id == ws))


def assert_tampered(result: Result, ws: str, problem: str) -> None:
    assert result.exit_code == 1, result.output
    assert f"{ws}: TAMPERED" in result.output and problem in result.output, result.output


def two_workspaces(c: Container) -> tuple[str, str]:
    ws = create_workspace(c, "victim").workspace_id
    record(c, ws, 6)
    other = create_workspace(c, "bystander").workspace_id
    return ws, other


def test_untouched_log_verifies(container: Container) -> None:
    ws, other = two_workspaces(container)
    ok = cli_verify(container)
    assert ok.exit_code == 0, ok.output
    assert f"{ws}: ok ({count(container, ws)} entries)" in ok.output
    assert f"{other}: ok" in ok.output
    assert (container.settings.data_dir / "audit-anchors.jsonl").stat().st_mode & 0o777 == 0o600
    assert (container.settings.data_dir / "audit-anchors.key").stat().st_mode & 0o777 == 0o600


def test_deleted_head_fails(container: Container) -> None:
    ws, other = two_workspaces(container)
    delete_chain(container, ws, events=False)
    result = cli_verify(container)
    assert_tampered(result, ws, "head_missing")
    assert f"{other}: ok" in result.output


def test_all_rows_and_head_deleted_fails(container: Container) -> None:
    ws, _ = two_workspaces(container)
    delete_chain(container, ws)
    assert_tampered(cli_verify(container), ws, "head_missing")
    assert_tampered(cli_verify(container, "--workspace", "victim"), ws, "rolled_back")


def test_truncated_tail_with_the_old_head_put_back_fails(container: Container) -> None:
    ws, _ = two_workspaces(container)
    _, saved_head = rows_of(container, ws)
    record(container, ws, 4, "later")
    with container.db.write() as s:
        s.execute(
            delete(AuditEvent).where(
                AuditEvent.workspace_id == ws, AuditEvent.seq > saved_head["seq"]
            )
        )
        s.execute(update(AuditHead).where(AuditHead.workspace_id == ws).values(**saved_head))
    with container.db.read() as s:  # the database alone is consistent again
        assert [p["problem"] for p in container.audit.verify(s, workspace_id=ws).problems] == [
            "rolled_back"
        ]
    assert_tampered(cli_verify(container), ws, "rolled_back")


def test_log_replaced_by_an_older_copy_fails(container: Container) -> None:
    ws, _ = two_workspaces(container)
    old_events, old_head = rows_of(container, ws)
    record(container, ws, 3, "later")
    delete_chain(container, ws)
    with container.db.write() as s:
        s.execute(insert(AuditEvent.__table__), old_events)
        s.execute(insert(AuditHead.__table__), [old_head])
    assert_tampered(cli_verify(container), ws, "rolled_back")
    # The application keeps writing past the anchored seq: the copy still shows, both by
    # the anchored entries it lacks and by the anchor holding two entries for one seq.
    record(container, ws, 5, "after")
    result = cli_verify(container)
    assert_tampered(result, ws, "anchor_mismatch")
    assert "anchor_forked" in result.output


def test_a_vanished_workspace_fails_a_closed_one_verifies(container: Container) -> None:
    c = container
    _, other = two_workspaces(c)
    closed = create_workspace(c, "closing")
    close_now(c, closed)
    ok = cli_verify(c)
    assert ok.exit_code == 0, ok.output
    assert f"{closed.workspace_id}: closed" in ok.output
    # The same purge without a recorded closure: an attacker deleting a whole workspace.
    for _ in purge_rows(c.db, other, batch_size=500, on_batch=lambda *_: None):
        pass
    with c.db.write() as s:
        lifecycle.delete_workspace_row(s, other)
    assert_tampered(cli_verify(c), other, "vanished")


def test_legitimate_prune_verifies(container: Container) -> None:
    c = container
    ws, _ = two_workspaces(c)
    old = count(c, ws)
    before = utcnow()
    record(c, ws, 2, "recent")
    _, saved_head = rows_of(c, ws)
    record(c, ws, 1, "newest")
    with c.db.write() as s:  # the retention sweep's path
        ids = audit_service.prunable_ids(s, workspace_id=ws, before=before)
        assert c.audit.prune_entries(s, workspace_id=ws, ids=ids) == old
    ok = cli_verify(c)
    assert ok.exit_code == 0, ok.output
    assert f"{ws}: ok (3 entries)" in ok.output
    # After the prune, truncating the tail back to an older (validly signed) head shows.
    with c.db.write() as s:
        s.execute(
            delete(AuditEvent).where(AuditEvent.workspace_id == ws, AuditEvent.seq == old + 3)
        )
        kept = {k: saved_head[k] for k in ("seq", "entry_hash", "head_mac")}
        s.execute(update(AuditHead).where(AuditHead.workspace_id == ws).values(**kept))
    result = cli_verify(c)
    assert_tampered(result, ws, "rolled_back")
    assert "head_modified" not in result.output


def test_forged_anchor_line_fails(container: Container) -> None:
    ws, _ = two_workspaces(container)
    path = container.settings.data_dir / "audit-anchors.jsonl"
    forged = {"ws": ws, "seq": 1000, "hash": "0" * 64, "kind": "head", "at": "x", "mac": "00"}
    with path.open("a") as f:
        f.write(json.dumps(forged) + "\n")
    assert_tampered(cli_verify(container), ws, "anchor_forged")


def test_restoring_an_older_backup_is_recorded_and_verifies(
    container: Container, tmp_path: Path
) -> None:
    c = container
    ws, other = two_workspaces(c)
    taken = cli(c, "backup", "--to", str(tmp_path / "bk"))
    assert taken.exit_code == 0, taken.output
    at_backup = count(c, ws)
    record(c, ws, 4, "after-backup")
    later = create_workspace(c, "later").workspace_id  # not in the backup
    newest = at_backup + 4
    with fresh_database(c, tmp_path) as url:
        blobs = str(tmp_path / "restored-blobs")
        restored = cli(
            c, "restore", "--from", str(tmp_path / "bk"), database_url=url, CALLVAULT_BLOB_DIR=blobs
        )
        assert restored.exit_code == 0, restored.output
        assert f"audit log rolled back from entry {newest} to {at_backup}" in restored.output
        verified = cli(c, "audit", "verify", database_url=url, CALLVAULT_BLOB_DIR=blobs)
        assert verified.exit_code == 0, verified.output
        assert f"{ws}: ok ({at_backup + 1} entries)" in verified.output
        assert f"{other}: ok" in verified.output and later not in verified.output
        db = Database.connect(url)
        try:
            with db.read() as s:  # the restore is on the record
                row = s.scalars(
                    select(AuditEvent).where(
                        AuditEvent.workspace_id == ws, AuditEvent.action == "audit.restored"
                    )
                ).one()
        finally:
            db.dispose()
        assert row.seq == at_backup + 1 and row.actor_id == "restore"
