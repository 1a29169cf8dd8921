"""Short test audio made on the spot: WAV through the stdlib `wave` module, compressed formats
(Opus in Ogg, MP3, FLAC, AAC in MP4) by encoding a tone with PyAV. No downloads."""

from __future__ import annotations

import io
import math
import struct
import wave
from fractions import Fraction

import av

RATE = 16_000


def tone(seconds: float, *, rate: int = RATE, channels: int = 1, freq: float = 440.0) -> bytes:
    """Interleaved signed 16-bit PCM: a sine per channel (a fifth apart), quiet enough to mix."""
    frames = int(seconds * rate)
    out = bytearray()
    for i in range(frames):
        for ch in range(channels):
            f = freq * (1.5**ch)
            out += struct.pack("<h", int(8000 * math.sin(2 * math.pi * f * i / rate)))
    return bytes(out)


def wav_bytes(
    seconds: float = 1.0,
    *,
    rate: int = RATE,
    channels: int = 1,
    freq: float = 440.0,
    marker: bytes = b"",
) -> bytes:
    """A PCM WAV; a marker, if given, is written into the samples (to look for at rest)."""
    pcm = bytearray(tone(seconds, rate=rate, channels=channels, freq=freq))
    if marker:
        at = len(pcm) // 2 & ~1
        pcm[at : at + len(marker)] = marker
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(pcm))
    return buf.getvalue()


_FORMATS = {
    # name: (container format, codec, sample rate)
    "opus": ("ogg", "libopus", 48_000),
    "mp3": ("mp3", "libmp3lame", 44_100),
    "flac": ("flac", "flac", RATE),
    "aac": ("mp4", "aac", 44_100),
}


def encoded(kind: str, seconds: float = 1.0, *, channels: int = 1) -> bytes:
    """A tone encoded as kind ('opus', 'mp3', 'flac', 'aac') by PyAV."""
    container_format, codec, rate = _FORMATS[kind]
    layout = "mono" if channels == 1 else "stereo"
    pcm = tone(seconds, rate=rate, channels=channels)
    buf = io.BytesIO()
    with av.open(buf, mode="w", format=container_format) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        resampler = av.AudioResampler(format=stream.format.name, layout=layout, rate=rate)
        step = 960 * 2 * channels
        pts = 0
        for start in range(0, len(pcm), step):
            chunk = pcm[start : start + step]
            samples = len(chunk) // (2 * channels)
            frame = av.AudioFrame(format="s16", layout=layout, samples=samples)
            frame.planes[0].update(chunk)
            frame.sample_rate = rate
            frame.pts = pts
            frame.time_base = Fraction(1, rate)
            pts += samples
            for converted in resampler.resample(frame):
                for packet in stream.encode(converted):
                    out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buf.getvalue()


def truncated(data: bytes, fraction: float = 0.5) -> bytes:
    return data[: int(len(data) * fraction)]


def corrupted(data: bytes, *, start_fraction: float = 0.3, length: int = 4096) -> bytes:
    """The bytes with a run in the middle overwritten by a fixed pattern."""
    out = bytearray(data)
    at = int(len(out) * start_fraction)
    out[at : at + length] = bytes((i * 37 + 11) % 256 for i in range(length))[: len(out) - at]
    return bytes(out)
