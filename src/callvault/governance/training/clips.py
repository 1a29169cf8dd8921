"""Cutting an utterance's clip out of a redacted rendition (always 16-bit PCM WAV, one
channel per party, as voice intelligence writes it): the speaker's channel only, so the
other party's voice does not ride along."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pcm:
    rate: int
    channels: int
    width: int
    frames: bytes

    @classmethod
    def from_wav(cls, data: bytes) -> Pcm:
        with wave.open(io.BytesIO(data), "rb") as w:
            return cls(w.getframerate(), w.getnchannels(), w.getsampwidth(), w.readframes(-1))


def clip(pcm: Pcm, start_ms: int, end_ms: int, channel: int | None) -> bytes:
    """WAV of [start_ms, end_ms); one channel (by index) or all when None."""
    frame = pcm.width * pcm.channels
    total = len(pcm.frames) // frame
    a = min(total, max(0, start_ms * pcm.rate // 1000))
    b = min(total, max(a, end_ms * pcm.rate // 1000))
    chunk = pcm.frames[a * frame : b * frame]
    channels = pcm.channels
    if channel is not None and pcm.channels > 1 and 0 <= channel < pcm.channels:
        w = pcm.width
        chunk = b"".join(
            chunk[i + channel * w : i + channel * w + w] for i in range(0, len(chunk), frame)
        )
        channels = 1
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(pcm.width)
        out.setframerate(pcm.rate)
        out.writeframes(chunk)
    return buf.getvalue()
