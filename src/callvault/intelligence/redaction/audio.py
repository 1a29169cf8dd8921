"""Redacting audio: the time ranges of sensitive words are silenced or covered by a beep on
their channel (or all channels), with short fades so the cut does not click. Durations stay
the same so the redacted rendition lines up with the transcript's timestamps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
import numpy.typing as npt

from callvault.intelligence.asr.audio import RATE, DecodedAudio, encode_wav

Samples = npt.NDArray[np.float32]
Mode = Literal["silence", "tone"]
AudioSpan = tuple[int, int, int | None]  # start_ms, end_ms, channel (None: every channel)

TONE_HZ = 1000.0
TONE_LEVEL = 0.1  # -20 dBFS: clearly audible, not painful next to speech
DEFAULT_PAD_MS = 80  # word timestamps are approximate; a little margin hides edges
DEFAULT_FADE_MS = 10


def redact_audio(
    channels: Sequence[Samples] | DecodedAudio,
    spans: Sequence[AudioSpan],
    *,
    mode: Mode = "tone",
    rate: int = RATE,
    pad_ms: int = DEFAULT_PAD_MS,
    fade_ms: int = DEFAULT_FADE_MS,
) -> list[Samples]:
    """Copies of the channels with each span (padded by pad_ms) silenced or beeped over."""
    if isinstance(channels, DecodedAudio):
        rate, channels = channels.rate, channels.channels
    if mode not in ("silence", "tone"):
        raise ValueError(f"unknown redaction mode {mode!r}")
    out: list[Samples] = []
    for index, samples in enumerate(channels):
        length = int(samples.shape[0])
        ranges = _merged(
            [
                (_at(start - pad_ms, rate, length), _at(end + pad_ms, rate, length))
                for start, end, channel in spans
                if channel is None or channel == index
            ]
        )
        out.append(_apply(np.asarray(samples, dtype=np.float32), ranges, mode, rate, fade_ms))
    return out


def redacted_wav(
    audio: DecodedAudio,
    spans: Sequence[AudioSpan],
    *,
    mode: Mode = "tone",
    pad_ms: int = DEFAULT_PAD_MS,
) -> bytes:
    """The redacted rendition of audio as 16-bit PCM WAV, one channel per party."""
    return encode_wav(redact_audio(audio, spans, mode=mode, pad_ms=pad_ms), audio.rate)


def _at(ms: int, rate: int, length: int) -> int:
    return min(length, max(0, round(ms * rate / 1000)))


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _apply(
    samples: Samples, ranges: list[tuple[int, int]], mode: Mode, rate: int, fade_ms: int
) -> Samples:
    if not ranges:
        return samples.copy()
    # keep[i] is how much of the original survives: 0 inside a span, ramps just outside it,
    # so the span itself is fully removed and the edges do not click.
    keep = np.ones(samples.shape[0], dtype=np.float32)
    fade = max(1, round(fade_ms * rate / 1000))
    ramp = np.linspace(0.0, 1.0, fade + 1, dtype=np.float32)[1:]
    for start, end in ranges:
        keep[start:end] = 0.0
        lead = slice(max(0, start - fade), start)
        keep[lead] = np.minimum(keep[lead], ramp[::-1][fade - (lead.stop - lead.start) :])
        tail = slice(end, min(samples.shape[0], end + fade))
        keep[tail] = np.minimum(keep[tail], ramp[: tail.stop - tail.start])
    result = samples * keep
    if mode == "tone":
        t = np.arange(samples.shape[0], dtype=np.float32) / rate
        beep = (TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * t)).astype(np.float32)
        result += beep * (1.0 - keep)
    return np.asarray(result, dtype=np.float32)
