"""Bulk deletion of voicemail by filter (admins): a dry run counts, a real run names that
count (409 if the filter now matches another number) and removes rows, delivery keys and
blobs; the audit entry keeps the filter and counts, never a caller's number."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from callvault.comms.voicemail.models import VoicemailDelivery
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.recordings.helpers import blob_files
from tests.integration.comms.voicemail.helpers import deliver, rows
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow

URL = "/api/v1/voicemail/messages/bulk-delete"


def test_bulk_delete_with_dry_run(live: LiveServer) -> None:
    o = office(live)
    pbx = live.client(o.admin.token)
    alice = live.client(o.alice.token)

    def message(mailbox: str, day: int, **kw: str) -> str:
        r = deliver(
            pbx,
            mailbox,
            audio.wav_bytes(0.3),
            caller_number="+14155550199",
            received_at=f"2026-03-{day:02d}T09:00:00+00:00",
            **kw,
        )
        assert r.status_code == 201, r.text
        return str(r.json()["id"])

    old = [message(o.alice.user_id, d) for d in (1, 2, 3)]
    keep_new = message(o.alice.user_id, 20)
    keep_bob = message(o.bob.user_id, 2)
    alice.patch(f"/api/v1/voicemail/messages/{old[0]}", json={"read": True})
    assert rows(live) == (5, 0) and len(blob_files(live)) == 5

    body = {
        "filter": {
            "mailbox_id": o.alice.user_id,
            "since": "2026-03-01T00:00:00Z",
            "until": "2026-03-10T00:00:00Z",
        },
        "dry_run": True,
    }
    dry = pbx.post(URL, json=body)
    assert dry.status_code == 200, dry.text
    assert dry.json() | {"count": 3, "receipt_id": None, "removed": None} == dry.json()
    unread = pbx.post(URL, json={**body, "filter": {**body["filter"], "unread": True}})
    assert unread.json()["count"] == 2
    assert rows(live) == (5, 0)  # a dry run deletes nothing

    message(o.alice.user_id, 4)  # arrives between the dry run and the deletion
    r = pbx.post(URL, json={**body, "dry_run": False, "expected_count": 3})
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "bulk_delete_count_changed"
    assert r.json()["error"]["count"] == 4
    assert rows(live) == (6, 0) and len(blob_files(live)) == 6
    assert pbx.post(URL, json={**body, "dry_run": False}).status_code == 422  # no count

    count = pbx.post(URL, json=body).json()["count"]
    done = pbx.post(URL, json={**body, "dry_run": False, "expected_count": count})
    assert done.status_code == 200, done.text
    out = done.json()
    assert out["count"] == 4 and out["receipt_id"] and out["deleted_at"]
    assert out["removed"]["voicemail_messages"] == 4
    assert rows(live) == (2, 0)
    assert len(blob_files(live)) == 2  # the blobs went with the rows
    listed = {m["id"] for m in pbx.get("/api/v1/voicemail/messages").json()["messages"]}
    assert listed == {keep_new, keep_bob}
    assert all(alice.get(f"/api/v1/voicemail/messages/{m}").status_code == 404 for m in old)

    [entry] = pbx.get("/api/v1/audit", params={"action": "voicemail.bulk_delete"}).json()["entries"]
    assert entry["object_id"] is None and entry["details"]["removed"]["voicemail_messages"] == 4
    assert "+1415" not in str(entry)  # the filter and counts, not the content

    # Only admins; a mailbox of another workspace (or nobody) is refused; filters are checked.
    for m in (o.alice, o.sup, o.auditor):
        assert live.client(m.token).post(URL, json=body).status_code == 403
    other = office(live, "globex")
    alien = {"filter": {"mailbox_id": other.alice.user_id}, "dry_run": True}
    assert pbx.post(URL, json=alien).status_code == 404
    backwards = {"filter": {"since": "2026-03-10T00:00:00Z", "until": "2026-03-01T00:00:00Z"}}
    assert pbx.post(URL, json=backwards).status_code == 422
    assert pbx.post(URL, json={"filter": {"colour": "red"}}).status_code == 422


def test_bulk_delete_everything_and_delivery_keys(live: LiveServer) -> None:
    o = office(live)
    pbx = live.client(o.admin.token)
    data = audio.wav_bytes(0.3)
    headers = {"content-type": "application/octet-stream", "idempotency-key": "pbx-1"}
    url = f"/api/v1/voicemail/mailboxes/{o.alice.user_id}/messages"
    assert pbx.post(url, content=data, headers=headers).status_code == 201
    deliver(pbx, o.bob.user_id, audio.wav_bytes(0.2))
    count = pbx.post(URL, json={"filter": {}}).json()["count"]
    assert count == 2
    r = pbx.post(URL, json={"filter": {}, "dry_run": False, "expected_count": count})
    assert r.status_code == 200 and r.json()["count"] == 2
    assert rows(live) == (0, 0) and blob_files(live) == []
    with live.container.db.read() as s:
        assert s.scalar(select(func.count()).select_from(VoicemailDelivery)) == 0
    # The key went with its message: the same key now delivers a new message.
    assert pbx.post(url, content=data, headers=headers).status_code == 201
    empty = pbx.post(URL, json={"filter": {"unread": False}, "dry_run": False, "expected_count": 0})
    assert empty.status_code == 200 and empty.json()["count"] == 0
