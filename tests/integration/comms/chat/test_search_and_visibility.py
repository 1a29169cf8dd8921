"""Search through the keyed token index, and who reads which conversations: members their
own, a supervisor also their team's, an admin all (non-participant reads audited), an auditor
none; another workspace's conversations are never found. Bodies, titles, file names and file
bytes are never stored in plaintext."""

from __future__ import annotations

import pytest

from tests.integration.api.test_no_plaintext_at_rest import MARKER, database_contains
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.chat.helpers import API, conversation, post, upload
from tests.support import factories as f
from tests.support.live import LiveServer, create_workspace

pytestmark = pytest.mark.slow


def hits(live: LiveServer, token: str, q: str) -> list[str]:
    r = live.client(token).post(f"{API}/search", json={"q": q})
    assert r.status_code == 200, r.text
    return [m["body"] for m in r.json()["messages"]]


def test_search_hits_misses_and_scope(live: LiveServer) -> None:
    o = office(live)
    ab = conversation(live, o.alice, [o.bob])
    bob_owner = conversation(live, o.bob, [o.owner])
    post(live, o.alice, ab, "The Quarterly numbers are ready")
    post(live, o.bob, ab, "quarterly review on Friday")
    post(live, o.bob, bob_owner, "secret quarterly bonus plan")
    assert sorted(hits(live, o.alice.token, "QUARTERLY")) == [
        "The Quarterly numbers are ready",
        "quarterly review on Friday",
    ]
    assert hits(live, o.alice.token, "quarterly numbers") == ["The Quarterly numbers are ready"]
    assert hits(live, o.alice.token, "quarter") == []  # whole words only
    assert hits(live, o.alice.token, "bonus") == []  # not in a conversation alice is in
    assert hits(live, o.bob.token, "bonus") == ["secret quarterly bonus plan"]
    assert hits(live, o.sup.token, "bonus") == []  # bob is not in sup's team
    assert len(hits(live, o.admin.token, "quarterly")) == 3  # admins: the whole workspace
    r = live.client(o.alice.token).post(f"{API}/search", json={"q": "!"})
    assert r.status_code == 422
    assert live.client(o.auditor.token).post(f"{API}/search", json={"q": "x1"}).status_code == 403
    globex = create_workspace(live.container, "globex")
    token = f.session_token(live.container, globex.workspace_id, globex.user_id)[0]
    assert hits(live, token, "quarterly") == []
    entries = live.client(o.auditor.token).get("/api/v1/audit", params={"action": "chat."})
    assert "chat.search.non_participant" in [e["action"] for e in entries.json()["entries"]]
    assert "quarterly" not in entries.text.lower()


def test_visibility_per_role(live: LiveServer) -> None:
    o = office(live)
    alice_bob = conversation(live, o.alice, [o.bob])  # alice is in sup's team
    bob_owner = conversation(live, o.bob, [o.owner])
    post(live, o.bob, alice_bob, "hi alice")
    post(live, o.bob, bob_owner, "hi owner")
    everything = {alice_bob, bob_owner}
    expected = [
        (o.owner, everything, {bob_owner}),
        (o.admin, everything, set()),
        (o.alice, {alice_bob}, {alice_bob}),
        (o.bob, everything, everything),
        (o.sup, {alice_bob}, set()),
        (o.lonely_sup, set(), set()),
    ]
    for member, visible, mine in expected:
        api = live.client(member.token)
        listed = api.get(f"{API}/conversations", params={"scope": "visible"}).json()
        assert {x["id"] for x in listed["conversations"]} == visible, member.role
        own = api.get(f"{API}/conversations").json()["conversations"]
        assert {x["id"] for x in own} == mine, member.role
        for conv in everything:
            r = api.get(f"{API}/conversations/{conv}/messages")
            assert r.status_code == (200 if conv in visible else 404), member.role
            r = api.get(f"{API}/conversations/{conv}")
            assert r.status_code == (200 if conv in visible else 404), member.role
    auditor = live.client(o.auditor.token)
    assert auditor.get(f"{API}/conversations").status_code == 403
    assert auditor.get(f"{API}/conversations/{alice_bob}/messages").status_code == 403
    # Non-participant reads (admin, supervisor) are audited; members' own reads are not.
    entries = auditor.get("/api/v1/audit", params={"action": "chat.message.list"}).json()
    readers = {e["actor_id"] for e in entries["entries"]}
    assert readers == {o.admin.user_id, o.sup.user_id, o.owner.user_id}
    globex = create_workspace(live.container, "globex")
    token = f.session_token(live.container, globex.workspace_id, globex.user_id)[0]
    other = live.client(token)
    assert other.get(f"{API}/conversations", params={"scope": "visible"}).json() == {
        "conversations": []
    }
    for conv in everything:
        assert other.get(f"{API}/conversations/{conv}/messages").status_code == 404
        assert other.delete(f"{API}/conversations/{conv}").status_code == 404
    r = other.post(f"{API}/conversations", json={"kind": "direct", "member_ids": [o.alice.user_id]})
    assert r.status_code == 422


def test_chat_content_never_stored_in_plaintext(live: LiveServer) -> None:
    o = office(live)
    conv = conversation(live, o.alice, [o.bob], title=f"{MARKER} team")
    post(live, o.alice, conv, f"the password is {MARKER}")
    alice = live.client(o.alice.token)
    file = f"{MARKER} secret bytes ".encode() * 1000
    r = upload(alice, conv, file, filename=f"{MARKER}.txt")
    assert r.status_code == 201
    assert hits(live, o.bob.token, MARKER) == [f"the password is {MARKER}"]
    got = live.client(o.bob.token).get(f"{API}/attachments/{r.json()['attachment']['id']}")
    assert got.content == file
    assert database_contains(live, MARKER) == []
    for path in live.container.settings.effective_blob_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert MARKER.encode() not in data and MARKER.lower().encode() not in data
