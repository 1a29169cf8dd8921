"""A voicemail message's life through the HTTPS API: delivered by the telephony side,
listed and filtered, counted unread, marked, played by range and through a link, deleted."""

from __future__ import annotations

import pytest

from callvault.comms.voicemail.hooks import VoicemailReceived
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.recordings.helpers import blob_files
from tests.integration.comms.voicemail.helpers import deliver, rows
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def test_message_lifecycle(live: LiveServer) -> None:
    o = office(live)
    pbx = live.client(o.admin.token)
    alice = live.client(o.alice.token)
    data = audio.wav_bytes(1.5)
    first = deliver(
        pbx,
        o.alice.user_id,
        data,
        caller_number="+44 20 7946 0958",
        received_at="2026-03-02T09:00:00+00:00",
    )
    assert first.status_code == 201, first.text
    msg = first.json()
    assert msg["caller"] == {
        "kind": "number",
        "number": "+442079460958",
        "user_id": None,
        "contact_id": None,
        "contact_name": None,
    }
    assert msg["mailbox_id"] == o.alice.user_id and msg["read"] is False
    assert msg["audio"]["duration_ms"] == 1500 and msg["audio"]["size_bytes"] == len(data)
    second = deliver(
        pbx,
        o.alice.user_id,
        audio.encoded("opus", 1.0),
        caller_user_id=o.bob.user_id,
        received_at="2026-03-03T09:00:00+00:00",
    ).json()
    assert second["caller"]["kind"] == "user" and second["audio"]["codec"] == "opus"
    unknown = deliver(pbx, o.alice.user_id, audio.wav_bytes(0.5)).json()
    assert unknown["caller"]["kind"] == "unknown"

    listed = alice.get("/api/v1/voicemail/messages").json()["messages"]
    assert [m["id"] for m in listed] == [unknown["id"], second["id"], msg["id"]]
    assert alice.get("/api/v1/voicemail/unread-count").json() == {
        "mailbox_id": o.alice.user_id,
        "unread": 3,
    }
    marked = alice.patch(f"/api/v1/voicemail/messages/{msg['id']}", json={"read": True})
    assert marked.status_code == 200 and marked.json()["read"] is True
    assert alice.get("/api/v1/voicemail/unread-count").json()["unread"] == 2
    unread = alice.get("/api/v1/voicemail/messages", params={"unread": "true"}).json()
    assert {m["id"] for m in unread["messages"]} == {second["id"], unknown["id"]}
    read = alice.get("/api/v1/voicemail/messages", params={"unread": "false"}).json()
    assert [m["id"] for m in read["messages"]] == [msg["id"]]
    window = alice.get(
        "/api/v1/voicemail/messages",
        params={"since": "2026-03-01T00:00:00Z", "until": "2026-03-03T00:00:00Z"},
    ).json()
    assert [m["id"] for m in window["messages"]] == [msg["id"]]
    assert (
        alice.patch(f"/api/v1/voicemail/messages/{msg['id']}", json={"read": False}).json()["read"]
        is False
    )
    assert alice.get("/api/v1/voicemail/unread-count").json()["unread"] == 3
    assert alice.get(f"/api/v1/voicemail/messages/{msg['id']}").json()["id"] == msg["id"]

    url = f"/api/v1/voicemail/messages/{msg['id']}/audio"
    assert alice.get(url).content == data
    n = len(data)
    for lo, hi in ((0, 0), (44, 1000), (n - 100, n - 1), (4000, n + 50)):
        part = alice.get(url, headers={"range": f"bytes={lo}-{hi}"})
        assert part.status_code == 206 and part.content == data[lo : hi + 1]
    assert alice.get(url, headers={"range": "bytes=-10"}).content == data[-10:]
    assert alice.get(url, headers={"range": f"bytes={n}-"}).status_code == 416

    link = alice.post(f"/api/v1/voicemail/messages/{msg['id']}/playback").json()["url"]
    assert link.startswith("/api/v1/voicemail/playback/")
    browser = live.client()
    assert browser.get(link).content == data
    assert browser.get(link, headers={"range": "bytes=10-19"}).content == data[10:20]
    token = link.rsplit("/", 1)[1]
    assert browser.get(f"/api/v1/recordings/playback/{token}").status_code == 401
    reads = pbx.get(
        "/api/v1/audit", params={"action": "voicemail.read", "object_id": msg["id"]}
    ).json()["entries"]
    assert len(reads) == 8 and {e["actor_id"] for e in reads} == {o.alice.user_id}

    gone = alice.delete(f"/api/v1/voicemail/messages/{msg['id']}")
    assert gone.status_code == 200, gone.text
    assert gone.json()["object_type"] == "voicemail" and gone.json()["receipt_id"]
    assert alice.get(url).status_code == 404 and browser.get(link).status_code == 404
    assert rows(live) == (2, 0)
    for m in (second, unknown):
        assert pbx.delete(f"/api/v1/voicemail/messages/{m['id']}").status_code == 200
    assert rows(live) == (0, 0) and blob_files(live) == []


def test_bad_deliveries_leave_nothing(live: LiveServer) -> None:
    o = office(live)
    pbx = live.client(o.admin.token)
    cases = {
        "not_audio": b"definitely not audio" * 50,
        "corrupt_audio": audio.truncated(audio.wav_bytes(2.0)),
    }
    for code, data in cases.items():
        r = deliver(pbx, o.alice.user_id, data, caller_number="+14155550100")
        assert r.status_code == 422 and r.json()["error"]["code"] == code
    bad_caller = deliver(pbx, o.alice.user_id, audio.wav_bytes(0.3), caller_number="12")
    assert bad_caller.status_code == 422
    two = deliver(
        pbx,
        o.alice.user_id,
        audio.wav_bytes(0.3),
        caller_number="+14155550100",
        caller_user_id=o.bob.user_id,
    )
    assert two.status_code == 422 and two.json()["error"]["code"] == "invalid_caller"
    unknown_box = deliver(pbx, "00000000-0000-4000-8000-000000000000", audio.wav_bytes(0.3))
    assert unknown_box.status_code == 404
    assert live.client(o.alice.token).get("/api/v1/voicemail/unread-count").json()["unread"] == 0
    assert rows(live) == (0, 0) and blob_files(live) == []


def test_received_hook_runs_in_the_delivering_transaction(live: LiveServer) -> None:
    """The transcription hook point: hooks see each new message; a failing hook refuses it."""
    o = office(live)
    seen: list[VoicemailReceived] = []
    hooks = live.container.voicemail_hooks
    hooks.on_received.append(lambda session, event: seen.append(event))
    try:
        msg = deliver(live.client(o.admin.token), o.alice.user_id, audio.wav_bytes(0.4)).json()
        assert [(e.message_id, e.mailbox_id, e.duration_ms) for e in seen] == [
            (msg["id"], o.alice.user_id, 400)
        ]

        def broken(session: object, event: VoicemailReceived) -> None:
            raise RuntimeError("transcription queue down")

        hooks.on_received.append(broken)
        r = deliver(live.client(o.admin.token), o.alice.user_id, audio.wav_bytes(0.4))
        assert r.status_code == 500
        assert rows(live) == (1, 0) and len(blob_files(live)) == 1
    finally:
        hooks.on_received.clear()
