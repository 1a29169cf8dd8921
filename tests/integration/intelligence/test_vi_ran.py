"""A call's `vi_ran` turns true once the whole voice-intelligence pipeline has run on its
recording: the real recogniser on generated speech, read back through the HTTPS API."""

from __future__ import annotations

import pytest

from callvault.wiring import Container
from tests.integration.intelligence.helpers import (
    call_to,
    drain,
    office,
    upload_call_audio,
)
from tests.support import factories as f
from tests.support import speech
from tests.support.live import live_server

pytestmark = pytest.mark.slow


def test_vi_ran_after_the_whole_pipeline(vi_container: Container) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = call_to(c, ws, o.member.user_id)
    upload_call_audio(
        c, ws, call_id, speech.conversation(((0, "I want a refund."), (1, "Of course.")))
    )
    with live_server(c) as live:
        api = live.client(f.session_token(c, ws, o.member.user_id)[0])
        assert api.get(f"/api/v1/calls/{call_id}").json()["vi_ran"] is False
        assert drain(c) >= 5  # transcribe, redact, verify, analyse, index
        stages = api.get(f"/api/v1/calls/{call_id}/intelligence").json()["stages"]
        assert {s["state"] for s in stages} <= {"done", "degraded"}, stages
        assert api.get(f"/api/v1/calls/{call_id}").json()["vi_ran"] is True
        listed = api.get("/api/v1/calls").json()["calls"]
        assert [x["vi_ran"] for x in listed if x["id"] == call_id] == [True]
