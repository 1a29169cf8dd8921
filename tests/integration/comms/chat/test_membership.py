"""Group membership after creation, through the HTTPS API and a real WebSocket: members add
workspace users and rename the group; the creator or an admin removes members; anyone
leaves; a 1:1 never changes. A removed member loses read access, unread counts, their read
marker and, at once, the conversation's live events."""

from __future__ import annotations

import time

import pytest

from callvault.comms.chat import events as chat_events
from callvault.comms.chat.models import ConversationMember
from callvault.realtime.bus import Event
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.chat.helpers import (
    API,
    ARRIVES_S,
    conversation,
    events,
    next_event,
    post,
    socket,
)
from tests.support.live import LiveServer, create_workspace

pytestmark = pytest.mark.slow


def member_ids(body: dict[str, object]) -> set[str]:
    return {m["user_id"] for m in body["members"]}  # type: ignore[attr-defined,index]


def unread_for(live: LiveServer, token: str, conv: str) -> int | None:
    convs = live.client(token).get(f"{API}/conversations").json()["conversations"]
    return next((int(x["unread"]) for x in convs if x["id"] == conv), None)


def test_add_rename_remove_and_leave(live: LiveServer) -> None:
    o = office(live)
    conv = conversation(live, o.alice, [o.bob], title="Launch")
    alice, bob, sup = (live.client(m.token) for m in (o.alice, o.bob, o.sup))
    for i in range(3):
        post(live, o.alice, conv, f"history {i}")
    # Any member adds workspace users; the newcomer sees the history, none of it unread.
    r = bob.post(f"{API}/conversations/{conv}/members", json={"user_ids": [o.sup.user_id]})
    assert r.status_code == 200, r.text
    assert member_ids(r.json()) == {o.alice.user_id, o.bob.user_id, o.sup.user_id}
    assert len(sup.get(f"{API}/conversations/{conv}/messages").json()["messages"]) == 3
    assert unread_for(live, o.sup.token, conv) == 0
    post(live, o.alice, conv, "welcome sup")
    assert unread_for(live, o.sup.token, conv) == 1
    # Adding someone already in is a no-op; outsiders and strangers are refused.
    again = alice.post(f"{API}/conversations/{conv}/members", json={"user_ids": [o.sup.user_id]})
    assert again.status_code == 200 and len(again.json()["members"]) == 3
    globex = create_workspace(live.container, "globex")
    for ids in ([globex.user_id], ["0" * 8 + "-0000-4000-8000-" + "0" * 12]):
        r = alice.post(f"{API}/conversations/{conv}/members", json={"user_ids": ids})
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_members"
    assert (
        alice.post(f"{API}/conversations/{conv}/members", json={"user_ids": []}).status_code == 422
    )
    lonely = live.client(o.lonely_sup.token)
    r = lonely.post(
        f"{API}/conversations/{conv}/members", json={"user_ids": [o.lonely_sup.user_id]}
    )
    assert r.status_code == 404  # not a member: finds nothing
    # Any member renames; clearing the title is allowed.
    r = sup.patch(f"{API}/conversations/{conv}", json={"title": "Launch v2"})
    assert r.status_code == 200 and r.json()["title"] == "Launch v2"
    assert bob.get(f"{API}/conversations/{conv}").json()["title"] == "Launch v2"
    assert lonely.patch(f"{API}/conversations/{conv}", json={"title": "x"}).status_code == 404
    assert alice.patch(f"{API}/conversations/{conv}", json={}).status_code == 422
    # Only the creator (alice) or an admin removes someone else.
    r = bob.delete(f"{API}/conversations/{conv}/members/{o.sup.user_id}")
    assert r.status_code == 403 and r.json()["error"]["code"] == "not_conversation_manager"
    r = alice.delete(f"{API}/conversations/{conv}/members/{o.sup.user_id}")
    assert r.status_code == 200
    assert r.json() == {"conversation_id": conv, "user_id": o.sup.user_id, "left": False}
    assert alice.delete(f"{API}/conversations/{conv}/members/{o.sup.user_id}").status_code == 404
    # sup (supervisor of alice's team) may still read it, as a non-member, audited; no unread
    # count, no read marker, no writing.
    assert unread_for(live, o.sup.token, conv) is None
    assert sup.post(f"{API}/conversations/{conv}/messages", json={"body": "x"}).status_code == 404
    with live.container.db.read() as s:
        assert s.get(ConversationMember, (conv, o.sup.user_id)) is None
    # A plain member removed loses read access altogether.
    r = live.client(o.admin.token).delete(f"{API}/conversations/{conv}/members/{o.bob.user_id}")
    assert r.status_code == 200  # an admin removes anyone, member or not
    assert bob.get(f"{API}/conversations/{conv}/messages").status_code == 404
    assert bob.get(f"{API}/conversations/{conv}").status_code == 404
    assert conv not in {x["id"] for x in bob.get(f"{API}/conversations").json()["conversations"]}
    # The last member leaves: the conversation stays (empty) for an admin to delete.
    r = alice.post(f"{API}/conversations/{conv}/leave")
    assert r.status_code == 200 and r.json()["left"] is True
    admin = live.client(o.admin.token)
    left = admin.get(f"{API}/conversations/{conv}").json()
    assert left["members"] == [] and left["title"] == "Launch v2"
    r = admin.delete(f"{API}/conversations/{conv}")
    assert r.status_code == 200 and r.json()["removed"]["messages"] == 4
    # Every change is audited, never the title.
    audit = live.client(o.auditor.token).get("/api/v1/audit", params={"action": "chat."})
    actions = [e["action"] for e in audit.json()["entries"]]
    for action in ("chat.member.add", "chat.member.remove", "chat.member.leave"):
        assert action in actions, action
    assert "chat.conversation.rename" in actions
    assert "Launch v2" not in audit.text


