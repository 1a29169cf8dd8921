"""Where the leak check listens again (ADR 0038): only where the redacted audio differs from
the original.

Outside the ranges redaction beeped or silenced, a member hears exactly the samples the
post-call recogniser already transcribed. Transcribing them again with the same model
(deterministic beam search, ADR 0020) gives back the same words at several times the cost,
so the check hears each changed range again, with the whole utterances around it as context,
and takes the first transcription's words everywhere else. Which ranges changed is read from
the two renditions' samples, not from the redaction's own record of what it hid, so a
rendition that was built wrong is heard where it is wrong.

A check with another model (`asr_verify_model = "tiny.en"`) is a second opinion on all the
audio and still hears everything (`Pipeline._verify`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from callvault.intelligence.asr.audio import DecodedAudio, Samples
from callvault.intelligence.transcript import Transcript, Utterance, reindex

Window = tuple[int, int]  # ms

# A sample counts as changed when it moved by more than this: 16-bit rounding of the stored
# rendition moves samples by at most 1/32768 (3e-5); a beep or silence over speech and line
# noise moves them by 1e-2 and more.
CHANGED_ABOVE = 1e-3
JOIN_MS = 1000  # changed ranges closer than this are one range (pauses inside a card number)
CONTEXT_MS = 1000  # words this close to a changed range are heard again with it
MARGIN_MS = 300  # audio kept around the utterances a window covers (word times are loose)


def changed(original: Samples, redacted: Samples, rate: int) -> list[Window]:
    """Time ranges (ms) where the redacted rendition's samples differ from the original's."""
    n = min(int(original.shape[0]), int(redacted.shape[0]))
    moved = np.abs(original[:n] - redacted[:n]) > CHANGED_ABOVE
    if int(redacted.shape[0]) > n:
        moved = np.concatenate([moved, np.ones(int(redacted.shape[0]) - n, dtype=bool)])
    if not moved.any():
        return []
    edges = np.flatnonzero(np.diff(np.concatenate([[0], moved.astype(np.int8), [0]])))
    ranges = [
        (int(a) * 1000 // rate, -(-int(b) * 1000 // rate))
        for a, b in zip(edges[::2], edges[1::2], strict=True)
    ]
    return _merge(ranges, JOIN_MS)


def windows(ranges: Sequence[Window], utterances: Sequence[Utterance]) -> list[Window]:
    """The stretches to hear again: each changed range with CONTEXT_MS either side, widened
    until it holds every utterance of the channel's first transcription it comes within
    MARGIN_MS of, plus that margin: an utterance is heard again whole or not at all."""
    out = _merge([(a - CONTEXT_MS, b + CONTEXT_MS) for a, b in ranges], 0)
    spans = [(u.start_ms, u.end_ms) for u in utterances if u.words]
    while True:
        grown = _merge([_cover(a, b, spans) for a, b in out], 0)
        if grown == out:
            return [(max(0, a - MARGIN_MS), b + MARGIN_MS) for a, b in out]
        out = grown


def _cover(a: int, b: int, spans: Sequence[Window]) -> Window:
    near = [(s, e) for s, e in spans if s < b + MARGIN_MS and e > a - MARGIN_MS]
    return min([a, *(s for s, _ in near)]), max([b, *(e for _, e in near)])


def masked(audio: DecodedAudio, per_channel: Sequence[Sequence[Window]]) -> DecodedAudio:
    """The audio silent outside each channel's windows: what is left to transcribe."""
    out: list[Samples] = []
    for samples, wins in zip(audio.channels, per_channel, strict=True):
        keep = np.zeros(samples.shape[0], dtype=np.float32)
        for a, b in wins:
            keep[_at(a, audio.rate) : _at(b, audio.rate)] = samples[
                _at(a, audio.rate) : _at(b, audio.rate)
            ]
        out.append(keep)
    return DecodedAudio(tuple(out), audio.rate, audio.source_rate, audio.source_channels)


def combined(
    first: Transcript, again: Transcript, heard_again: Mapping[str, Sequence[Window]]
) -> Transcript:
    """What the redacted audio holds: the words heard again inside each speaker's windows and
    the first transcription's utterances everywhere else."""
    kept = [
        u
        for u in first.utterances
        if not any(u.start_ms < b and u.end_ms > a for a, b in heard_again.get(u.speaker, ()))
    ]
    # The masked audio is silent outside the windows: all it gave is theirs.
    fresh = list(again.utterances)
    ordered = sorted([*kept, *fresh], key=lambda u: (u.start_ms, u.speaker))
    return Transcript(
        language=first.language,
        duration_ms=max(first.duration_ms, again.duration_ms),
        utterances=reindex(ordered),
    )


def _merge(ranges: Sequence[Window], join_ms: int) -> list[Window]:
    out: list[Window] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1] + join_ms:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _at(ms: int, rate: int) -> int:
    return max(0, ms * rate // 1000)
