"""Whose voicemail who reads: the mailbox owner, their team's supervisor, admins; not other
members, not auditors. Only the owner marks; the owner or an admin deletes."""

from __future__ import annotations

import pytest

from tests.integration.api.test_no_plaintext_at_rest import MARKER, database_contains
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.recordings.helpers import blob_files
from tests.integration.comms.voicemail.helpers import deliver
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def test_visibility_per_role(live: LiveServer) -> None:
    o = office(live)
    msg = deliver(live.client(o.admin.token), o.alice.user_id, audio.wav_bytes(0.3)).json()
    expected = {
        "owner": 200,
        "admin": 200,
        "alice": 200,
        "sup": 200,
        "bob": 404,
        "lonely_sup": 404,
        "auditor": 403,
    }
    for name, status in expected.items():
        api = live.client(getattr(o, name).token)
        assert api.get(f"/api/v1/voicemail/messages/{msg['id']}").status_code == status, name
        audio_r = api.get(f"/api/v1/voicemail/messages/{msg['id']}/audio")
        assert audio_r.status_code == status, name
        listed = api.get("/api/v1/voicemail/messages")
        if status == 403:
            assert listed.status_code == 403
        else:
            ids = [m["id"] for m in listed.json()["messages"]]
            assert ids == ([msg["id"]] if status == 200 else []), name
        marked = api.patch(f"/api/v1/voicemail/messages/{msg['id']}", json={"read": True})
        assert marked.status_code == (200 if name == "alice" else 403 if status == 403 else 404)
    for name in ("sup", "bob"):
        r = live.client(getattr(o, name).token).delete(f"/api/v1/voicemail/messages/{msg['id']}")
        assert r.status_code == 404, name
    assert (
        live.client(o.alice.token)
        .post(f"/api/v1/voicemail/mailboxes/{o.bob.user_id}/messages", content=b"x")
        .status_code
        == 403
    )  # only the telephony side delivers
    other = office(live, "other")
    assert (
        live.client(other.owner.token).get(f"/api/v1/voicemail/messages/{msg['id']}").status_code
        == 404
    )
    assert (
        deliver(live.client(other.owner.token), o.alice.user_id, audio.wav_bytes(0.3)).status_code
        == 404
    )


def test_caller_number_and_audio_never_in_plaintext(live: LiveServer) -> None:
    o = office(live)
    data = audio.wav_bytes(0.5, marker=MARKER.encode())
    number = "+442079460958"
    msg = deliver(live.client(o.admin.token), o.alice.user_id, data, caller_number=number).json()
    alice = live.client(o.alice.token)
    assert alice.get(f"/api/v1/voicemail/messages/{msg['id']}").json()["caller"]["number"] == number
    assert MARKER.encode() in alice.get(f"/api/v1/voicemail/messages/{msg['id']}/audio").content
    for path in blob_files(live):
        assert MARKER.encode() not in path.read_bytes()
    assert database_contains(live, MARKER) == []
    assert database_contains(live, number.removeprefix("+")) == []
