"""Cutting an utterance's clip out of a redacted rendition (always 16-bit PCM WAV, one
channel per party, as voice intelligence writes it): the speaker's channel only, so the
other party's voice does not ride along."""

from __future__ import annotations

import io
import wave
from collections.abc import Sequence
from typing import BinaryIO

from sqlalchemy.orm import Session

from callvault.comms.audio.blobfile import BlobFile
from callvault.comms.audio.stored import redacted_kind
from callvault.intelligence.pipeline.sources import SourceAudio
from callvault.storage.encrypted import EncryptedBlobStore


def _frames(rate: int, total: int, start_ms: int, end_ms: int) -> tuple[int, int]:
    a = min(total, max(0, start_ms * rate // 1000))
    return a, min(total, max(a, end_ms * rate // 1000))


def _encode(chunk: bytes, rate: int, width: int, channels: int, channel: int | None) -> bytes:
    """WAV of these interleaved frames; one channel (by index) or all when None."""
    frame = width * channels
    if channel is not None and channels > 1 and 0 <= channel < channels:
        chunk = b"".join(
            chunk[i + channel * width : i + channel * width + width]
            for i in range(0, len(chunk), frame)
        )
        channels = 1
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(chunk)
    return buf.getvalue()


def clip_file(file: BinaryIO, start_ms: int, end_ms: int, channel: int | None) -> bytes:
    """WAV of [start_ms, end_ms) of a seekable WAV file, one channel (by index) or all when
    None; only the clip's frames are read."""
    with wave.open(file, "rb") as w:
        rate, width, channels = w.getframerate(), w.getsampwidth(), w.getnchannels()
        a, b = _frames(rate, w.getnframes(), start_ms, end_ms)
        w.setpos(a)
        chunk = w.readframes(b - a)
    return _encode(chunk, rate, width, channels, channel)


def redacted_audio_exists(
    blobs: EncryptedBlobStore, workspace_id: str, objects: Sequence[SourceAudio]
) -> bool:
    """Whether every audio object has its redacted rendition (never fall back to originals)."""
    return bool(objects) and all(
        blobs.exists(workspace_id=workspace_id, kind=redacted_kind(o.kind), object_id=o.object_id)
        for o in objects
    )


def speaker_clip(
    blobs: EncryptedBlobStore,
    session: Session,
    *,
    workspace_id: str,
    objects: Sequence[SourceAudio],
    speaker: str,
    start_ms: int,
    end_ms: int,
) -> bytes:
    """The speaker's clip, cut from the REDACTED rendition of the audio object carrying them
    (their channel only, so the other party's voice does not ride along)."""
    obj = next((o for o in objects if speaker in o.speakers), objects[0])
    channel = obj.speakers.index(speaker) if speaker in obj.speakers else None
    raw = BlobFile(
        blobs,
        session,
        workspace_id=workspace_id,
        kind=redacted_kind(obj.kind),
        object_id=obj.object_id,
    )
    # Buffered: a raw read stops at a segment's end, and wave takes a short read as EOF.
    return clip_file(io.BufferedReader(raw), start_ms, end_ms, channel)
