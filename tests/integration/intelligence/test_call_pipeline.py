"""A recorded call through the whole pipeline, with real speech, the real recogniser, real
crypto and the real HTTP API: transcript, redaction of text and audio, verification, notes,
sentiment, moments, search, access by role, and deletion taking everything with the call."""

from __future__ import annotations

import re

import numpy as np
import pytest
from sqlalchemy import func, select

from callvault.comms.audio.stored import redacted_kind
from callvault.core.context import Actor
from callvault.intelligence.asr.audio import decode
from callvault.intelligence.dictionary import service as dictionary
from callvault.intelligence.models import MomentHit, SearchToken, StageRun, Transcript
from callvault.intelligence.moments import service as moments
from callvault.intelligence.schemas import MomentIn, TermIn
from callvault.wiring import Container
from tests.integration.intelligence.helpers import (
    TURNS,
    call_to,
    drain,
    office,
    upload_call_audio,
)
from tests.support import factories as f
from tests.support import speech
from tests.support.live import live_server

pytestmark = pytest.mark.slow


def _vocabulary(c: Container, workspace_id: str) -> None:
    system = Actor.system(workspace_id)
    with c.db.write() as s:
        term = dictionary.add_term(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=system,
            data=TermIn(term="Zentrix", aliases=["Zen tricks", "Zentricks"], category="competitor"),
        )
        moments.create_moment(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=system,
            data=MomentIn(name="Competitor mentioned", term_ids=[term.id]),
        )
        moments.create_moment(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=system,
            data=MomentIn(
                name="Refund asked",
                phrases=["want a refund", "want to refund"],  # as the recogniser may hear it
                speakers=["caller"],
            ),
        )


def test_recorded_call_end_to_end(vi_container: Container) -> None:
    c = vi_container
    o = office(c, party_names_kept=True)  # so that notes name action items' owners
    ws = o.owner.workspace_id
    _vocabulary(c, ws)
    call_id = call_to(c, ws, o.member.user_id)
    original = speech.conversation(TURNS)
    recording_id = upload_call_audio(c, ws, call_id, original)
    assert drain(c) >= 5  # transcribe, redact, verify, analyse, index

    with live_server(c) as live:
        member = live.client(f.session_token(c, ws, o.member.user_id)[0])
        owner = live.client(f.session_token(c, ws, o.owner.user_id)[0])
        base = f"/api/v1/calls/{call_id}"

        status = member.get(f"{base}/intelligence").json()
        assert {s["stage"]: s["state"] for s in status["stages"]} == {
            "transcribe": "done",
            "redact": "done",
            "verify": "done",
            "analyse": "done",
            "index": "done",
        }, status
        assert status["model"] == "bundled:whisper-base"  # the post-call default (ADR 0020)

        red = member.get(f"{base}/transcript").json()
        text = " ".join(u["text"] for u in red["utterances"])
        assert "[CARD_NUMBER]" in text
        assert "4111" not in text and "1111" not in text
        assert {u["speaker"] for u in red["utterances"]} == {"caller", "callee"}
        assert red["residual_pii"] == 0
        card = next(r for r in red["redactions"] if r["type"] == "card_number")
        u = red["utterances"][card["span"]["utterance"]]
        assert u["text"][card["span"]["start"] : card["span"]["end"]] == "[CARD_NUMBER]"
        assert u["speaker"] == "caller" and card["span"]["end_ms"] > card["span"]["start_ms"]
        assert "Zentrix" in text  # the dictionary spelling

        assert member.get(f"{base}/transcript", params={"view": "raw"}).status_code == 403
        raw = owner.get(f"{base}/transcript", params={"view": "raw"}).json()
        # However the recogniser grouped the digits ("4111 1111", "41 11 11"): they are there.
        assert "4111" in re.sub(r"\D", "", " ".join(x["text"] for x in raw["utterances"]))

        # Audio: the member hears the redacted rendition, the owner the original.
        heard = member.get(f"/api/v1/recordings/{recording_id}/audio")
        assert heard.status_code == 200 and heard.headers["content-type"] == "audio/wav"
        assert owner.get(f"/api/v1/recordings/{recording_id}/audio").content == original
        before, after = decode(original), decode(heard.content)
        assert abs(before.duration_ms - after.duration_ms) <= 5  # duration kept
        start, end = card["span"]["start_ms"], card["span"]["end_ms"]
        seg = slice(start * 16, end * 16)
        assert not np.allclose(before.channels[0][seg], after.channels[0][seg], atol=1e-3)
        quiet_before = slice(0, 200 * 16)  # untouched audio stays as it was
        assert np.allclose(
            before.channels[0][quiet_before], after.channels[0][quiet_before], atol=2e-3
        )

        notes = member.get(f"{base}/notes").json()
        assert notes["source"] == "extractive" and notes["summary"]
        for line in notes["summary"]:
            assert line["evidence"] and all(e["end"] > e["start"] for e in line["evidence"])
        refund = [a for a in notes["action_items"] if "refund" in a["what"].lower()]
        assert refund, notes
        # Owned by the person behind the party: the member user took the call (callee).
        assert (refund[0]["owner"], refund[0]["party"]) == ("member user", "callee"), refund
        assert not {a["owner"] for a in notes["action_items"]} & {"caller", "callee"}

        senti = member.get(f"{base}/sentiment").json()
        caller = next(s for s in senti["speakers"] if s["speaker"] == "caller")
        # The complaint (on hold for forty minutes, wants a refund) is read negative and is
        # the caller's evidence. The caller's label is a weighted mean over two turns, the
        # other one a card number, so it sits near the neutral band's edge (-0.2): the
        # overall is asserted to lean negative, not to cross a threshold.
        complaint = next(
            u for u in senti["utterances"] if u["speaker"] == "caller" and u["label"] != "neutral"
        )
        assert complaint["label"] == "negative" and complaint["evidence"]
        assert caller["overall"] < 0 and caller["evidence"]
        assert {e["utterance"] for e in caller["evidence"]} == {complaint["utterance"]}
        assert senti["degraded_reason"] is None  # the sentence model ran (ADR 0030)

        hits = member.get(f"{base}/moments").json()["hits"]
        names = {h["name"]: h["text"] for h in hits}
        assert "Zentrix" in names["Competitor mentioned"]
        assert names["Refund asked"].lower() in ("want a refund", "want to refund")

        found = member.post("/api/v1/intelligence/search", json={"q": "refund"}).json()["hits"]
        assert [h["source_id"] for h in found] == [call_id]
        assert member.post("/api/v1/intelligence/search", json={"q": "4111"}).json()["hits"] == []

        # Deleting the call takes the transcript, its outputs, index and renditions with it.
        assert owner.delete(base).status_code in (200, 204)
    drain(c)
    with c.db.read() as s:
        for model in (Transcript, StageRun, SearchToken, MomentHit):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model
    assert not c.blobs.exists(
        workspace_id=ws, kind=redacted_kind("recording"), object_id=recording_id
    )
