"""A marker inside the audio samples never appears in plaintext in the blob directory or
the database; it comes back intact through the API."""

from __future__ import annotations

import pytest

from tests.integration.api.test_no_plaintext_at_rest import MARKER, database_contains
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.recordings.helpers import alice_call, blob_files, upload
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def test_audio_marker_never_stored_in_plaintext(live: LiveServer) -> None:
    o = office(live)
    api = live.client(o.admin.token)
    data = audio.wav_bytes(1.0, marker=MARKER.encode())
    assert MARKER.encode() in data
    rid = upload(api, alice_call(live, o), data).json()["id"]
    assert MARKER.encode() in api.get(f"/api/v1/recordings/{rid}/audio").content
    files = blob_files(live)
    assert len(files) == 1
    for path in files:
        stored = path.read_bytes()
        assert MARKER.encode() not in stored and b"RIFF" not in stored
    assert database_contains(live, MARKER) == []
