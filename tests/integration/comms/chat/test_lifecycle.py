"""Conversations and messages through the HTTPS API: 1:1 uniqueness, groups, posting,
cursor pages, edits, unread counts and read markers, deletion with receipts."""

from __future__ import annotations

import pytest

from tests.integration.comms.calls.helpers import office
from tests.integration.comms.chat.helpers import API, conversation, post
from tests.support.live import LiveServer, create_workspace

pytestmark = pytest.mark.slow


def test_direct_conversations_are_unique_and_groups_have_members(live: LiveServer) -> None:
    o = office(live)
    alice = live.client(o.alice.token)
    r = alice.post(f"{API}/conversations", json={"kind": "direct", "member_ids": [o.bob.user_id]})
    assert r.status_code == 201
    first = r.json()
    assert first["kind"] == "direct" and first["is_member"] and first["unread"] == 0
    assert {m["user_id"] for m in first["members"]} == {o.alice.user_id, o.bob.user_id}
    # The same pair, from either side, is the same conversation.
    again = live.client(o.bob.token).post(
        f"{API}/conversations", json={"kind": "direct", "member_ids": [o.alice.user_id]}
    )
    assert again.status_code == 200 and again.json()["id"] == first["id"]
    group = alice.post(
        f"{API}/conversations",
        json={"kind": "group", "member_ids": [o.bob.user_id, o.sup.user_id], "title": "Launch"},
    )
    assert group.status_code == 201 and group.json()["title"] == "Launch"
    assert len(group.json()["members"]) == 3
    # Bad member lists: none or two others for a 1:1, a user of another workspace, garbage.
    other = create_workspace(live.container, "globex")
    for body in (
        {"kind": "direct", "member_ids": []},
        {"kind": "direct", "member_ids": [o.bob.user_id, o.sup.user_id]},
        {"kind": "group", "member_ids": [other.user_id]},
        {"kind": "direct", "member_ids": [o.bob.user_id], "title": "x"},
    ):
        r = alice.post(f"{API}/conversations", json=body)
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_members", body
    r = alice.post(f"{API}/conversations", json={"kind": "group", "member_ids": ["nope"]})
    assert r.status_code == 422
    listed = alice.get(f"{API}/conversations").json()["conversations"]
    assert {x["id"] for x in listed} == {first["id"], group.json()["id"]}
    assert live.client(o.owner.token).get(f"{API}/conversations").json()["conversations"] == []


def test_messages_pages_edits_and_unread_counts(live: LiveServer) -> None:
    o = office(live)
    conv = conversation(live, o.alice, [o.bob])
    alice, bob = live.client(o.alice.token), live.client(o.bob.token)
    sent = [post(live, o.alice, conv, f"message number {i}")["id"] for i in range(5)]

    def unread(api_client: object, cid: str) -> int:
        convs = api_client.get(f"{API}/conversations").json()["conversations"]  # type: ignore[attr-defined]
        return int(next(x["unread"] for x in convs if x["id"] == cid))

    assert unread(bob, conv) == 5
    assert unread(alice, conv) == 0  # your own messages are read
    page = bob.get(f"{API}/conversations/{conv}/messages", params={"limit": 2}).json()
    assert [m["id"] for m in page["messages"]] == sent[::-1][:2]
    rest = bob.get(
        f"{API}/conversations/{conv}/messages", params={"cursor": page["next_cursor"]}
    ).json()
    assert [m["id"] for m in rest["messages"]] == sent[::-1][2:]
    assert rest["next_cursor"] is None
    r = bob.get(f"{API}/conversations/{conv}/messages", params={"cursor": "bogus"})
    assert r.status_code == 422
    # Reading up to the third message leaves two unread; reading all leaves none.
    r = bob.post(f"{API}/conversations/{conv}/read", json={"message_id": sent[2]})
    assert r.json() == {"conversation_id": conv, "last_read_message_id": sent[2], "unread": 2}
    assert unread(bob, conv) == 2
    r = bob.post(f"{API}/conversations/{conv}/read", json={"message_id": sent[0]})
    assert r.json()["last_read_message_id"] == sent[2]  # never backwards
    assert bob.post(f"{API}/conversations/{conv}/read").json()["unread"] == 0
    post(live, o.alice, conv, "one more")
    assert unread(bob, conv) == 1
    # Only the sender edits; edits keep edited_at.
    assert bob.patch(f"{API}/messages/{sent[0]}", json={"body": "hijack"}).status_code == 403
    r = alice.patch(f"{API}/messages/{sent[0]}", json={"body": "message number zero"})
    assert r.status_code == 200
    assert r.json()["body"] == "message number zero" and r.json()["edited_at"] is not None
    assert alice.patch(f"{API}/messages/{sent[0]}", json={"body": ""}).status_code == 422
    # A non-member cannot post, read markers are members' own.
    lonely = live.client(o.lonely_sup.token)
    r = lonely.post(f"{API}/conversations/{conv}/messages", json={"body": "hi"})
    assert r.status_code == 404
    assert lonely.post(f"{API}/conversations/{conv}/read").status_code == 404


def test_deleting_messages_and_conversations_leaves_receipts(live: LiveServer) -> None:
    o = office(live)
    conv = conversation(live, o.alice, [o.bob])
    alice, bob, admin = (live.client(m.token) for m in (o.alice, o.bob, o.admin))
    first = post(live, o.alice, conv, "delete me please")
    second = post(live, o.bob, conv, "keep me")
    assert bob.delete(f"{API}/messages/{first['id']}").status_code == 403  # not bob's
    r = alice.delete(f"{API}/messages/{first['id']}")
    assert r.status_code == 200
    receipt = r.json()
    assert receipt["object_type"] == "chat_message" and receipt["object_id"] == first["id"]
    assert receipt["removed"]["messages"] == 1 and receipt["removed"]["search_tokens"] == 3
    ids = [m["id"] for m in bob.get(f"{API}/conversations/{conv}/messages").json()["messages"]]
    assert ids == [second["id"]]
    assert alice.delete(f"{API}/messages/{first['id']}").status_code == 404
    r = alice.post(f"{API}/search", json={"q": "delete"})
    assert r.json()["messages"] == []
    # A member may not delete the conversation; an admin may.
    assert alice.delete(f"{API}/conversations/{conv}").status_code == 403
    r = admin.delete(f"{API}/conversations/{conv}")
    assert r.status_code == 200
    removed = r.json()["removed"]
    assert removed["conversations"] == 1 and removed["messages"] == 1 and removed["members"] == 2
    assert alice.get(f"{API}/conversations/{conv}").status_code == 404
    assert alice.get(f"{API}/conversations").json()["conversations"] == []
    # The audit log records the deletions (never the content).
    entries = live.client(o.auditor.token).get("/api/v1/audit", params={"action": "chat."})
    actions = [e["action"] for e in entries.json()["entries"]]
    assert "chat.message.delete" in actions and "chat.conversation.delete" in actions
    assert "delete me please" not in entries.text and "keep me" not in entries.text
