"""Live calls end to end: a real TLS server, real WebSocket clients as devices, the call
state in the real database (SQLite and PostgreSQL), the in-memory media engine behind the
port. Two-party calls, a three-device ring group, decline, cancel, busy, transfer, hold,
mute, DTMF, and what lands in the call log and the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from callvault.audit.models import AuditEvent
from callvault.comms.live.models import LiveCall
from callvault.core.permissions import Role
from callvault.identity.models import GroupMember
from tests.integration.comms.live.helpers import (
    LiveCallsServer,
    call_log,
    calls_server,
    phone,
)
from tests.support import factories as f
from tests.support.live import Member, add_user, create_workspace

pytestmark = pytest.mark.slow


@pytest.fixture
def server(database_url: str, data_dir: Path) -> Iterator[LiveCallsServer]:
    with calls_server(database_url, data_dir) as s:
        yield s


@pytest.fixture
def people(server: LiveCallsServer) -> dict[str, Member]:
    c = server.container
    owner = create_workspace(c, "acme")
    out = {"owner": owner}
    for name in ("alice", "bob", "carol", "dave"):
        out[name] = add_user(c, owner, Role.MEMBER, name=name)
    for m in out.values():
        m.token = f.session_token(c, m.workspace_id, m.user_id)[0]
    return out


def test_two_party_call_answer_hold_mute_dtmf_hangup_and_its_record(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    live, engine = server.live, server.engine
    alice, bob = people["alice"], people["bob"]
    with phone(live, alice) as a, phone(live, bob) as b:
        call_id = a.call(bob)
        incoming = b.expect("call.incoming", call_id=call_id)
        assert incoming == {
            "type": "call.incoming",
            "call_id": call_id,
            "from_user_id": alice.user_id,
            "to_kind": "user",
            "to_id": bob.user_id,
        }
        a.expect("call.ringing", call_id=call_id)
        b.answer(call_id)
        sdp = b.expect("call.answer_sdp", call_id=call_id)["sdp"]
        assert "a=fingerprint:" in sdp
        assert a.expect("call.answered", call_id=call_id)["by_user_id"] == bob.user_id
        assert len(engine.joined[call_id]) == 2
        assert engine.legs_of(call_id) == set(engine.joined[call_id])

        b.send(type="call.hold", call_id=call_id, held=True)
        for p in (a, b):
            held = p.expect("call.held", call_id=call_id)
            assert held["held"] is True and held["by_user_id"] == bob.user_id
        assert True in engine.held.values()
        b.send(type="call.hold", call_id=call_id, held=False)
        assert a.expect("call.held", call_id=call_id)["held"] is False
        a.send(type="call.mute", call_id=call_id, muted=True)
        assert b.expect("call.muted", call_id=call_id)["muted"] is True
        a.send(type="call.dtmf", call_id=call_id, digits="12#")
        assert b.expect("call.dtmf", call_id=call_id)["digits"] == "12#"
        a.send(type="call.dtmf", call_id=call_id, digits="12E")
        assert a.expect("call.error", call_id=call_id)["code"] == "bad_message"

        a.send(type="call.hangup", call_id=call_id)
        for p in (a, b):
            assert p.expect("call.ended", call_id=call_id)["reason"] == "completed"
        assert call_id in engine.closed_calls and not engine.legs_of(call_id)

    (entry,) = call_log(live, alice)
    assert entry["external_call_id"] == call_id
    assert entry["direction"] == "internal" and entry["disposition"] == "answered"
    assert entry["caller"] == {
        "kind": "user",
        "user_id": alice.user_id,
        "contact_id": None,
        "number": None,
        "contact_name": None,
    }
    assert entry["callee"]["user_id"] == bob.user_id
    assert entry["answered_at"] is not None and entry["ended_at"] is not None
    assert entry["duration_seconds"] is not None and entry["state"] == "ended"
    assert entry["tags"] == ["live"]
    assert call_log(live, bob)[0]["id"] == entry["id"]
    with server.container.db.read() as s:
        actions = set(
            s.scalars(select(AuditEvent.action).where(AuditEvent.object_id == call_id)).all()
        )
    assert {"live_call.place", "live_call.answer", "live_call.end"} <= actions


def test_ring_group_three_devices_first_answer_wins(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    live, c = server.live, server.container
    alice, bob, carol = people["alice"], people["bob"], people["carol"]
    group = f.group_with_member(c, alice.workspace_id, bob.user_id)
    with c.db.write() as s:
        s.add(GroupMember(group_id=group, user_id=carol.user_id, workspace_id=alice.workspace_id))
    with (
        phone(live, alice) as a,
        phone(live, bob) as b1,
        phone(live, bob) as b2,
        phone(live, carol) as c1,
    ):
        call_id = a.call(group_id=group)
        for p in (b1, b2, c1):
            assert p.expect("call.incoming", call_id=call_id)["to_kind"] == "group"
        b2.answer(call_id)
        b2.expect("call.answer_sdp", call_id=call_id)
        assert a.expect("call.answered", call_id=call_id)["by_user_id"] == bob.user_id
        b1.expect("call.answered_elsewhere", call_id=call_id)
        c1.expect("call.answered_elsewhere", call_id=call_id)
        b2.quiet("call.answered_elsewhere")
        c1.answer(call_id)  # too late
        assert c1.expect("call.error", call_id=call_id)["code"] == "answered_elsewhere"
        b2.send(type="call.hangup", call_id=call_id)
        a.expect("call.ended", call_id=call_id, reason="completed")
    (entry,) = call_log(live, people["owner"])
    assert entry["callee"]["user_id"] == bob.user_id and entry["disposition"] == "answered"
    assert entry["tags"] == ["live", "ring-group"]


def test_decline_on_every_device_rejects_one_keeps_ringing(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    live = server.live
    alice, bob = people["alice"], people["bob"]
    with phone(live, alice) as a, phone(live, bob) as b1, phone(live, bob) as b2:
        call_id = a.call(bob)
        b1.expect("call.incoming", call_id=call_id)
        b2.expect("call.incoming", call_id=call_id)
        b1.send(type="call.decline", call_id=call_id)
        assert b1.expect("call.ended", call_id=call_id)["reason"] == "declined"
        a.quiet("call.ended")
        b2.send(type="call.decline", call_id=call_id)
        assert a.expect("call.ended", call_id=call_id)["reason"] == "rejected"
    (entry,) = call_log(live, alice)
    assert entry["disposition"] == "rejected" and entry["answered_at"] is None


def test_cancel_stops_the_ringing_and_logs_a_missed_call(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    live = server.live
    alice, bob = people["alice"], people["bob"]
    with phone(live, alice) as a, phone(live, bob) as b:
        call_id = a.call(bob)
        b.expect("call.incoming", call_id=call_id)
        b.send(type="call.cancel", call_id=call_id)  # only the caller cancels
        assert b.expect("call.error", call_id=call_id)["code"] == "not_caller"
        a.send(type="call.cancel", call_id=call_id)
        assert b.expect("call.ended", call_id=call_id)["reason"] == "cancelled"
        assert a.expect("call.ended", call_id=call_id)["reason"] == "cancelled"
    assert call_log(live, bob)[0]["disposition"] == "missed"
    assert not server.engine.legs_of(call_id)


def test_busy_callee_and_unavailable_callee(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    live = server.live
    alice, bob, carol, dave = (people[n] for n in ("alice", "bob", "carol", "dave"))
    with phone(live, alice) as a, phone(live, bob) as b, phone(live, carol) as cph:
        first = a.call(bob)
        b.answer(first)
        a.expect("call.answered", call_id=first)
        second = cph.call(bob)  # bob is in a call: busy
        assert cph.expect("call.ended", call_id=second)["reason"] == "busy"
        b.quiet("call.incoming", within=0.3, call_id=second)
        third = cph.call(dave)  # dave has no signed-in device
        assert cph.expect("call.ended", call_id=third)["reason"] == "unavailable"
        a.invite(carol, ref="again")  # alice's device is in a call already
        assert a.expect("call.error", client_ref="again")["code"] == "device_busy"
    logged = {e["external_call_id"]: e for e in call_log(live, people["owner"])}
    assert logged[second]["disposition"] == "missed" and "busy" not in logged[second]["tags"]
    assert logged[third]["disposition"] == "missed"


def test_blind_transfer_rings_the_target_and_logs_two_segments(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    live, engine = server.live, server.engine
    alice, bob, carol = people["alice"], people["bob"], people["carol"]
    with phone(live, alice) as a, phone(live, bob) as b, phone(live, carol) as cph:
        call_id = a.call(bob)
        b.answer(call_id)
        a.expect("call.answered", call_id=call_id)
        b.send(type="call.transfer", call_id=call_id, to={"user_id": carol.user_id})
        assert b.expect("call.ended", call_id=call_id)["reason"] == "transferred"
        assert a.expect("call.transferred", call_id=call_id)["to_user_id"] == carol.user_id
        assert cph.expect("call.incoming", call_id=call_id)["from_user_id"] == alice.user_id
        cph.answer(call_id)
        cph.expect("call.answer_sdp", call_id=call_id)
        assert a.expect("call.answered", call_id=call_id)["by_user_id"] == carol.user_id
        assert len(engine.legs_of(call_id)) == 2  # bob's leg closed, carol's open
        cph.send(type="call.hangup", call_id=call_id)
        a.expect("call.ended", call_id=call_id, reason="completed")
    logged = {e["external_call_id"]: e for e in call_log(live, people["owner"])}
    assert logged[call_id]["callee"]["user_id"] == bob.user_id
    second = logged[f"{call_id}:t1"]
    assert second["caller"]["user_id"] == alice.user_id
    assert second["callee"]["user_id"] == carol.user_id
    assert second["disposition"] == "answered"


def test_both_hang_up_at_once_one_end_each(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    live = server.live
    alice, bob = people["alice"], people["bob"]
    with phone(live, alice) as a, phone(live, bob) as b:
        call_id = a.call(bob)
        b.answer(call_id)
        a.expect("call.answered", call_id=call_id)
        a.send(type="call.hangup", call_id=call_id)
        b.send(type="call.hangup", call_id=call_id)
        for p in (a, b):
            p.expect("call.ended", call_id=call_id, reason="completed")
            p.quiet("call.ended")
            p.quiet("call.error", within=0.1)
    (entry,) = call_log(live, alice)
    assert entry["disposition"] == "answered"


def test_the_engine_lost_ends_every_call_as_failed(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    import asyncio

    live = server.live
    alice, bob = people["alice"], people["bob"]
    with phone(live, alice) as a, phone(live, bob) as b:
        call_id = a.call(bob)
        b.answer(call_id)
        a.expect("call.answered", call_id=call_id)
        asyncio.run(server.engine.lose())
        for p in (a, b):
            p.expect("call.ended", call_id=call_id, reason="failed")
        a.invite(bob, ref="after")
        assert a.expect("call.error", client_ref="after")["code"] == "media_unavailable"
    assert call_log(live, alice)[0]["disposition"] == "failed"
    with server.container.db.read() as s:
        assert [r.state for r in s.scalars(select(LiveCall)).all()] == ["ended"]
