"""The audit chain catches an edit, a deletion and a reorder; the API lists, filters and
exports; the CLI's `audit verify` fails on tampering."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import delete, select, update

from callvault.audit.models import AuditEvent
from callvault.core.permissions import Role
from callvault.wiring import Container
from tests.support.live import LiveServer, add_user, create_workspace, sign_in


def seed(c: Container, n: int = 6) -> str:
    ws = create_workspace(c, "audited")
    with c.db.write() as s:
        for i in range(n):
            c.audit.record(
                s,
                workspace_id=ws.workspace_id,
                actor_type="user",
                actor_id="u1",
                action=f"test.action{i}",
                object_type="thing",
                object_id=str(i),
                ip="10.0.0.1",
                details={"i": i},
            )
    return ws.workspace_id


def verify(c: Container, ws: str) -> list[dict[str, object]]:
    with c.db.read() as s:
        return c.audit.verify(s, workspace_id=ws).problems


def test_untouched_chain_verifies(container: Container) -> None:
    ws = seed(container)
    assert verify(container, ws) == []


def test_edit_is_caught(container: Container) -> None:
    ws = seed(container)
    with container.db.write() as s:
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.workspace_id == ws, AuditEvent.seq == 4)
            .values(actor_id="someone-else")
        )
    assert {"seq": 4, "problem": "modified"} in verify(container, ws)


def test_sealed_context_swap_is_caught(container: Container) -> None:
    ws = seed(container)
    with container.db.write() as s:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.workspace_id == ws).order_by(AuditEvent.seq)
        ).all()
        rows[3].context_sealed, rows[4].context_sealed = (
            rows[4].context_sealed,
            rows[3].context_sealed,
        )
    problems = verify(container, ws)
    assert {"seq": rows[3].seq, "problem": "modified"} in problems


def test_deletion_in_the_middle_and_at_the_end_are_caught(container: Container) -> None:
    ws = seed(container)
    with container.db.write() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.workspace_id == ws, AuditEvent.seq == 3))
    assert any(p["problem"] == "missing" and p["seq"] == 3 for p in verify(container, ws))
    ws2 = create_workspace(container, "tail").workspace_id
    with container.db.write() as s:
        last = s.scalars(
            select(AuditEvent.seq)
            .where(AuditEvent.workspace_id == ws2)
            .order_by(AuditEvent.seq.desc())
        ).first()
        s.execute(delete(AuditEvent).where(AuditEvent.workspace_id == ws2, AuditEvent.seq == last))
    assert any(p["problem"] == "missing" for p in verify(container, ws2))


def test_reorder_is_caught(container: Container) -> None:
    ws = seed(container)
    with container.db.write() as s:
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.workspace_id == ws, AuditEvent.seq == 2)
            .values(seq=-1)
        )
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.workspace_id == ws, AuditEvent.seq == 5)
            .values(seq=2)
        )
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.workspace_id == ws, AuditEvent.seq == -1)
            .values(seq=5)
        )
    problems = verify(container, ws)
    assert {p["seq"] for p in problems} >= {2, 5}


@pytest.mark.slow
def test_api_list_filter_export_and_verify(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "acme")
    auditor = add_user(c, owner, Role.AUDITOR)
    member = add_user(c, owner, Role.MEMBER)
    owner_client = live.client(sign_in(live, owner))
    owner_client.post("/api/v1/groups", json={"name": "Sales"})
    sign_in(live, member)
    client = live.client(sign_in(live, auditor), headers={"user-agent": "AuditBrowser/1"})
    page = client.get("/api/v1/audit", params={"action": "sign_in."}).json()
    actions = [e["action"] for e in page["entries"]]
    assert actions and set(actions) == {"sign_in.success"}
    first = page["entries"][0]
    assert first["ip"] == "127.0.0.1" and first["readable"]
    created = client.get("/api/v1/audit", params={"action": "group.create"}).json()["entries"]
    assert len(created) == 1 and created[0]["actor_id"] == owner.user_id
    # An action's family without its dot, as people type it.
    family = client.get("/api/v1/audit", params={"action": "sign_in"}).json()["entries"]
    assert [e["seq"] for e in family] == [e["seq"] for e in page["entries"]]
    assert client.get("/api/v1/audit", params={"action": "sign"}).json()["entries"] == []
    small = client.get("/api/v1/audit", params={"limit": 2}).json()
    older = client.get("/api/v1/audit", params={"limit": 2, "before_seq": small["next_before_seq"]})
    assert [e["seq"] for e in older.json()["entries"]] == [
        small["next_before_seq"] - 1,
        small["next_before_seq"] - 2,
    ]
    jsonl = client.get("/api/v1/audit/export", params={"format": "jsonl"})
    assert jsonl.status_code == 200
    lines = [json.loads(x) for x in jsonl.text.splitlines()]
    assert [e["seq"] for e in lines] == list(range(1, len(lines) + 1))
    exported = client.get("/api/v1/audit/export", params={"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert rows[0]["action"] == "workspace.create" and len(rows) == len(lines) + 1
    assert client.post("/api/v1/audit/verify").json()["ok"] is True
    assert live.client(member.token).get("/api/v1/audit").status_code == 403
    # The export itself was audited, with the auditor's user agent.
    exports = client.get("/api/v1/audit", params={"action": "audit.export"}).json()["entries"]
    assert exports[0]["user_agent"] == "AuditBrowser/1"


@pytest.mark.slow
def test_cli_audit_verify_exit_code(container: Container) -> None:
    from typer.testing import CliRunner

    from callvault.cli.main import app

    ws = seed(container)
    env = {
        "CALLVAULT_DATA_DIR": str(container.settings.data_dir),
        "CALLVAULT_DATABASE_URL": container.settings.effective_database_url,
    }
    ok = CliRunner().invoke(app, ["audit", "verify"], env=env)
    assert ok.exit_code == 0, ok.output
    assert "ok" in ok.output
    with container.db.write() as s:
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.workspace_id == ws, AuditEvent.seq == 2)
            .values(action="tampered")
        )
    bad = CliRunner().invoke(app, ["audit", "verify"], env=env)
    assert bad.exit_code == 1 and "TAMPERED" in bad.output and "modified" in bad.output
