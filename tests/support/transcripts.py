"""Transcripts built from (speaker, text) lines with fake but consistent word timings."""

from __future__ import annotations

from collections.abc import Sequence

from callvault.intelligence.transcript import Transcript, Utterance, Word

WORD_MS = 300  # one word every 300 ms: roughly conversational speed
GAP_MS = 600  # pause between turns


def build_transcript(
    lines: Sequence[tuple[str, str]], *, language: str = "en", start_ms: int = 0
) -> Transcript:
    """A Transcript whose utterances are the given lines, words split on whitespace."""
    at = start_ms
    utterances: list[Utterance] = []
    for index, (speaker, text) in enumerate(lines):
        words: list[Word] = []
        for i, token in enumerate(text.split()):
            body = token if i == 0 else " " + token
            words.append(Word(body, at, at + WORD_MS - 40))
            at += WORD_MS
        first = words[0].start_ms if words else at
        last = words[-1].end_ms if words else at
        utterances.append(
            Utterance(index=index, speaker=speaker, start_ms=first, end_ms=last, words=tuple(words))
        )
        at += GAP_MS
    return Transcript(language=language, duration_ms=at, utterances=tuple(utterances))


def find_span_text(transcript: Transcript, utterance: int, needle: str) -> tuple[int, int]:
    """Character range of `needle` inside utterance `utterance` (for asserting evidence)."""
    text = transcript.utterances[utterance].text
    start = text.lower().index(needle.lower())
    return start, start + len(needle)
