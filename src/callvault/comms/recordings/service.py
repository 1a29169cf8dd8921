"""Recording use cases: list a call's recordings, read one's audio (by byte range, audited),
hand out a short-lived playback link, delete.

Who may see a recording is who may see its call (calls' visibility: own, team, workspace)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.audio import links
from callvault.comms.audio.ranges import AudioBody, byte_range
from callvault.comms.audio.renditions import RenditionPolicy, served
from callvault.comms.audio.stored import discard_after_commit, open_audio
from callvault.comms.calls import service as calls
from callvault.comms.calls.visibility import Visibility, visibility
from callvault.comms.recordings import repository as repo
from callvault.comms.recordings.errors import RecordingNotFound
from callvault.comms.recordings.hooks import RecordingEvent, RecordingHooks
from callvault.comms.recordings.models import Recording
from callvault.comms.recordings.schemas import (
    Party,
    PlaybackLinkOut,
    RecordingDeletionOut,
    RecordingListOut,
    RecordingOut,
)
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound, PermissionDenied
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.retention_clock.cutoff import cutoff, is_expired
from callvault.retention_clock.data_types import DataType
from callvault.storage.encrypted import EncryptedBlobStore

BLOB_KIND = "recording"
LINK_KIND = "recording"
PLAYBACK_PATH = "/api/v1/recordings/playback/"


def recording_out(row: Recording) -> RecordingOut:
    return RecordingOut(
        id=row.id,
        call_id=row.call_id,
        party=Party(row.party) if row.party else None,
        channel_map=[Party(p) for p in row.channel_map] if row.channel_map else None,
        container=row.container or "",
        codec=row.codec or "",
        media_type=row.media_type or "application/octet-stream",
        sample_rate=row.sample_rate or 0,
        channels=row.channels or 0,
        duration_ms=row.duration_ms or 0,
        size_bytes=row.size_bytes or 0,
        created_at=row.created_at,
    )


def _seen(session: Session, actor: Actor) -> Visibility:
    require(actor.role, actor.scopes, Permission.RECORDINGS_READ)
    return visibility(session, actor)


def _visible(session: Session, actor: Actor, seen: Visibility, recording_id: str) -> Recording:
    row = repo.ready(session, actor.workspace_id, recording_id)
    if row is None or is_expired(session, actor.workspace_id, DataType.RECORDINGS, row.created_at):
        raise RecordingNotFound("Recording not found.", object_type="recording")
    try:
        calls.visible_call(session, actor, seen, row.call_id)
    except NotFound:
        raise RecordingNotFound("Recording not found.", object_type="recording") from None
    return row


def list_for_call(session: Session, *, actor: Actor, call_id: str) -> RecordingListOut:
    """The recordings of a call the actor may see (metadata only: no audit needed)."""
    seen = _seen(session, actor)
    call = calls.visible_call(session, actor, seen, call_id)
    limit = cutoff(session, actor.workspace_id, DataType.RECORDINGS)  # expired: invisible
    rows = repo.for_call(session, actor.workspace_id, call.id)
    return RecordingListOut(
        recordings=[recording_out(r) for r in rows if limit is None or r.created_at >= limit]
    )


def ready_for_call(session: Session, *, workspace_id: str, call_id: str) -> list[RecordingOut]:
    """A call's ready recordings, for the system's own processing (no actor, no audit)."""
    return [recording_out(r) for r in repo.for_call(session, workspace_id, call_id)]


def call_of(session: Session, *, workspace_id: str, recording_id: str) -> str | None:
    """The call a ready recording belongs to (None: no such recording)."""
    row = repo.ready(session, workspace_id, recording_id)
    return row.call_id if row is not None else None


def get_recording(session: Session, *, actor: Actor, recording_id: str) -> RecordingOut:
    return recording_out(_visible(session, actor, _seen(session, actor), recording_id))


def _open(
    session: Session,
    row: Recording,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    actor: Actor,
    range_header: str | None,
    via: str,
    renditions: RenditionPolicy | None,
) -> AudioBody:
    what = served(
        session,
        blobs,
        renditions,
        actor=actor,
        kind=BLOB_KIND,
        object_id=row.id,
        size=row.size_bytes or 0,
        media_type=row.media_type or "application/octet-stream",
    )
    span = byte_range(range_header, what.size)
    start, end = span if span is not None else (0, what.size)
    audit.record_read(
        session,
        workspace_id=row.workspace_id,
        actor=actor,
        action="recording.read",
        object_type="recording",
        object_id=row.id,
        details={
            "call_id": row.call_id,
            "via": via,
            "start": start,
            "end": end,
            "redacted": what.redacted,
        },
    )
    chunks = open_audio(
        session,
        blobs,
        workspace_id=row.workspace_id,
        kind=what.kind,
        object_id=row.id,
        start=start,
        end=end,
    )
    return AudioBody(
        start=start,
        end=end,
        size=what.size,
        partial=span is not None,
        media_type=what.media_type,
        chunks=chunks,
    )


def read_audio(
    session: Session,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    actor: Actor,
    recording_id: str,
    range_header: str | None,
    renditions: RenditionPolicy | None = None,
) -> AudioBody:
    """The recording's audio (all of it or one byte range); an audited read of content."""
    row = _visible(session, actor, _seen(session, actor), recording_id)
    return _open(
        session,
        row,
        blobs=blobs,
        audit=audit,
        actor=actor,
        range_header=range_header,
        via="api",
        renditions=renditions,
    )


