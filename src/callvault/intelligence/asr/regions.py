"""Speech regions of one channel (Silero VAD, as faster-whisper runs it) and the decoded words
that belong to each. A region is one stretch of a party's speech: the unit that is checked
for decoding loops and decoded again on its own, so no region's words can be lost or moved
into its neighbour."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from faster_whisper.vad import VadOptions, get_speech_timestamps

from callvault.intelligence.asr.audio import RATE, Samples
from callvault.intelligence.transcript import Word

Region = tuple[float, float]  # seconds


@dataclass(frozen=True, slots=True)
class Decoded:
    """Words of one decoded Whisper segment and its compression ratio."""

    words: list[Word]
    compression_ratio: float


# Silero's speech probability above which a frame is speech: its default. At 0.5, 9 of 701
# utterances of three recognised dev halves got no region and were never decoded; 0.35 (stop
# 31) decoded all but one and lowered WER on every half tried, but more heard digits meant
# more must-survive numbers hidden on all five halves, and on a blind half recall, precision
# and sentiment fell (ADR 0020, stop 31 addendum). Kept at the default until the redaction
# holds on what a lower threshold hears.
VAD_THRESHOLD = 0.5
VAD_OPTIONS = VadOptions(threshold=VAD_THRESHOLD)


def speech_regions(samples: Samples) -> list[Region]:
    """Start and end (s) of each stretch of speech, with the VAD options the recogniser's
    vad_filter decodes with (`VAD_OPTIONS`)."""
    found = get_speech_timestamps(samples, VAD_OPTIONS)
    return [(float(r["start"]) / RATE, float(r["end"]) / RATE) for r in found]


def assign(segments: Sequence[Decoded], regions: Sequence[Region]) -> list[list[Word]]:
    """The words of segments split by region: each word goes to the region holding its
    middle, or the nearest one (Whisper's word times drift a little past region edges)."""
    out: list[list[Word]] = [[] for _ in regions]
    if not regions:
        return out
    for seg in segments:
        for w in seg.words:
            middle = (w.start_ms + w.end_ms) / 2000
            out[_nearest(regions, middle)].append(w)
    return out


def compressions(segments: Sequence[Decoded], region: Region) -> list[float]:
    """Compression ratios of the segments that overlap region."""
    start, end = region
    return [
        s.compression_ratio
        for s in segments
        if s.words and s.words[0].start_ms / 1000 < end and s.words[-1].end_ms / 1000 > start
    ]


def _nearest(regions: Sequence[Region], t: float) -> int:
    best, distance = 0, float("inf")
    for i, (start, end) in enumerate(regions):
        d = 0.0 if start <= t <= end else min(abs(t - start), abs(t - end))
        if d < distance:
            best, distance = i, d
    return best
