"""Cutting an utterance's clip out of a redacted rendition (always 16-bit PCM WAV, one
channel per party, as voice intelligence writes it): the speaker's channel only, so the
other party's voice does not ride along."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from typing import BinaryIO


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


def clip(pcm: Pcm, start_ms: int, end_ms: int, channel: int | None) -> bytes:
    """WAV of [start_ms, end_ms); one channel (by index) or all when None."""
    frame = pcm.width * pcm.channels
    a, b = _frames(pcm.rate, len(pcm.frames) // frame, start_ms, end_ms)
    return _encode(pcm.frames[a * frame : b * frame], pcm.rate, pcm.width, pcm.channels, channel)


def clip_file(file: BinaryIO, start_ms: int, end_ms: int, channel: int | None) -> bytes:
    """The same from a seekable WAV file: only the clip's frames are read."""
    with wave.open(file, "rb") as w:
        rate, width, channels = w.getframerate(), w.getsampwidth(), w.getnchannels()
        a, b = _frames(rate, w.getnframes(), start_ms, end_ms)
        w.setpos(a)
        chunk = w.readframes(b - a)
    return _encode(chunk, rate, width, channels, channel)
