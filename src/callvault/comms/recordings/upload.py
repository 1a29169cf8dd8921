"""Uploading a call's recording (`upload_recording`): the bytes are streamed into the
encrypted blob store as they arrive, decoded back with PyAV, and only then does the recording
exist. Anything that goes wrong (not audio, damaged, cut off, over the size limit, the call
deleted meanwhile) leaves neither row nor blob.

Runs in a worker thread (it blocks on the chunk iterator), with short transactions of its own:
no write lock is held while bytes arrive."""

from __future__ import annotations

from collections.abc import Iterable

from callvault.audit.service import AuditLog
from callvault.comms.audio.stored import store_audio
from callvault.comms.calls import service as calls
from callvault.comms.calls.errors import CallNotFound
from callvault.comms.calls.visibility import Visibility
from callvault.comms.recordings import repository as repo
from callvault.comms.recordings.errors import InvalidChannelMap
from callvault.comms.recordings.hooks import RecordingEvent, RecordingHooks
from callvault.comms.recordings.models import READY, UPLOADING, Recording
from callvault.comms.recordings.schemas import MAX_MAPPED_CHANNELS, Party, RecordingOut
from callvault.comms.recordings.service import BLOB_KIND, recording_out
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.db.engine import Database
from callvault.storage.blobstore import Chunk
from callvault.storage.encrypted import EncryptedBlobStore


def check_parties(party: Party | None, channel_map: list[Party] | None) -> None:
    """Raise InvalidChannelMap for a combination that can never fit a file."""
    if party is not None and channel_map is not None:
        raise InvalidChannelMap(
            "Give either party (a single-party file) or channel_map, not both.",
            field="channel_map",
        )
    if channel_map is not None and not 1 <= len(channel_map) <= MAX_MAPPED_CHANNELS:
        raise InvalidChannelMap(
            f"channel_map names 1 to {MAX_MAPPED_CHANNELS} channels.", field="channel_map"
        )


def upload_recording(
    db: Database,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    actor: Actor,
    call_id: str,
    party: Party | None,
    channel_map: list[Party] | None,
    chunks: Iterable[Chunk],
    hooks: RecordingHooks | None = None,
) -> RecordingOut:
    """Store one recording of a call from a stream of bytes; validated before it exists."""
    require(actor.role, actor.scopes, Permission.RECORDINGS_UPLOAD)
    check_parties(party, channel_map)
    ws = actor.workspace_id
    with db.write() as session:
        # Uploaders are workspace-wide (admins, integration tokens): any call of the workspace.
        call = calls.visible_call(session, actor, Visibility(None), call_id)
        row = Recording(
            workspace_id=ws,
            call_id=call.id,
            state=UPLOADING,
            party=party.value if party else None,
            channel_map=[p.value for p in channel_map] if channel_map else None,
            uploaded_by=actor.actor_id,
        )
        session.add(row)
        session.flush()
        recording_id = row.id
    try:
        stored = store_audio(
            db, blobs, workspace_id=ws, kind=BLOB_KIND, object_id=recording_id, chunks=chunks
        )
        if channel_map is not None and len(channel_map) != stored.info.channels:
            raise InvalidChannelMap(
                f"channel_map names {len(channel_map)} channel(s); the file has "
                f"{stored.info.channels}.",
                field="channel_map",
            )
        with db.write() as session:
            row_now = repo.get(session, ws, recording_id)
            if row_now is None or not calls.set_recorded(
                session, workspace_id=ws, call_id=call_id, recorded=True
            ):
                # The call (and with it this pending row) was deleted while bytes arrived.
                raise CallNotFound("Call not found.", object_type="call")
            info = stored.info
            row_now.container, row_now.codec = info.container, info.codec
            row_now.media_type, row_now.sample_rate = info.media_type, info.sample_rate
            row_now.channels, row_now.duration_ms = info.channels, info.duration_ms
            row_now.size_bytes, row_now.state, row_now.ready_at = stored.size, READY, utcnow()
            session.flush()
            audit.record(
                session,
                workspace_id=ws,
                actor=actor,
                action="recording.create",
                object_type="recording",
                object_id=recording_id,
                details={
                    "call_id": call_id,
                    "size_bytes": stored.size,
                    "duration_ms": info.duration_ms,
                    "codec": info.codec,
                },
            )
            if hooks is not None:
                hooks.ready(
                    session,
                    RecordingEvent(workspace_id=ws, recording_id=recording_id, call_id=call_id),
                )
            return recording_out(row_now)
    except BaseException:
        blobs.delete(workspace_id=ws, kind=BLOB_KIND, object_id=recording_id)
        with db.write() as session:
            repo.delete_ids(session, ws, [recording_id])
        raise