def test_direct_conversations_do_not_change(live: LiveServer) -> None:
    o = office(live)
    conv = conversation(live, o.alice, [o.bob], kind="direct")
    alice, admin = live.client(o.alice.token), live.client(o.admin.token)
    for r in (
        alice.post(f"{API}/conversations/{conv}/members", json={"user_ids": [o.sup.user_id]}),
        alice.patch(f"{API}/conversations/{conv}", json={"title": "Ours"}),
        alice.post(f"{API}/conversations/{conv}/leave"),
        alice.delete(f"{API}/conversations/{conv}/members/{o.bob.user_id}"),
        admin.delete(f"{API}/conversations/{conv}/members/{o.bob.user_id}"),
    ):
        assert r.status_code == 409, r.text
        assert r.json()["error"]["code"] == "direct_conversation_fixed"
    got = alice.get(f"{API}/conversations/{conv}").json()
    assert member_ids(got) == {o.alice.user_id, o.bob.user_id} and got["title"] is None


def test_membership_changes_reach_sockets_and_removal_stops_delivery(live: LiveServer) -> None:
    o = office(live)
    c = live.container
    conv = conversation(live, o.alice, [o.bob])
    alice = live.client(o.alice.token)
    with socket(live, o.alice) as a_ws, socket(live, o.bob) as b_ws, socket(live, o.sup) as s_ws:
        r = alice.post(f"{API}/conversations/{conv}/members", json={"user_ids": [o.sup.user_id]})
        assert r.status_code == 200
        added = {
            "type": "conversation.member_added",
            "conversation_id": conv,
            "user_id": o.sup.user_id,
            "by": o.alice.user_id,
        }
        for ws in (a_ws, b_ws, s_ws):  # the members and the newcomer
            assert next_event(ws, within=ARRIVES_S) == added
        msg = post(live, o.alice, conv, "hello all three")
        assert next_event(s_ws, within=ARRIVES_S)["message"]["body"] == "hello all three"
        assert next_event(b_ws, within=ARRIVES_S)["message_id"] == msg["id"]
        assert alice.patch(f"{API}/conversations/{conv}", json={"title": "Trio"}).is_success
        assert next_event(b_ws, within=ARRIVES_S) == {
            "type": "conversation.updated",
            "conversation_id": conv,
        }

        r = alice.delete(f"{API}/conversations/{conv}/members/{o.bob.user_id}")
        assert r.status_code == 200
        removed = {
            "type": "conversation.member_removed",
            "conversation_id": conv,
            "user_id": o.bob.user_id,
            "by": o.alice.user_id,
        }
        for ws in (a_ws, s_ws, b_ws):  # the members and the removed user
            assert next_event(ws, within=ARRIVES_S, kind="conversation.member_removed") == removed
        # From now on bob gets nothing of the conversation ...
        post(live, o.alice, conv, "bob is gone")
        assert next_event(s_ws, within=ARRIVES_S)["message"]["body"] == "bob is gone"
        # ... not even an event addressed to him before the removal committed: each one is
        # rendered for its recipient at delivery, with their membership at that moment.
        events(a_ws, within=0.3)  # what alice has had so far
        for kind, extra in (
            (chat_events.MESSAGE_CREATED, {"message_id": msg["id"]}),
            (chat_events.CONVERSATION_READ, {"user_id": o.alice.user_id}),
            (chat_events.MESSAGE_DELETED, {"message_id": msg["id"]}),
            (chat_events.CONVERSATION_UPDATED, {}),
        ):
            event = Event(kind, o.bob.workspace_id, {"conversation_id": conv, **extra})
            c.bus.publish(o.bob.workspace_id, [o.bob.user_id, o.alice.user_id], event)
            assert next_event(a_ws, within=ARRIVES_S)["type"] == kind  # alice, still in, gets it
        started = time.monotonic()
        assert events(b_ws, within=0.5) == []
        assert time.monotonic() - started >= 0.5
        # Added back, bob receives again.
        r = alice.post(f"{API}/conversations/{conv}/members", json={"user_ids": [o.bob.user_id]})
        assert r.status_code == 200
        assert next_event(b_ws, within=ARRIVES_S)["type"] == "conversation.member_added"
        post(live, o.sup, conv, "welcome back")
        assert next_event(b_ws, within=ARRIVES_S)["message"]["body"] == "welcome back"
