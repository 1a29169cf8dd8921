"""Voicemail transcripts, audio withheld from non-raw roles while its redaction is made,
and bad settings input."""

from __future__ import annotations

import pytest

from callvault.comms.voicemail.ingest import ingest_message
from callvault.core.context import Actor
from callvault.intelligence import service as vi
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


def test_voicemail_is_transcribed_and_redacted(vi_container: Container) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    said = speech.speak("Hi, this is a message. Call me back at 415 555 0123 please.")
    out = ingest_message(
        c.db,
        keyring=c.keyring,
        blobs=c.blobs,
        audit=c.audit,
        hooks=c.voicemail_hooks,
        actor=Actor.system(ws),
        mailbox_id=o.member.user_id,
        caller_number="+14155550100",
        caller_user_id=None,
        caller_contact_id=None,
        received_at=None,
        chunks=[speech.wav(said)],
    )
    drain(c)
    with live_server(c) as live:
        member = live.client(f.session_token(c, ws, o.member.user_id)[0])
        t = member.get(f"/api/v1/voicemail/messages/{out.id}/transcript").json()
        text = " ".join(u["text"] for u in t["utterances"])
        assert "[PHONE]" in text and "555" not in text, text
        assert t["residual_pii"] == 0
        audio = member.get(f"/api/v1/voicemail/messages/{out.id}/audio")
        assert audio.status_code == 200 and audio.headers["content-type"] == "audio/wav"


def test_audio_withheld_from_members_until_redacted(vi_container: Container) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = call_to(c, ws, o.member.user_id)
    recording = upload_call_audio(c, ws, call_id, speech.conversation(((0, "Hello there."),)))
    with live_server(c) as live:
        member = live.client(f.session_token(c, ws, o.member.user_id)[0])
        owner = live.client(f.session_token(c, ws, o.owner.user_id)[0])
        r = member.get(f"/api/v1/recordings/{recording}/audio")
        assert r.status_code == 409 and r.json()["error"]["code"] == "redaction_pending"
        assert owner.get(f"/api/v1/recordings/{recording}/audio").status_code == 200
        r = member.get(f"/api/v1/calls/{call_id}/transcript")
        assert r.status_code == 409 and r.json()["error"]["code"] == "intelligence_not_ready"
        drain(c)
        assert member.get(f"/api/v1/recordings/{recording}/audio").status_code == 200
        with c.db.read() as s:
            st = vi.status(s, actor=Actor.system(ws), source_type="call", source_id=call_id)
        assert st.generation == 1


@pytest.mark.parametrize(
    "body",
    [
        {"entity_types": []},
        {"entity_types": ["card_number", "favourite_colour"]},
        {"language": "English"},
        {"audio_redaction": "bleep"},
        {"fail_closed_digits": "yes"},  # booleans are booleans, not words or numbers
        {"fail_closed_digits": 1},
        {"redact_party_names": None, "fail_closed_digits": "off"},
        {"hide_flagged": "yes"},
        {"hide_flagged": 1},
        {"entity_types": ["card_expiry", "cvv"]},
        {"llm_base_url": "http://llm.example.com"},  # plain HTTP off this machine
        {"llm_base_url": "https://llm.example.com"},  # no model named
        {"llm_base_url": "not a url", "llm_model": "m"},
        {"enabled": True, "surprise": 1},
    ],
)
def test_bad_settings_are_refused_and_change_nothing(
    vi_container: Container, body: dict[str, object]
) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    with live_server(c) as live:
        owner = live.client(f.session_token(c, ws, o.owner.user_id)[0])
        before = owner.get("/api/v1/intelligence/settings").json()
        r = owner.patch("/api/v1/intelligence/settings", json=body)
        assert r.status_code == 422, r.text
        assert "error" in r.json()
        assert owner.get("/api/v1/intelligence/settings").json() == before
