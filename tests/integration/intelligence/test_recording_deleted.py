"""Deleting one recording of a call drops the call's transcript and everything made from it
(and its redacted rendition); if recordings remain, a fresh run over them is queued."""

from __future__ import annotations

from sqlalchemy import func, select

from callvault.comms.audio.stored import redacted_kind
from callvault.comms.recordings import service as recordings
from callvault.core.context import Actor
from callvault.intelligence.models import Output, SearchToken, StageRun, Transcript
from callvault.intelligence.pipeline import state
from callvault.wiring import Container
from tests.integration.intelligence.helpers import call_to, office, upload_call_audio
from tests.support import audio
from tests.support.vi_factories import seed_transcript


def test_deleting_a_recording_drops_and_requeues_the_transcript(vi_container: Container) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = call_to(c, ws, o.member.user_id)
    first = upload_call_audio(c, ws, call_id, audio.wav_bytes(0.5, channels=2))
    upload_call_audio(c, ws, call_id, audio.wav_bytes(0.5, channels=2))
    with c.db.write() as s:  # what the pipeline would have made (without running speech)
        for row in s.execute(select(Transcript)).scalars():
            s.delete(row)
    old = seed_transcript(c, ws, "call", call_id)
    with c.db.read() as s:
        c.blobs.put(
            s, workspace_id=ws, kind=redacted_kind("recording"), object_id=first, chunks=[b"x"]
        )
    with c.db.write() as s:
        recordings.delete_recording(
            s,
            blobs=c.blobs,
            audit=c.audit,
            actor=Actor.system(ws),
            recording_id=first,
            hooks=c.recording_hooks,
        )
    with c.db.read() as s:
        assert s.get(Transcript, old) is None
        for model in (Output, SearchToken):
            assert s.scalar(select(func.count()).select_from(model)) == 0
        fresh = state.for_source(s, ws, "call", call_id)
        assert fresh is not None and fresh.id != old and fresh.raw_sealed is None
        stages = {r.stage: r.state for r in s.execute(select(StageRun)).scalars()}
        assert stages["transcribe"] == "queued"
    assert not c.blobs.exists(workspace_id=ws, kind=redacted_kind("recording"), object_id=first)
