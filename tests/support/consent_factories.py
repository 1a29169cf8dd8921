"""AI-use fixtures without speech: recorded calls with a seeded, verified transcript and a
redacted WAV rendition, consent changes, and review snippets made straight in the tables."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import update

from callvault.comms.audio.stored import redacted_kind
from callvault.comms.recordings.service import BLOB_KIND
from callvault.comms.recordings.upload import upload_recording
from callvault.core.context import Actor
from callvault.governance.consent import service as consent
from callvault.governance.consent.schemas import ConsentIn, Level, Setting
from callvault.governance.review.models import ReviewSample, ReviewSnippet
from callvault.intelligence.models import Transcript
from callvault.wiring import Container
from tests.support import audio
from tests.support import vi_factories as vi
from tests.support.calls import started_call
from tests.support.transcripts import build_transcript

CALLER_NUMBER = "+14155550177"


def eligible_call(
    c: Container,
    workspace_id: str,
    user_id: str,
    lines: Sequence[tuple[str, str]] = vi.LINES,
    *,
    residual_pii: int | None = 0,
    redacted_audio: bool = True,
) -> str:
    """A recorded call (external caller to the user) with a verified redacted transcript and a
    redacted rendition long enough for every utterance; returns the call id."""
    call_id = started_call(
        c, workspace_id, {"number": CALLER_NUMBER}, {"user_id": user_id}, prefix="ai"
    )
    recording = upload_recording(
        c.db,
        blobs=c.blobs,
        audit=c.audit,
        actor=Actor.system(workspace_id),
        call_id=call_id,
        party=None,
        channel_map=None,
        chunks=[audio.wav_bytes(0.2)],
    )
    transcript_id = vi.seed_transcript(c, workspace_id, "call", call_id, lines)
    with c.db.write() as s:
        s.execute(
            update(Transcript)
            .where(Transcript.id == transcript_id)
            .values(residual_pii=residual_pii)
        )
    if redacted_audio:
        seconds = build_transcript(lines).duration_ms / 1000 + 1
        with c.db.read() as s:
            c.blobs.put(
                s,
                workspace_id=workspace_id,
                kind=redacted_kind(BLOB_KIND),
                object_id=recording.id,
                chunks=[audio.wav_bytes(seconds, rate=8000)],
            )
    return call_id


def set_consent(
    c: Container,
    workspace_id: str,
    level: Level,
    subject_id: str,
    setting: Setting,
    allowed: bool,
) -> None:
    with c.db.write() as s:
        consent.set_level(
            s,
            audit=c.audit,
            actor=Actor.system(workspace_id),
            level=level,
            subject_id=subject_id,
            data=ConsentIn(setting=setting, allowed=allowed),
        )


def opt_in_workspace(c: Container, workspace_id: str) -> None:
    for setting in Setting:
        set_consent(c, workspace_id, Level.WORKSPACE, workspace_id, setting, True)


def snippet_of(c: Container, workspace_id: str, user_id: str) -> str:
    """A pending review snippet from a call with the user (made directly, no sampling)."""
    call_id = eligible_call(c, workspace_id, user_id, redacted_audio=False)
    with c.db.write() as s:
        transcript = s.query(Transcript).filter_by(call_id=call_id).one()
        sample = ReviewSample(
            workspace_id=workspace_id,
            rate=1.0,
            eligible_calls=1,
            eligible_utterances=1,
            drawn=1,
            consent_seq=0,
            requested_by="test",
        )
        s.add(sample)
        s.flush()
        row = ReviewSnippet(
            workspace_id=workspace_id,
            sample_id=sample.id,
            call_id=call_id,
            transcript_id=transcript.id,
            utterance=0,
            order_key=1,
            text_sealed=b"",
        )
        s.add(row)
        s.flush()
        row.text_sealed = c.keyring.cipher(s, workspace_id).seal_text(
            "a snippet", kind="review_snippet", object_id=row.id, field="text"
        )
        return row.id
