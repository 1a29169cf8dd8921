"""How voice intelligence attaches to communications records (wired in the container):
a new recording or voicemail starts the pipeline when the workspace has it switched on; a
deleted recording takes its call's transcript with it (and starts a fresh one if recordings
remain); and the rendition policy serves readers without `intelligence.read_raw` the
redacted audio, never the original, once voice intelligence has processed an item."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from callvault.comms.audio.stored import redacted_kind
from callvault.comms.recordings import service as recordings
from callvault.comms.recordings.hooks import RecordingEvent
from callvault.comms.recordings.service import BLOB_KIND as RECORDING_KIND
from callvault.comms.voicemail.hooks import VoicemailReceived
from callvault.comms.voicemail.media import MESSAGE_KIND
from callvault.core.context import Actor
from callvault.core.permissions import Permission, allows
from callvault.crypto.keyring import Keyring
from callvault.intelligence import config
from callvault.intelligence.errors import RedactionPending
from callvault.intelligence.models import Transcript as TranscriptRow
from callvault.intelligence.pipeline import state
from callvault.storage.encrypted import EncryptedBlobStore


@dataclass(frozen=True)
class Starter:
    keyring: Keyring
    settle_seconds: float

    def _start(self, session: Session, workspace_id: str, source_type: str, source_id: str) -> None:
        settings = config.effective(session, self.keyring, workspace_id)
        if not settings.enabled:
            return
        state.start(
            session,
            workspace_id=workspace_id,
            source_type=source_type,
            source_id=source_id,
            language=settings.language,
            delay_s=self.settle_seconds if source_type == "call" else 0,
        )

    def recording_ready(self, session: Session, event: RecordingEvent) -> None:
        self._start(session, event.workspace_id, "call", event.call_id)

    def recording_deleted(self, session: Session, event: RecordingEvent) -> None:
        session.execute(
            delete(TranscriptRow).where(
                TranscriptRow.workspace_id == event.workspace_id,
                TranscriptRow.source_type == "call",
                TranscriptRow.source_id == event.call_id,
            )
        )
        remaining = recordings.ready_for_call(
            session, workspace_id=event.workspace_id, call_id=event.call_id
        )
        if [r for r in remaining if r.id != event.recording_id]:
            self._start(session, event.workspace_id, "call", event.call_id)

    def voicemail_received(self, session: Session, event: VoicemailReceived) -> None:
        self._start(session, event.workspace_id, "voicemail", event.message_id)


@dataclass(frozen=True)
class RedactedAudioPolicy:
    """Original audio for readers allowed the raw form; the redacted rendition for everyone
    else once the item has a transcript (refused while it is being made); items voice
    intelligence never processed play as they are."""

    blobs: EncryptedBlobStore

    def choose(self, session: Session, *, actor: Actor, kind: str, object_id: str) -> str | None:
        if kind == RECORDING_KIND:
            call_id = recordings.call_of(
                session, workspace_id=actor.workspace_id, recording_id=object_id
            )
            source = ("call", call_id) if call_id else None
        elif kind == MESSAGE_KIND:
            source = ("voicemail", object_id)
        else:
            return None
        if source is None or allows(actor.role, Permission.INTELLIGENCE_READ_RAW, actor.scopes):
            return None
        alt = redacted_kind(kind)
        if self.blobs.exists(workspace_id=actor.workspace_id, kind=alt, object_id=object_id):
            return alt
        if state.for_source(session, actor.workspace_id, *source) is None:
            return None
        raise RedactionPending(
            "This audio is played redacted for your role, and its redacted version is not "
            "ready yet.",
            object_type=source[0],
        )
