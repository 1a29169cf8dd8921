"""Greetings: set, play (also to the telephony side), replace (the old blob goes), delete."""

from __future__ import annotations

import pytest

from tests.integration.comms.calls.helpers import office
from tests.integration.comms.recordings.helpers import blob_files
from tests.integration.comms.voicemail.helpers import rows, set_greeting
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def test_greeting_lifecycle(live: LiveServer) -> None:
    o = office(live)
    alice = live.client(o.alice.token)
    box = f"/api/v1/voicemail/mailboxes/{o.alice.user_id}/greeting"
    assert alice.get(box).status_code == 404
    first = audio.wav_bytes(1.0)
    r = set_greeting(alice, o.alice.user_id, first)
    assert r.status_code == 200, r.text
    assert r.json()["audio"]["duration_ms"] == 1000
    assert alice.get(f"{box}/audio").content == first
    assert alice.get(f"{box}/audio", headers={"range": "bytes=100-199"}).content == first[100:200]
    # The telephony side (an admin's token) plays it to callers; bob may not.
    assert live.client(o.admin.token).get(f"{box}/audio").content == first
    assert live.client(o.bob.token).get(f"{box}/audio").status_code == 404
    assert live.client(o.auditor.token).get(f"{box}/audio").status_code == 403
    assert set_greeting(live.client(o.bob.token), o.alice.user_id, first).status_code == 404

    link = alice.post(f"{box}/playback").json()["url"]
    assert live.client().get(link).content == first
    (old_blob,) = [p.name for p in blob_files(live)]

    second = audio.encoded("mp3", 1.0)
    replaced = set_greeting(alice, o.alice.user_id, second)
    assert replaced.status_code == 200 and replaced.json()["audio"]["codec"] == "mp3float"
    assert alice.get(f"{box}/audio").content == second
    assert [p.name for p in blob_files(live)] == [replaced.json()["id"]] != [old_blob]
    assert live.client().get(link).status_code == 404  # the link named the old greeting
    bad = set_greeting(alice, o.alice.user_id, b"not audio at all" * 10)
    assert bad.status_code == 422
    assert alice.get(f"{box}/audio").content == second  # a failed replacement changes nothing
    assert rows(live) == (0, 1)
    # Callers sit through a greeting: one longer than five minutes is refused, and changes
    # nothing either (an outside probe stored one of four hours).
    long = set_greeting(alice, o.alice.user_id, audio.wav_bytes(301.0, rate=8000))
    assert long.status_code == 422 and long.json()["error"]["code"] == "greeting_too_long"
    assert alice.get(f"{box}/audio").content == second
    assert rows(live) == (0, 1) and [p.name for p in blob_files(live)] == [replaced.json()["id"]]
    assert (
        set_greeting(alice, o.alice.user_id, audio.wav_bytes(300.0, rate=8000)).status_code == 200
    )
    assert set_greeting(alice, o.alice.user_id, second).status_code == 200

    gone = alice.delete(box)
    assert gone.status_code == 200 and gone.json()["object_type"] == "voicemail_greeting"
    assert alice.get(box).status_code == 404
    assert rows(live) == (0, 0) and blob_files(live) == []
