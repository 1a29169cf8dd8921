"""Recordings made while a live call runs (ADR 0022): the row exists, 'uploading', from the
moment recording starts (so a media process that dies mid-call leaves a row the stale-upload
sweep removes, never an unnoticed blob); the media engine streams the encrypted Ogg/Opus
blob under the row's id; `finish_live_recording` then vouches for it exactly as an upload is
vouched for (decoded back through the decrypting reader) and makes it ready — or removes row
and blob if it is unusable or the call is gone."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.audio.blobfile import BlobFile
from callvault.comms.audio.probe import probe
from callvault.comms.calls import service as calls
from callvault.comms.calls.errors import CallNotFound
from callvault.comms.calls.visibility import Visibility
from callvault.comms.recordings import repository as repo
from callvault.comms.recordings.errors import InvalidChannelMap
from callvault.comms.recordings.hooks import RecordingEvent, RecordingHooks
from callvault.comms.recordings.models import READY, UPLOADING, Recording
from callvault.comms.recordings.schemas import Party, RecordingOut
from callvault.comms.recordings.service import BLOB_KIND, recording_out
from callvault.comms.recordings.upload import check_parties
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.db.engine import Database
from callvault.storage.encrypted import EncryptedBlobStore

LIVE_ACTOR = "live-call"


def begin_live_recording(
    session: Session, *, workspace_id: str, call_id: str, channel_map: list[Party]
) -> str:
    """The pending row for a live call's recording; its id is the blob the engine writes."""
    check_parties(None, channel_map)
    system = Actor.system(workspace_id, reason=LIVE_ACTOR)
    call = calls.visible_call(session, system, Visibility(None), call_id)  # the system sees all
    row = Recording(
        workspace_id=workspace_id,
        call_id=call.id,
        state=UPLOADING,
        party=None,
        channel_map=[p.value for p in channel_map],
        uploaded_by=LIVE_ACTOR,
    )
    session.add(row)
    session.flush()
    return row.id


def finish_live_recording(
    db: Database,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    workspace_id: str,
    recording_id: str,
    hooks: RecordingHooks | None = None,
) -> RecordingOut:
    """Check the engine's blob and make the recording ready (audited as a system action)."""
    ws = workspace_id
    try:
        with db.read() as session:
            reader = BlobFile(
                blobs, session, workspace_id=ws, kind=BLOB_KIND, object_id=recording_id
            )
            info = probe(reader, size=reader.size)  # type: ignore[arg-type]
            size = reader.size
        with db.write() as session:
            row = repo.get(session, ws, recording_id)
            if row is None or not calls.set_recorded(
                session, workspace_id=ws, call_id=row.call_id, recorded=True
            ):
                raise CallNotFound("Call not found.", object_type="call")
            if row.channel_map is not None and len(row.channel_map) != info.channels:
                raise InvalidChannelMap(
                    f"The recording has {info.channels} channel(s), not {len(row.channel_map)}.",
                    field="channel_map",
                )
            row.container, row.codec = info.container, info.codec
            row.media_type, row.sample_rate = info.media_type, info.sample_rate
            row.channels, row.duration_ms = info.channels, info.duration_ms
            row.size_bytes, row.state, row.ready_at = size, READY, utcnow()
            session.flush()
            audit.record(
                session,
                workspace_id=ws,
                actor=Actor.system(ws, reason=LIVE_ACTOR),
                action="recording.create",
                object_type="recording",
                object_id=recording_id,
                details={
                    "call_id": row.call_id,
                    "size_bytes": size,
                    "duration_ms": info.duration_ms,
                    "codec": info.codec,
                    "live": True,
                },
            )
            if hooks is not None:
                hooks.ready(
                    session,
                    RecordingEvent(workspace_id=ws, recording_id=recording_id, call_id=row.call_id),
                )
            return recording_out(row)
    except BaseException:
        blobs.delete(workspace_id=ws, kind=BLOB_KIND, object_id=recording_id)
        with db.write() as session:
            repo.delete_ids(session, ws, [recording_id])
        raise


def unfinished_live_recordings(
    session: Session, *, workspace_id: str, call_ids: list[str]
) -> list[str]:
    """Live recordings of these calls still 'uploading' (their engine never finished them)."""
    return list(
        session.scalars(
            select(Recording.id).where(
                Recording.workspace_id == workspace_id,
                Recording.call_id.in_(call_ids),
                Recording.state == UPLOADING,
                Recording.uploaded_by == LIVE_ACTOR,
            )
        ).all()
    )
