"""Live assist and listen-in through a real server, real sockets and the in-memory engine
(ADR 0029): a card fires on its phrase in a final segment fed to on_final_segment and reaches
the agent and the supervisors, never the customer or a stranger; sentiment follows each
party; supervisors (and admins) listen in silently, audited; everyone else is refused."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from callvault.audit.models import AuditEvent
from callvault.comms.live.assist import LiveAssist
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.identity.models import GroupMember
from callvault.intelligence.assist import service as cards
from callvault.intelligence.assist.schemas import AssistCardIn
from tests.integration.comms.live.helpers import LiveCallsServer, Phone, calls_server, phone
from tests.support import factories as f
from tests.support.live import Member, add_user, create_workspace
from tests.support.media_engine import offer

pytestmark = pytest.mark.slow


@pytest.fixture
def server(database_url: str, data_dir: Path) -> Iterator[LiveCallsServer]:
    with calls_server(database_url, data_dir) as s:
        yield s


@pytest.fixture
def people(server: LiveCallsServer) -> dict[str, Member]:
    """alice (caller), bob (agent), sue supervises bob's group, sam supervises another,
    stranger is a member; owner is the workspace owner; eve owns another workspace."""
    c = server.container
    owner = create_workspace(c, "assist")
    out = {"owner": owner, "eve": create_workspace(c, "elsewhere")}
    for name, role in (
        ("alice", Role.MEMBER),
        ("bob", Role.MEMBER),
        ("sue", Role.SUPERVISOR),
        ("sam", Role.SUPERVISOR),
        ("stranger", Role.MEMBER),
    ):
        out[name] = add_user(c, owner, role, name=name)
    ws = owner.workspace_id
    team = f.group_with_member(c, ws, out["bob"].user_id)
    other = f.group_with_member(c, ws, out["stranger"].user_id)
    with c.db.write() as s:
        s.add(
            GroupMember(
                group_id=team, user_id=out["sue"].user_id, workspace_id=ws, is_supervisor=True
            )
        )
        s.add(
            GroupMember(
                group_id=other, user_id=out["sam"].user_id, workspace_id=ws, is_supervisor=True
            )
        )
    for m in out.values():
        m.token = f.session_token(c, m.workspace_id, m.user_id)[0]
    return out


def answered_call(a: Phone, b: Phone, bob: Member) -> str:
    call_id = a.call(bob)
    b.expect("call.incoming", call_id=call_id)
    b.answer(call_id)
    b.expect("call.answer_sdp", call_id=call_id)
    a.expect("call.answered", call_id=call_id)
    return call_id


def assist_of(server: LiveCallsServer) -> LiveAssist:
    assist: LiveAssist = server.live.server.config.app.state.assist
    return assist


def audit_actions(server: LiveCallsServer, call_id: str) -> list[tuple[str, Any]]:
    with server.container.db.read() as s:
        rows = s.execute(
            select(AuditEvent.action, AuditEvent.actor_id)
            .where(AuditEvent.object_id == call_id, AuditEvent.action.like("call.listen%"))
            .order_by(AuditEvent.seq)
        ).all()
    return [(a, actor) for a, actor in rows]


def test_a_card_fires_on_its_phrase_for_the_agent_and_supervisors_only(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    live, c = server.live, server.container
    alice, bob = people["alice"], people["bob"]
    with c.db.write() as s:
        card = cards.create_card(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(alice.workspace_id),
            data=AssistCardIn(
                title="Retention offer",
                body="Offer two months free.",
                link="https://kb.example.com/retention",
                phrases=["too expensive"],
                speaker="customer",
            ),
        )
        cards.create_card(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(alice.workspace_id),
            data=AssistCardIn(title="Card data", body="Never read it back.", keywords=["card"]),
        )
    with (
        phone(live, alice) as a,
        phone(live, bob) as b,
        phone(live, people["sue"]) as sue,
        phone(live, people["sam"]) as sam,
        phone(live, people["stranger"]) as stranger,
    ):
        call_id = answered_call(a, b, bob)
        text = "Honestly this is far too expensive and I am unhappy."
        at = text.index("too expensive")
        assist = assist_of(server)
        ws = alice.workspace_id
        hits = asyncio.run(
            assist.on_final_segment(ws, call_id, alice.user_id, text, [], segment_id="s1")
        )
        assert [h.card_id for h in hits] == [card.id]
        for p in (b, sue):
            got = p.expect("call.card", call_id=call_id)
            assert got == {
                "type": "call.card",
                "call_id": call_id,
                "card_id": card.id,
                "title": "Retention offer",
                "body": "Offer two months free.",
                "link": "https://kb.example.com/retention",
                "segment_id": "s1",
                "span": [at, at + len("too expensive")],
                "speaker": "caller",
            }
            mood = p.expect("call.sentiment", call_id=call_id)
            assert mood["party"] == "caller" and mood["role"] == "customer"
            assert mood["label"] == "negative" and mood["score"] < 0
        # Said again: no second card within the window; the agent's own words: not a
        # customer card; inside a redacted span: nothing.
        again = asyncio.run(assist.on_final_segment(ws, call_id, "caller", text, []))
        assert again == []
        agent_says = asyncio.run(
            assist.on_final_segment(ws, call_id, bob.user_id, "Is it too expensive?", [])
        )
        assert agent_says == []
        assert b.expect("call.sentiment", call_id=call_id, party="callee")["role"] == "agent"
        # Words inside a redacted span are a placeholder, not something said.
        redacted = "the long number is [card number]"
        at_card = redacted.index("[card number]")
        spans = [{"start": at_card, "end": len(redacted)}]
        assert asyncio.run(assist.on_final_segment(ws, call_id, "caller", redacted, spans)) == []
        unmarked = asyncio.run(assist.on_final_segment(ws, call_id, "caller", redacted, []))
        assert [h.title for h in unmarked] == ["Card data"]
        b.expect("call.card", call_id=call_id, title="Card data")
        # Another workspace's call id, or a speaker not on the call: nothing at all.
        elsewhere = people["eve"].workspace_id
        assert asyncio.run(assist.on_final_segment(elsewhere, call_id, "caller", text, [])) == []
        assert asyncio.run(assist.on_final_segment(ws, call_id, "someone", text, [])) == []
        b.quiet("call.card", within=0.3)
        for p in (a, sam, stranger):
            p.quiet("call.card", within=0.2)
            p.quiet("call.sentiment", within=0.1)


def test_supervisors_and_admins_listen_in_silently_and_audited(
    server: LiveCallsServer, people: dict[str, Member]
) -> None:
    live, engine = server.live, server.engine
    alice, bob = people["alice"], people["bob"]
    with (
        phone(live, alice) as a,
        phone(live, bob) as b,
        phone(live, people["sue"]) as sue,
        phone(live, people["sam"]) as sam,
        phone(live, people["stranger"]) as stranger,
        phone(live, people["owner"]) as owner,
        phone(live, people["eve"]) as eve,
    ):
        call_id = answered_call(a, b, bob)
        for p, code in (
            (stranger, "permission_denied"),
            (sam, "permission_denied"),
            (eve, "call_not_found"),
            (b, "permission_denied"),
        ):
            p.send(type="call.listen", call_id=call_id, sdp=offer("spy"))
            assert p.expect("call.error", call_id=call_id)["code"] == code
        assert not engine.listen_legs

        sue.send(type="call.listen", call_id=call_id, sdp=offer("sue"))
        assert "a=fingerprint:" in sue.expect("call.listening", call_id=call_id)["sdp"]
        (leg,) = engine.listen_legs
        assert leg.call_id == call_id and leg.leg_id not in engine.joined[call_id]
        sue.send(type="call.listen", call_id=call_id, sdp=offer("sue"))
        assert sue.expect("call.error", call_id=call_id)["code"] == "already_listening"
        sue.send(type="call.unlisten", call_id=call_id)
        assert sue.expect("call.listen_ended", call_id=call_id)["reason"] == "stopped"
        assert not engine.listen_legs

        owner.send(type="call.listen", call_id=call_id, sdp=offer("own"))
        owner.expect("call.listening", call_id=call_id)
        # The parties are not told: no message about it reaches them.
        for p in (a, b):
            p.quiet("call.listening", within=0.2)
            p.quiet("call.listen_ended", within=0.1)
        b.send(type="call.hangup", call_id=call_id)
        a.expect("call.ended", call_id=call_id)
        assert owner.expect("call.listen_ended", call_id=call_id)["reason"] == "call_ended"
        assert not engine.listen_legs
        owner.send(type="call.listen", call_id=call_id, sdp=offer("own"))
        assert owner.expect("call.error", call_id=call_id)["code"] == "not_answered"

    sue_id, owner_id = people["sue"].user_id, people["owner"].user_id
    assert audit_actions(server, call_id) == [
        ("call.listen.start", sue_id),
        ("call.listen.stop", sue_id),
        ("call.listen.start", owner_id),
        ("call.listen.stop", owner_id),
    ]
