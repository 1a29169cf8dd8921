"""Live calls under bad input and faults: no answer, concurrent answers, devices vanishing,
another workspace's callee, calling oneself, floods, refused offers, malformed and
out-of-order messages, devices of a dead process. Each ends in a clear error or a cleanly
ended call with the right record, and nothing left ringing."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from websockets.exceptions import ConnectionClosed

from callvault.comms.live import repository as repo
from callvault.comms.live import service
from callvault.comms.live.models import LiveCall, LiveCallDevice, LiveDevice
from callvault.comms.live.service import LivePolicy, Target
from callvault.comms.live.state import Answer, CallState, Refused
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.core.permissions import Role
from callvault.identity.api_tokens import create_api_token
from callvault.identity.models import GroupMember
from tests.integration.comms.chat.helpers import close_code, raw_socket
from tests.integration.comms.live.helpers import (
    LiveCallsServer,
    call_log,
    calls_server,
    phone,
    wait_for,
)
from tests.support import factories as f
from tests.support.live import Member, add_user, create_workspace
from tests.support.media_engine import PLAIN_RTP_OFFER

pytestmark = pytest.mark.slow


def _people(server: LiveCallsServer) -> dict[str, Member]:
    c = server.container
    owner = create_workspace(c, "acme")
    out = {"owner": owner}
    for name in ("alice", "bob", "carol"):
        out[name] = add_user(c, owner, Role.MEMBER, name=name)
    for m in out.values():
        m.token = f.session_token(c, m.workspace_id, m.user_id)[0]
    return out


@pytest.fixture
def server(database_url: str, data_dir: Path) -> Iterator[LiveCallsServer]:
    with calls_server(database_url, data_dir, live_invites_per_minute=5) as s:
        yield s


@pytest.fixture
def people(server: LiveCallsServer) -> dict[str, Member]:
    return _people(server)


def _count(server: LiveCallsServer, model: type) -> int:
    with server.container.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_no_answer_ends_as_missed_in_the_call_log(database_url: str, data_dir: Path) -> None:
    with calls_server(database_url, data_dir, live_ring_seconds=1.0) as server:
        people = _people(server)
        alice, bob = people["alice"], people["bob"]
        with phone(server.live, alice) as a, phone(server.live, bob) as b:
            call_id = a.call(bob)
            b.expect("call.incoming", call_id=call_id)
            assert a.expect("call.ended", call_id=call_id, within=10)["reason"] == "missed"
            assert b.expect("call.ended", call_id=call_id)["reason"] == "missed"
            b.answer(call_id)
            assert b.expect("call.error", call_id=call_id)["code"] == "call_ended"
        (entry,) = call_log(server.live, bob)
        assert entry["disposition"] == "missed" and entry["answered_at"] is None
        assert entry["callee"]["user_id"] == bob.user_id and entry["direction"] == "internal"
        assert entry["duration_seconds"] >= 1
        assert not server.engine.legs_of(call_id)

        # A ring group nobody answers: each rung member has a missed call of their own.
        carol = people["carol"]
        group = f.group_with_member(server.container, bob.workspace_id, bob.user_id)
        with server.container.db.write() as s:
            s.add(GroupMember(group_id=group, user_id=carol.user_id, workspace_id=bob.workspace_id))
        with (
            phone(server.live, alice) as a,
            phone(server.live, bob) as b,
            phone(server.live, carol) as cph,
        ):
            group_call = a.call(group_id=group)
            for p in (b, cph):
                p.expect("call.incoming", call_id=group_call)
            a.expect("call.ended", call_id=group_call, reason="missed", within=10)
        logged = {e["external_call_id"]: e for e in call_log(server.live, people["owner"])}
        for member in (bob, carol):
            record = logged[f"{group_call}:{member.user_id}"]
            assert record["callee"]["user_id"] == member.user_id
            assert record["disposition"] == "missed" and "ring-group" in record["tags"]


def test_two_devices_answer_at_once_exactly_one_wins(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    alice, bob = people["alice"], people["bob"]
    live = server.live
    with phone(live, alice) as a, phone(live, bob) as b1, phone(live, bob) as b2:
        call_id = a.call(bob)
        b1.expect("call.incoming", call_id=call_id)
        b2.expect("call.incoming", call_id=call_id)
        go = threading.Barrier(2)

        def answer(p: object) -> None:
            go.wait()
            p.answer(call_id)  # type: ignore[attr-defined]

        threads = [threading.Thread(target=answer, args=(p,)) for p in (b1, b2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        results = []
        for p in (b1, b2):
            got = (
                p.expect("call.answer_sdp", call_id=call_id, within=0.1)
                if any(m.get("type") == "call.answer_sdp" for m in p.seen)
                else None
            )
            if got is None:
                try:
                    got = p.expect("call.answer_sdp", call_id=call_id, within=3)
                except AssertionError:
                    got = p.expect("call.error", call_id=call_id, within=3)
            results.append(got["type"])
        assert sorted(results) == ["call.answer_sdp", "call.error"]
        a.expect("call.answered", call_id=call_id)
        a.quiet("call.answered", call_id=call_id)
        assert len(server.engine.legs_of(call_id)) == 2  # the loser's leg was closed


def test_concurrent_answers_in_the_database_one_wins(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    """Eight devices answering through eight threads at the same instant."""
    c = server.container
    alice, bob = people["alice"], people["bob"]
    actor = Actor(alice.workspace_id, "user", alice.user_id, "member", user_id=alice.user_id)
    devices = [new_id() for _ in range(8)]
    now = utcnow()
    with c.db.write() as s:
        for d in devices:
            repo.add_device(s, d, bob.workspace_id, bob.user_id, now)
        outcome = service.place_call(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=actor,
            device_id=new_id(),
            call_id=new_id(),
            target=Target("user", bob.user_id),
            now=now,
            policy=LivePolicy(),
        )
    call_id = outcome.call.id
    bob_actor = Actor(bob.workspace_id, "user", bob.user_id, "member", user_id=bob.user_id)
    go = threading.Barrier(len(devices))
    won, lost = [], []

    def answer(device: str) -> None:
        go.wait()
        try:
            service.act(
                c.db,
                keyring=c.keyring,
                audit=c.audit,
                actor=bob_actor,
                call_id=call_id,
                command=Answer(device, utcnow()),
            )
            won.append(device)
        except Refused as exc:
            lost.append(exc.code)

    threads = [threading.Thread(target=answer, args=(d,)) for d in devices]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1 and lost == ["answered_elsewhere"] * 7
    with c.db.read() as s:
        call = repo.load(s, alice.workspace_id, call_id)
    assert call is not None and call.state is CallState.ANSWERED
    assert call.callee_device_id == won[0]
    assert [d.state.value for d in call.devices].count("answered") == 1


def test_callee_in_another_workspace_is_not_found_and_nothing_is_written(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    c = server.container
    other = create_workspace(c, "globex")
    other.token = f.session_token(c, other.workspace_id, other.user_id)[0]
    alice = people["alice"]
    with (
        phone(server.live, alice) as a,
        phone(server.live, other) as o,
        phone(server.live, people["bob"]) as b,
    ):
        a.invite(other, ref="x")
        error = a.expect("call.error", client_ref="x")
        assert error["code"] == "callee_not_found"
        o.quiet("call.incoming")
        a.invite(None, group_id=f.group_with_member(c, other.workspace_id, other.user_id), ref="g")
        assert a.expect("call.error", client_ref="g")["code"] == "callee_not_found"
        # Another workspace's user cannot touch this workspace's calls either.
        call_id = a.call(people["bob"])
        b.expect("call.incoming", call_id=call_id)
        o.send(type="call.hangup", call_id=call_id)
        assert o.expect("call.error", call_id=call_id)["code"] == "call_not_found"
        o.send(type="call.answer", call_id=call_id, sdp="v=0")
        assert o.expect("call.error", call_id=call_id)["code"] == "call_not_found"
        a.quiet("call.ended", within=0.3)
    assert server.engine.opened == 1  # alice's own call, nothing for the refused ones
    assert _count(server, LiveCall) == 1


def test_calling_oneself_is_refused(server: LiveCallsServer, people: dict[str, Member]) -> None:
    alice = people["alice"]
    c = server.container
    only_me = f.group_with_member(c, alice.workspace_id, alice.user_id)
    with phone(server.live, alice) as a, phone(server.live, alice) as a2:
        a.invite(alice, ref="me")
        assert a.expect("call.error", client_ref="me")["code"] == "calling_self"
        a.invite(None, group_id=only_me, ref="grp")
        assert a.expect("call.error", client_ref="grp")["code"] == "calling_self"
        a2.quiet("call.incoming")
    assert _count(server, LiveCall) == 0


def test_a_plain_rtp_offer_is_refused_and_nothing_rings(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    alice, bob = people["alice"], people["bob"]
    with phone(server.live, alice) as a, phone(server.live, bob) as b:
        a.invite(bob, ref="insecure", sdp=PLAIN_RTP_OFFER)
        error = a.expect("call.error", client_ref="insecure")
        assert error["code"] == "insecure_offer"
        b.quiet("call.incoming")
        # A callee's insecure answer leaves the call ringing for a proper one.
        call_id = a.call(bob)
        b.expect("call.incoming", call_id=call_id)
        b.send(type="call.answer", call_id=call_id, sdp=PLAIN_RTP_OFFER)
        assert b.expect("call.error", call_id=call_id)["code"] == "insecure_offer"
        b.answer(call_id)
        b.expect("call.answer_sdp", call_id=call_id)
    assert _count(server, LiveCall) == 1


def test_malformed_out_of_order_and_unknown(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    alice, bob = people["alice"], people["bob"]
    with phone(server.live, alice) as a, phone(server.live, bob) as b:
        for bad in (
            {"type": "call.invite"},
            {"type": "call.invite", "client_ref": "r", "to": {"user_id": "x"}, "sdp": "v=0"},
            {"type": "call.nonsense", "call_id": new_id()},
            {"type": "call.hold", "call_id": new_id(), "held": "yes", "extra": 1},
        ):
            a.send(**bad)
            assert a.expect("call.error")["code"] == "bad_message"
        a.send(type="call.hangup", call_id=new_id())
        assert a.expect("call.error")["code"] == "call_not_found"
        call_id = a.call(bob)
        a.send(type="call.hold", call_id=call_id, held=True)  # not answered yet
        assert a.expect("call.error", call_id=call_id)["code"] == "not_in_call"
        a.send(type="call.answer", call_id=call_id, sdp="v=0")  # the caller cannot answer
        assert a.expect("call.error", call_id=call_id)["code"] == "not_ringing"
        b.expect("call.incoming", call_id=call_id)


def test_unauthenticated_sockets_cannot_signal(server: LiveCallsServer) -> None:
    with raw_socket(server.live) as ws:
        ws.send(json.dumps({"type": "call.invite", "client_ref": "r"}))
        assert close_code(ws, within=5) == 1008  # the first message must authenticate
    assert _count(server, LiveCall) == 0


def test_a_thousand_invites_are_rate_limited(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    alice, bob = people["alice"], people["bob"]
    with phone(server.live, alice) as a:
        for i in range(1000):
            a.invite(bob, ref=f"r{i}")
        replies: list[dict[str, object]] = []
        closed = None
        while closed is None:
            try:
                m = json.loads(a.ws.recv(timeout=30))
            except ConnectionClosed as exc:
                closed = exc.rcvd
                break
            if m.get("type") in ("call.error", "call.trying"):
                replies.append(m)
        codes = [m.get("code", "trying") for m in replies]
    # The first ones are answered (live_invites_per_minute, then signaling's own allowance);
    # far past the socket's allowance it is closed rather than answered a thousand times.
    assert codes.count("trying") == 5  # bob has no device, so each ends
    assert set(codes) == {"trying", "rate_limited"} and len(codes) < 1000
    assert closed is not None and (closed.code, closed.reason) == (1008, "rate_limited")
    assert _count(server, LiveCall) == 5
    assert len(call_log(server.live, bob)) == 5
    with phone(server.live, alice) as again:  # a new socket is a new allowance
        again.send(type="ping")
        assert again.expect("pong")


def test_disconnect_mid_ring_stops_that_device_only_device_ends_missed(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    alice, bob = people["alice"], people["bob"]
    live = server.live
    with phone(live, alice) as a:
        with phone(live, bob) as b1:
            with phone(live, bob) as b2:
                call_id = a.call(bob)
                b2.expect("call.incoming", call_id=call_id)
            a.quiet("call.ended", within=0.5)  # b1 still rings
            b1.expect("call.incoming", call_id=call_id)
        assert a.expect("call.ended", call_id=call_id)["reason"] == "missed"
    assert call_log(live, alice)[0]["disposition"] == "missed"
    assert _count(server, LiveDevice) == 0


def test_disconnect_mid_call_ends_it_completed(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    alice, bob = people["alice"], people["bob"]
    live = server.live
    with phone(live, alice) as a:
        with phone(live, bob) as b:
            call_id = a.call(bob)
            b.answer(call_id)
            a.expect("call.answered", call_id=call_id)
        assert a.expect("call.ended", call_id=call_id)["reason"] == "completed"
        assert not server.engine.legs_of(call_id)
        # The caller's device is free again.
        assert a.call(people["carol"])
    assert call_log(live, alice)[-1]["disposition"] == "answered"


def test_devices_of_a_dead_process_are_swept(database_url: str, data_dir: Path) -> None:
    """A device row whose process died (never touched again) rings no more once stale."""
    # The stale sweep runs every tenth pass of the sweeper, a second or more apart: ~10 s
    # idle, 20 s and more on a loaded machine. A ring far longer than that leaves the sweep
    # as the only way the call can end "missed" (the 30 s default raced it).
    with calls_server(
        database_url, data_dir, live_invites_per_minute=5, live_ring_seconds=300.0
    ) as server:
        _dead_process_devices_swept(server, _people(server))


def _dead_process_devices_swept(server: LiveCallsServer, people: dict[str, Member]) -> None:
    c = server.container
    alice, bob = people["alice"], people["bob"]
    ghost = new_id()
    with c.db.write() as s:
        repo.add_device(s, ghost, bob.workspace_id, bob.user_id, utcnow())
    with phone(server.live, alice) as a:
        call_id = a.call(bob)
        a.expect("call.ringing", call_id=call_id)
        with c.db.write() as s:  # as if its process stopped refreshing it long ago
            s.execute(
                update(LiveDevice)
                .where(LiveDevice.id == ghost)
                .values(seen_at=utcnow() - timedelta(hours=1))
            )
        assert a.expect("call.ended", call_id=call_id, within=120)["reason"] == "missed"
    wait_for(lambda: _count(server, LiveDevice) == 0, within=30)
    with c.db.read() as s:
        states = s.scalars(
            select(LiveCallDevice.state).where(LiveCallDevice.device_id == ghost)
        ).all()
    assert states == ["gone"]


def test_a_token_without_the_calls_scope_cannot_ring_or_call(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    """An API token scoped to chat only holds a chat socket, never a device: it neither
    rings nor places calls."""
    c = server.container
    bob = people["bob"]
    user_actor = Actor(bob.workspace_id, "user", bob.user_id, "member", user_id=bob.user_id)
    with c.db.write() as s:
        created = create_api_token(
            s,
            audit=c.audit,
            actor=user_actor,
            name="chat bot",
            scopes=["chat.read"],
            expires_in_days=1,
        )
    chat_only = replace(bob, token=created.token)
    with phone(server.live, chat_only) as bot, phone(server.live, people["alice"]) as a:
        bot.invite(people["alice"], ref="bot")
        assert bot.expect("call.error")["code"] == "permission_denied"
        call_id = a.call(bob)  # bob's only "socket" is the bot's: nothing can ring
        assert a.expect("call.ended", call_id=call_id)["reason"] == "unavailable"
        bot.quiet("call.incoming")
