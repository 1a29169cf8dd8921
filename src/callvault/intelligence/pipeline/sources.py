"""The audio behind a transcript: a call's ready recordings (one speaker per channel, named by
the party the channel carries) or a voicemail message (the caller). Decoding reads the
encrypted blob through a decrypting file object, one segment at a time."""

from __future__ import annotations

from dataclasses import dataclass

from callvault.comms.audio.blobfile import BlobFile
from callvault.comms.recordings import service as recordings
from callvault.comms.recordings.service import BLOB_KIND as RECORDING_KIND
from callvault.comms.voicemail.media import MESSAGE_KIND
from callvault.db.engine import Database
from callvault.intelligence.asr.audio import DecodedAudio, decode
from callvault.storage.encrypted import EncryptedBlobStore


@dataclass(frozen=True, slots=True)
class SourceAudio:
    """One audio object of a source and the speaker each of its channels carries."""

    kind: str  # blob kind
    object_id: str
    speakers: tuple[str, ...]
    duration_ms: int


class SourceGone(Exception):
    """The call or voicemail (or all its recordings) was deleted meanwhile."""


def _unique(names: list[str]) -> tuple[str, ...]:
    """One name per channel: a party on several channels becomes "caller", "caller_2"…
    (the recogniser tells speakers apart by channel name)."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return tuple(out)


def _speakers(party: str | None, channel_map: list[str] | None, channels: int) -> tuple[str, ...]:
    if channel_map:
        return _unique(list(channel_map))
    if party:
        return _unique([party] * max(channels, 1))
    if channels == 2:  # the usual stereo call recording: caller left, callee right
        return ("caller", "callee")
    return tuple("speaker" if channels == 1 else f"channel_{i + 1}" for i in range(channels))


def speakers_for(obj: SourceAudio, channels: int) -> tuple[str, ...]:
    """Exactly one distinct speaker name per decoded channel (the recording row may name fewer
    channels than the file turned out to have: the rest are "channel_N")."""
    names = list(obj.speakers[:channels])
    names += [f"channel_{i + 1}" for i in range(len(names), channels)]
    return _unique(names)


def audio_objects(
    db: Database, *, workspace_id: str, source_type: str, source_id: str
) -> list[SourceAudio]:
    """The audio objects of a source, in upload order."""
    if source_type == "voicemail":
        return [SourceAudio(MESSAGE_KIND, source_id, ("caller",), 0)]
    with db.read() as session:
        rows = recordings.ready_for_call(session, workspace_id=workspace_id, call_id=source_id)
    if not rows:
        raise SourceGone("the call has no recordings")
    return [
        SourceAudio(
            RECORDING_KIND,
            r.id,
            _speakers(
                r.party.value if r.party else None,
                [p.value for p in r.channel_map] if r.channel_map else None,
                r.channels,
            ),
            r.duration_ms,
        )
        for r in rows
    ]


def load(
    db: Database,
    blobs: EncryptedBlobStore,
    *,
    workspace_id: str,
    kind: str,
    object_id: str,
    max_seconds: float,
) -> DecodedAudio:
    """Decode one stored audio object (or its redacted rendition, by kind) to 16 kHz."""
    with db.read() as session:
        if not blobs.exists(workspace_id=workspace_id, kind=kind, object_id=object_id):
            raise SourceGone(f"the {kind} audio is gone")
        reader = BlobFile(blobs, session, workspace_id=workspace_id, kind=kind, object_id=object_id)
        return decode(reader, max_seconds=max_seconds)  # type: ignore[arg-type]
