"""Who sees a recording is who sees its call: the people on it, their team's supervisor,
admins; not other members, not auditors. Only admins upload and delete."""

from __future__ import annotations

import pytest

from tests.integration.comms.calls.helpers import office
from tests.integration.comms.recordings.helpers import alice_call, upload
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def test_visibility_per_role(live: LiveServer) -> None:
    o = office(live)
    call_id = alice_call(live, o)
    data = audio.wav_bytes(0.5)
    rid = upload(live.client(o.admin.token), call_id, data).json()["id"]
    expected = {
        "owner": 200,
        "admin": 200,
        "alice": 200,  # on the call
        "sup": 200,  # supervises alice's team
        "bob": 404,
        "lonely_sup": 404,
        "auditor": 403,
    }
    for name, status in expected.items():
        api = live.client(getattr(o, name).token)
        assert api.get(f"/api/v1/recordings/{rid}").status_code == status, name
        audio_r = api.get(f"/api/v1/recordings/{rid}/audio", headers={"range": "bytes=0-9"})
        assert audio_r.status_code == (206 if status == 200 else status), name
        if status == 200:
            assert audio_r.content == data[:10]
        listing = api.get(f"/api/v1/calls/{call_id}/recordings")
        assert listing.status_code == status, name
        assert api.post(f"/api/v1/recordings/{rid}/playback").status_code == status, name
    for name in ("alice", "sup", "bob", "auditor"):
        api = live.client(getattr(o, name).token)
        assert upload(api, call_id, data).status_code == 403, name
        assert api.delete(f"/api/v1/recordings/{rid}").status_code == 403, name


def test_other_workspace_sees_nothing(live: LiveServer) -> None:
    o, other = office(live), office(live, "other")
    rid = upload(live.client(o.admin.token), alice_call(live, o), audio.wav_bytes(0.5)).json()["id"]
    api = live.client(other.owner.token)
    assert api.get(f"/api/v1/recordings/{rid}").status_code == 404
    assert api.get(f"/api/v1/recordings/{rid}/audio").status_code == 404
    assert api.post(f"/api/v1/recordings/{rid}/playback").status_code == 404
    assert api.delete(f"/api/v1/recordings/{rid}").status_code == 404
    assert live.client(o.admin.token).get(f"/api/v1/recordings/{rid}/audio").status_code == 200
