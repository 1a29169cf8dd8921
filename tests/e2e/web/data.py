"""Real data for the browser tests, written through the services (as the API would)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from callvault.comms.audio.stored import redacted_kind
from callvault.comms.calls import service as calls
from callvault.comms.recordings.service import BLOB_KIND
from callvault.comms.recordings.upload import upload_recording
from callvault.comms.voicemail.ingest import ingest_message
from callvault.comms.voicemail.media import MESSAGE_KIND
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType
from callvault.wiring import Container
from tests.support import audio
from tests.support import factories as f
from tests.support import vi_factories as vi
from tests.support.transcripts import build_transcript


def call(
    c: Container,
    workspace_id: str,
    user_id: str,
    *,
    direction: str = "inbound",
    number: str = "+14155550100",
    minutes_ago: int = 0,
    seconds: int = 90,
    disposition: str = "answered",
) -> str:
    """An ended call between an outside number and the user (answered unless told)."""
    started = utcnow() - timedelta(minutes=minutes_ago, seconds=seconds)
    outside, inside = {"number": number}, {"user_id": user_id}
    caller, callee = (outside, inside) if direction == "inbound" else (inside, outside)
    external = f.unique("web")
    events = [
        {
            "type": "call.started",
            "occurred_at": started,
            "direction": direction,
            "caller": caller,
            "callee": callee,
        },
        *(
            [{"type": "call.answered", "occurred_at": started + timedelta(seconds=5)}]
            if disposition == "answered"
            else []
        ),
        {
            "type": "call.ended",
            "occurred_at": started + timedelta(seconds=seconds),
            "disposition": disposition,
        },
    ]
    return f.ingest_events(c, workspace_id, external, events)


ORIGINAL_SECONDS = 1.0


def redacted_seconds(lines: Sequence[tuple[str, str]] = vi.LINES) -> float:
    """How long the redacted rendition analysed() stores is: unlike the original's."""
    return build_transcript(lines).duration_ms / 1000 + 1


def analysed(
    c: Container,
    workspace_id: str,
    call_id: str,
    lines: Sequence[tuple[str, str]] = vi.LINES,
    types: frozenset[EntityType] = DEFAULT_TYPES,
    *,
    hide: bool = False,
) -> None:
    """A transcript (redacted by the real redaction; hide: and what the leak check flags
    hidden, `vi.seed_transcript`), notes and a recording for the call,
    with a redacted rendition of the audio (as the pipeline would make) of another length
    than the original, so a test can tell which one the browser was given."""
    vi.seed_transcript(c, workspace_id, "call", call_id, lines, types, hide=hide)
    with c.db.write() as s:
        calls.set_vi_ran(s, workspace_id=workspace_id, call_id=call_id)
    recording = upload_recording(
        c.db,
        blobs=c.blobs,
        audit=c.audit,
        actor=Actor.system(workspace_id),
        call_id=call_id,
        party=None,
        channel_map=None,
        chunks=[audio.wav_bytes(ORIGINAL_SECONDS)],
    )
    with c.db.read() as s:
        c.blobs.put(
            s,
            workspace_id=workspace_id,
            kind=redacted_kind(BLOB_KIND),
            object_id=recording.id,
            chunks=[audio.wav_bytes(redacted_seconds(lines), rate=8000)],
        )


def voicemail(
    c: Container, workspace_id: str, mailbox_id: str, *, number: str, seconds: float
) -> str:
    """A message in the user's mailbox from an outside number (not yet transcribed)."""
    out = ingest_message(
        c.db,
        keyring=c.keyring,
        blobs=c.blobs,
        audit=c.audit,
        hooks=c.voicemail_hooks,
        actor=Actor.system(workspace_id),
        mailbox_id=mailbox_id,
        caller_number=number,
        caller_user_id=None,
        caller_contact_id=None,
        received_at=None,
        chunks=[audio.wav_bytes(seconds)],
    )
    return out.id


def transcribed(
    c: Container, workspace_id: str, message_id: str, lines: Sequence[tuple[str, str]]
) -> None:
    """A transcript (redacted by the real redaction) and a redacted rendition of the audio for
    a voicemail message, as the pipeline would leave them."""
    vi.seed_transcript(c, workspace_id, "voicemail", message_id, lines)
    with c.db.read() as s:
        c.blobs.put(
            s,
            workspace_id=workspace_id,
            kind=redacted_kind(MESSAGE_KIND),
            object_id=message_id,
            chunks=[audio.wav_bytes(redacted_seconds(lines), rate=8000)],
        )