def playback_link(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, recording_id: str
) -> PlaybackLinkOut:
    """A 5-minute link to this one recording's audio, for an `<audio src>` (no bearer)."""
    row = _visible(session, actor, _seen(session, actor), recording_id)
    url, expires = links.issue(
        session,
        keyring,
        audit,
        actor=actor,
        kind=LINK_KIND,
        object_type="recording",
        object_id=row.id,
        path=PLAYBACK_PATH,
    )
    return PlaybackLinkOut(url=url, expires_at=expires)


def play_link(
    session: Session,
    *,
    keyring: Keyring,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    token: str,
    range_header: str | None,
    renditions: RenditionPolicy | None = None,
) -> AudioBody:
    """The audio a playback link grants, if the user who asked for it still may play it
    (checked again now: still active, the call still visible to them); audited as them."""
    grant = links.verify(session, keyring, token, kinds=(LINK_KIND,))
    actor = links.holder(session, grant)
    if actor is None:
        raise RecordingNotFound("Recording not found.", object_type="recording")
    try:
        row = _visible(session, actor, _seen(session, actor), grant.object_id)
    except PermissionDenied:  # their role no longer reads recordings at all
        raise RecordingNotFound("Recording not found.", object_type="recording") from None
    return _open(
        session,
        row,
        blobs=blobs,
        audit=audit,
        actor=actor,
        range_header=range_header,
        via="link",
        renditions=renditions,
    )


def delete_recording(
    session: Session,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    actor: Actor,
    recording_id: str,
    hooks: RecordingHooks | None = None,
) -> RecordingDeletionOut:
    """Delete one recording: the row now, the blob once the deletion commits."""
    require(actor.role, actor.scopes, Permission.RECORDINGS_DELETE)
    row = repo.ready(session, actor.workspace_id, recording_id)
    if row is None:
        raise RecordingNotFound("Recording not found.", object_type="recording")
    call_id = row.call_id
    repo.delete_ids(session, actor.workspace_id, [row.id])
    if repo.count_ready(session, actor.workspace_id, call_id) == 0:
        calls.set_recorded(
            session, workspace_id=actor.workspace_id, call_id=call_id, recorded=False
        )
    discard_after_commit(
        session, blobs, workspace_id=actor.workspace_id, kind=BLOB_KIND, object_ids=[recording_id]
    )
    if hooks is not None:
        hooks.deleted(
            session,
            RecordingEvent(
                workspace_id=actor.workspace_id, recording_id=recording_id, call_id=call_id
            ),
        )
    deleted_at = utcnow()
    receipt = audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="recording.delete",
        object_type="recording",
        object_id=recording_id,
        details={"call_id": call_id},
    )
    return RecordingDeletionOut(
        receipt_id=receipt, object_type="recording", object_id=recording_id, deleted_at=deleted_at
    )
