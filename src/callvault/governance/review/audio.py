"""The audio of the snippet a reviewer holds: the utterance's time range cut from the call's
REDACTED rendition (never the original), the speaker's channel only. Only the reviewer who
holds the snippet gets it, and only while they hold it."""

from __future__ import annotations

from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.review.models import CLAIMED, ReviewSnippet
from callvault.governance.training.clips import redacted_audio_exists, speaker_clip
from callvault.intelligence import redacted as transcripts
from callvault.intelligence.pipeline.sources import SourceGone, audio_objects
from callvault.storage.encrypted import EncryptedBlobStore


def _gone() -> NotFound:
    return NotFound("No audio for a snippet in your hands.", object_type="review_snippet")


def snippet_audio(
    db: Database,
    *,
    keyring: Keyring,
    blobs: EncryptedBlobStore,
    actor: Actor,
    snippet_id: str,
) -> bytes:
    """A WAV clip of the held snippet's sentence (NotFound otherwise)."""
    require(actor.role, actor.scopes, Permission.REVIEW_WORK)
    ws = actor.workspace_id
    with db.read() as session:
        row = session.get(ReviewSnippet, snippet_id)
        if (
            row is None
            or row.workspace_id != ws
            or row.state != CLAIMED
            or row.claimed_by != actor.actor_id
        ):
            raise _gone()
        call_id, utterance = row.call_id, row.utterance
        redacted = transcripts.redacted_transcript(
            session,
            cipher=keyring.cipher(session, ws),
            workspace_id=ws,
            transcript_id=row.transcript_id,
        )
        if redacted is None:
            raise _gone()
    u = next((x for x in redacted.utterances if x.index == utterance), None)
    if u is None:
        raise _gone()
    try:
        objects = audio_objects(db, workspace_id=ws, source_type="call", source_id=call_id)
    except SourceGone:
        raise _gone() from None
    if not redacted_audio_exists(blobs, ws, objects):
        raise _gone()  # no redacted rendition: never the original
    with db.read() as session:
        return speaker_clip(
            blobs,
            session,
            workspace_id=ws,
            objects=objects,
            speaker=u.speaker,
            start_ms=u.start_ms,
            end_ms=u.end_ms,
        )
