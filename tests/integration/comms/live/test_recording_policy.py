"""Recording policy, announcement and consent ledger (ADR 0027) through a real server whose
media engine is the in-memory one with playback and taps: `never` refuses `call.record`
whatever narrower level says, `always` starts recording on answer (after the announcement)
and refuses stopping it, on demand records when asked; each recording's announcement is
played into both legs first and the ledger says who was told, when, under which policy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from callvault.audit.models import AuditEvent
from callvault.comms.live.consent import ANNOUNCEMENT, ANNOUNCEMENT_ID
from callvault.core.permissions import Role
from callvault.identity.models import GroupMember
from tests.integration.comms.live.helpers import Phone, call_log, phone, wait_for
from tests.integration.comms.live.test_voicemail import Server, _people, voicemail_server
from tests.support import factories as f
from tests.support.live import LiveServer, Member, add_user


@pytest.fixture
def server(database_url: str, data_dir: Path) -> Iterator[Server]:
    with voicemail_server(database_url, data_dir) as s:
        yield s


def _set(live: LiveServer, admin: Member, **body: Any) -> Any:
    return live.client(admin.token).put("/api/v1/recording-policies", json=body)


def _answered(a: Phone, b: Phone, bob: Member) -> str:
    call_id = a.call(bob)
    b.expect("call.incoming", call_id=call_id)
    b.answer(call_id)
    a.expect("call.answered", call_id=call_id)
    return call_id


def _ledger(live: LiveServer, m: Member, call_id: str) -> Any:
    [entry] = [e for e in call_log(live, m) if e["external_call_id"] == call_id]
    return live.client(m.token).get(f"/api/v1/calls/{entry['id']}/consent-ledger")


def test_admins_set_the_policy_members_cannot_and_it_is_audited(server: Server) -> None:
    live = server.live
    people = _people(live.container)
    owner, alice = people["owner"], people["alice"]
    auditor = add_user(live.container, owner, Role.AUDITOR, name="audit")
    auditor.token = f.session_token(live.container, auditor.workspace_id, auditor.user_id)[0]
    assert _set(live, alice, scope="workspace", mode="never").status_code == 403
    missing = _set(live, owner, scope="user", scope_id=owner.workspace_id, mode="always")
    assert missing.status_code == 404, missing.text
    bad = _set(live, owner, scope="workspace", mode="sometimes")
    assert bad.status_code == 422
    r = _set(live, owner, scope="user", scope_id=alice.user_id, mode="always")
    assert r.status_code == 200, r.text
    assert r.json()["policies"] == [
        {
            "scope": "user",
            "scope_id": alice.user_id,
            "mode": "always",
            "updated_by": owner.user_id,
            "updated_at": r.json()["policies"][0]["updated_at"],
        }
    ]
    seen = live.client(auditor.token).get("/api/v1/recording-policies")
    assert seen.status_code == 200 and len(seen.json()["policies"]) == 1
    assert live.client(alice.token).get("/api/v1/recording-policies").status_code == 403
    cleared = _set(live, owner, scope="user", scope_id=alice.user_id, mode=None)
    assert cleared.json()["policies"] == []
    with live.container.db.read() as s:
        details = s.scalars(
            select(AuditEvent.id).where(AuditEvent.action == "recording_policy.set")
        ).all()
    assert len(details) == 2


def test_never_anywhere_wins_and_call_record_is_refused(server: Server) -> None:
    live = server.live
    people = _people(live.container)
    owner, alice, bob = people["owner"], people["alice"], people["bob"]
    # Bob's own setting says always; the workspace says never: never wins.
    assert _set(live, owner, scope="workspace", mode="never").status_code == 200
    assert _set(live, owner, scope="user", scope_id=bob.user_id, mode="always").status_code == 200
    with phone(live, alice) as a, phone(live, bob) as b:
        call_id = _answered(a, b, bob)
        a.quiet("call.recording", within=0.5)
        a.send(type="call.record", call_id=call_id, on=True)
        assert a.expect("call.error", call_id=call_id)["code"] == "recording_forbidden"
        a.send(type="call.hangup", call_id=call_id)
        a.expect("call.ended", call_id=call_id)
    assert server.engine.played == [] and server.engine.recorded == []


def test_group_never_reaches_a_call_with_a_member(server: Server) -> None:
    live = server.live
    people = _people(live.container)
    owner, alice, bob = people["owner"], people["alice"], people["bob"]
    r = live.client(owner.token).post("/api/v1/groups", json={"name": "HR"})
    assert r.status_code == 201, r.text
    group_id = r.json()["id"]
    with live.container.db.write() as s:
        s.add(GroupMember(group_id=group_id, user_id=bob.user_id, workspace_id=bob.workspace_id))
    assert _set(live, owner, scope="group", scope_id=group_id, mode="never").status_code == 200
    with phone(live, alice) as a, phone(live, bob) as b:
        call_id = _answered(a, b, bob)
        a.send(type="call.record", call_id=call_id, on=True)
        assert a.expect("call.error", call_id=call_id)["code"] == "recording_forbidden"


def test_always_records_on_answer_after_the_announcement(server: Server) -> None:
    live, engine = server.live, server.engine
    people = _people(live.container)
    owner, alice, bob = people["owner"], people["alice"], people["bob"]
    assert _set(live, owner, scope="user", scope_id=alice.user_id, mode="always").status_code == 200
    with phone(live, alice) as a, phone(live, bob) as b:
        call_id = _answered(a, b, bob)
        started = [p.expect("call.recording", call_id=call_id) for p in (a, b)]
        assert started[0] == started[1]
        assert started[0]["recording"] is True and started[0]["by_user_id"] is None
        recording_id = started[0]["recording_id"]
        # Both legs heard the announcement before the recording started.
        assert sorted(n for _, n in engine.played) == [len(ANNOUNCEMENT)] * 2
        assert {leg.call_id for leg, _ in engine.played} == {call_id}
        b.send(type="call.record", call_id=call_id, on=False)
        assert b.expect("call.error", call_id=call_id)["code"] == "recording_required"
        a.send(type="call.hangup", call_id=call_id)
        a.expect("call.ended", call_id=call_id, reason="completed")
    [(_, legs, _)] = engine.recorded
    assert len(legs) == 2
    ledger = _ledger(live, bob, call_id)
    assert ledger.status_code == 200, ledger.text
    entries = ledger.json()["entries"]
    assert {(e["user_id"], e["party"]) for e in entries} == {
        (alice.user_id, "caller"),
        (bob.user_id, "callee"),
    }
    assert {e["leg_id"] for e in entries} == set(legs)
    assert {e["policy"] for e in entries} == {"always"}
    assert {e["announcement_id"] for e in entries} == {ANNOUNCEMENT_ID}
    assert {e["recording_id"] for e in entries} == {recording_id}
    # Recorded: the call's recording becomes ready when the call ends.
    wait_for(lambda: [e for e in call_log(live, bob) if e["recorded"]])


def test_on_demand_announces_then_records_and_ledger_reads_are_audited(server: Server) -> None:
    live, engine = server.live, server.engine
    people = _people(live.container)
    alice, bob, carol = people["alice"], people["bob"], people["carol"]
    with phone(live, alice) as a, phone(live, bob) as b:
        call_id = _answered(a, b, bob)
        a.quiet("call.recording", within=0.5)
        b.send(type="call.record", call_id=call_id, on=True)
        told = a.expect("call.recording", call_id=call_id)
        assert told["by_user_id"] == bob.user_id
        assert len(engine.played) == 2 and len(engine.recorded) == 1
        b.send(type="call.record", call_id=call_id, on=False)
        assert a.expect("call.recording", call_id=call_id)["recording"] is False
        a.send(type="call.hangup", call_id=call_id)
        a.expect("call.ended", call_id=call_id)
    entries = _ledger(live, alice, call_id).json()["entries"]
    assert len(entries) == 2 and {e["policy"] for e in entries} == {"on_demand"}
    # Carol is no party and no admin: the call (and its ledger) is not hers to see.
    [entry] = [e for e in call_log(live, alice) if e["external_call_id"] == call_id]
    r = live.client(carol.token).get(f"/api/v1/calls/{entry['id']}/consent-ledger")
    assert r.status_code == 404
    with live.container.db.read() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.object_id == entry["id"])
        ).all()
    assert "live_call.consent" in actions and "consent_ledger.read" in actions
