"""The audio side of voicemail rows (messages and greetings alike): what PyAV found, and
audited reads of the stored bytes by range."""

from __future__ import annotations

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.audio.ranges import AudioBody, byte_range
from callvault.comms.audio.renditions import RenditionPolicy, served
from callvault.comms.audio.stored import StoredAudio, open_audio
from callvault.comms.voicemail.models import READY, AudioColumns
from callvault.comms.voicemail.schemas import AudioOut
from callvault.core.context import Actor
from callvault.storage.encrypted import EncryptedBlobStore

MESSAGE_KIND = "voicemail"  # blob kind and playback-link kind
GREETING_KIND = "voicemail_greeting"
PLAYBACK_PATH = "/api/v1/voicemail/playback/"


def audio_out(row: AudioColumns) -> AudioOut:
    return AudioOut(
        container=row.container or "",
        codec=row.codec or "",
        media_type=row.media_type or "application/octet-stream",
        sample_rate=row.sample_rate or 0,
        channels=row.channels or 0,
        duration_ms=row.duration_ms or 0,
        size_bytes=row.size_bytes or 0,
    )


def apply_audio(row: AudioColumns, stored: StoredAudio) -> None:
    info = stored.info
    row.container, row.codec, row.media_type = info.container, info.codec, info.media_type
    row.sample_rate, row.channels = info.sample_rate, info.channels
    row.duration_ms, row.size_bytes = info.duration_ms, stored.size
    row.state = READY  # type: ignore[attr-defined]


def audited_body(
    session: Session,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    actor: Actor,
    workspace_id: str,
    kind: str,
    object_id: str,
    row: AudioColumns,
    range_header: str | None,
    via: str,
    renditions: RenditionPolicy | None = None,
) -> AudioBody:
    """Bytes of the stored audio (one range or all), audited as a read of content."""
    what = served(
        session,
        blobs,
        renditions,
        actor=actor,
        kind=kind,
        object_id=object_id,
        size=row.size_bytes or 0,
        media_type=row.media_type or "application/octet-stream",
    )
    size = what.size
    span = byte_range(range_header, size)
    start, end = span if span is not None else (0, size)
    audit.record_read(
        session,
        workspace_id=workspace_id,
        actor=actor,
        action=f"{kind}.read",
        object_type=kind,
        object_id=object_id,
        details={"via": via, "start": start, "end": end, "redacted": what.redacted},
    )
    chunks = open_audio(
        session,
        blobs,
        workspace_id=workspace_id,
        kind=what.kind,
        object_id=object_id,
        start=start,
        end=end,
    )
    return AudioBody(
        start=start,
        end=end,
        size=size,
        partial=span is not None,
        media_type=what.media_type,
        chunks=chunks,
    )
