"""Bulk deletion of chat messages by filter, for admins, through the HTTPS API: a dry run
counts, a real run names that count (409 if the filter now matches another number), and
rows, search tokens, attachment rows and blobs go; the receipt counts them and the audit
entry holds no content."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from callvault.comms.chat.models import Attachment, Message, SearchToken
from callvault.core.clock import utcnow
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.chat.helpers import (
    API,
    ARRIVES_S,
    conversation,
    next_event,
    post,
    socket,
    upload,
)
from tests.integration.comms.chat.test_attachments import blob_files
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow

URL = f"{API}/messages/bulk-delete"


def counts(live: LiveServer) -> dict[str, int]:
    with live.container.db.read() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Message, SearchToken, Attachment)
        }


def test_bulk_delete_dry_run_mismatch_and_real_run(live: LiveServer) -> None:
    o = office(live)
    ab = conversation(live, o.alice, [o.bob])
    other = conversation(live, o.alice, [o.sup])
    alice, admin = live.client(o.alice.token), live.client(o.admin.token)
    for i in range(3):
        post(live, o.alice, ab, f"purge this {i}")
    kept = post(live, o.bob, ab, "bob stays")
    elsewhere = post(live, o.alice, other, "other room stays")
    for n in range(2):
        assert upload(alice, ab, f"file {n}".encode() * 100).status_code == 201
    assert len(blob_files(live)) == 2
    before = counts(live)
    body = {"filter": {"conversation_id": ab, "sender_id": o.alice.user_id}, "dry_run": True}
    r = admin.post(URL, json=body)
    assert r.status_code == 200, r.text
    assert r.json() == {
        "dry_run": True,
        "count": 5,
        "receipt_id": None,
        "deleted_at": None,
        "removed": None,
    }
    assert counts(live) == before  # a dry run deletes nothing
    # Another matching message arrives between the dry run and the deletion: refused.
    post(live, o.alice, ab, "purge this late one")
    r = admin.post(URL, json={**body, "dry_run": False, "expected_count": 5})
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "bulk_delete_count_changed"
    assert r.json()["error"] | {"count": 6} == r.json()["error"]
    assert counts(live)["chat_messages"] == before["chat_messages"] + 1
    assert admin.post(URL, json={**body, "dry_run": False}).status_code == 422  # no count
    count = admin.post(URL, json=body).json()["count"]
    with socket(live, o.bob) as bob_ws:
        r = admin.post(URL, json={**body, "dry_run": False, "expected_count": count})
        assert r.status_code == 200, r.text
        assert next_event(bob_ws, within=ARRIVES_S) == {
            "type": "conversation.messages_deleted",
            "conversation_id": ab,
            "count": "6",
        }
    out = r.json()
    assert out["count"] == 6 and out["receipt_id"] and out["deleted_at"]
    assert out["removed"] == {"messages": 6, "search_tokens": 10, "attachments": 2, "blobs": 2}
    assert blob_files(live) == []
    left = [m["id"] for m in alice.get(f"{API}/conversations/{ab}/messages").json()["messages"]]
    assert left == [kept["id"]]
    assert [
        m["id"] for m in alice.get(f"{API}/conversations/{other}/messages").json()["messages"]
    ] == [elsewhere["id"]]
    assert alice.post(f"{API}/search", json={"q": "purge"}).json()["messages"] == []
    assert counts(live) == {"chat_messages": 2, "chat_search_tokens": 5, "chat_attachments": 0}
    # The receipt is the audit entry: the filter's ids and the counts, never content.
    entries = live.client(o.auditor.token).get("/api/v1/audit", params={"action": "chat_message."})
    [entry] = [e for e in entries.json()["entries"] if e["id"] == out["receipt_id"]]
    assert entry["action"] == "chat_message.bulk_delete"
    assert entry["details"]["filter"] == {"conversation_id": ab, "sender_id": o.alice.user_id}
    assert entry["details"]["removed"]["messages"] == 6
    assert "purge" not in entries.text and "file 0" not in entries.text
    # Nothing left to match: a real run of zero is fine; non-admins may not even count.
    assert admin.post(URL, json={**body, "dry_run": False, "expected_count": 0}).status_code == 200
    for m in (o.alice, o.sup, o.auditor):
        assert live.client(m.token).post(URL, json=body).status_code == 403


def test_bulk_delete_by_date_range_and_bad_filters(live: LiveServer) -> None:
    o = office(live)
    conv = conversation(live, o.alice, [o.bob])
    admin = live.client(o.admin.token)
    old = post(live, o.alice, conv, "old news")
    with live.container.db.write() as s:
        row = s.get(Message, old["id"])
        assert row is not None
        row.created_at = utcnow() - timedelta(days=400)
    recent = post(live, o.bob, conv, "fresh news")
    cutoff = (utcnow() - timedelta(days=365)).isoformat()
    body = {"filter": {"until": cutoff}, "dry_run": True}
    assert admin.post(URL, json=body).json()["count"] == 1
    r = admin.post(URL, json={**body, "dry_run": False, "expected_count": 1})
    assert r.status_code == 200 and r.json()["removed"]["messages"] == 1
    page = admin.get(f"{API}/conversations/{conv}/messages").json()["messages"]
    assert [m["id"] for m in page] == [recent["id"]]
    since = {"filter": {"since": cutoff}, "dry_run": True}
    assert admin.post(URL, json=since).json()["count"] == 1
    for bad in (
        {"filter": {"since": cutoff, "until": cutoff}},
        {"filter": {"until": "2026-01-01T00:00:00"}},  # no time zone
        {"filter": {"sender_id": "bob"}},
        {"filter": {"text": "news"}},
    ):
        assert admin.post(URL, json=bad).status_code == 422, bad
