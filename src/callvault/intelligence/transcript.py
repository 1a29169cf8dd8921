"""The transcript every voice-intelligence stage reads and writes: utterances made of timed
words, and spans (character ranges inside one utterance) that outputs point back to.

Invariant: an utterance's text is exactly the concatenation of its words' texts, the first
word without leading space, every later one with the separator it needs (usually one space).
Character offsets in a span therefore map to words, and words to audio times."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Word:
    text: str  # as it appears inside the utterance text (leading space included)
    start_ms: int
    end_ms: int
    probability: float = 1.0


@dataclass(frozen=True, slots=True)
class Utterance:
    index: int  # position in the transcript, 0-based
    speaker: str  # a channel's party ("caller", "callee") or "speaker" for mono audio
    start_ms: int
    end_ms: int
    words: tuple[Word, ...]
    text: str = field(default="")

    def __post_init__(self) -> None:
        joined = "".join(w.text for w in self.words)
        if not self.text:
            object.__setattr__(self, "text", joined)
        elif self.text != joined:
            raise ValueError("utterance text must equal the concatenation of its words")

    def word_offsets(self) -> list[tuple[int, int]]:
        """(start, end) character offsets of each word inside text."""
        out: list[tuple[int, int]] = []
        at = 0
        for w in self.words:
            out.append((at, at + len(w.text)))
            at += len(w.text)
        return out

    def time_of(self, start: int, end: int) -> tuple[int, int]:
        """Audio time (ms) covered by the words overlapping characters [start, end)."""
        times = [
            (w.start_ms, w.end_ms)
            for w, (a, b) in zip(self.words, self.word_offsets(), strict=True)
            if a < end and b > start and w.text[max(0, start - a) : end - a].strip()
        ]
        if not times:
            return self.start_ms, self.start_ms
        return min(t[0] for t in times), max(t[1] for t in times)


@dataclass(frozen=True, slots=True)
class Span:
    """Characters [start, end) of utterance `utterance`: the evidence an output came from."""

    utterance: int
    start: int
    end: int

    def as_dict(self) -> dict[str, int]:
        return {"utterance": self.utterance, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Transcript:
    language: str
    duration_ms: int
    utterances: tuple[Utterance, ...]

    def span_text(self, span: Span) -> str:
        return self.utterances[span.utterance].text[span.start : span.end]

    def span_time(self, span: Span) -> tuple[int, int]:
        return self.utterances[span.utterance].time_of(span.start, span.end)

    @property
    def text(self) -> str:
        return "\n".join(u.text for u in self.utterances)

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "duration_ms": self.duration_ms,
            "utterances": [
                {
                    "speaker": u.speaker,
                    "start_ms": u.start_ms,
                    "end_ms": u.end_ms,
                    "words": [
                        [w.text, w.start_ms, w.end_ms, round(w.probability, 4)] for w in u.words
                    ],
                }
                for u in self.utterances
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Transcript:
        return cls(
            language=str(data["language"]),
            duration_ms=int(data["duration_ms"]),
            utterances=tuple(
                Utterance(
                    index=i,
                    speaker=str(u["speaker"]),
                    start_ms=int(u["start_ms"]),
                    end_ms=int(u["end_ms"]),
                    words=tuple(
                        Word(str(t), int(s), int(e), float(p)) for t, s, e, p in u["words"]
                    ),
                )
                for i, u in enumerate(data["utterances"])
            ),
        )


def utterance_from_words(index: int, speaker: str, words: Iterable[Word]) -> Utterance:
    """An utterance from recogniser words, normalising separators (first word unspaced, each
    later word starting with one space unless it is punctuation)."""
    clean: list[Word] = []
    for w in words:
        body = w.text.strip()
        if not body:
            continue
        if clean and body[0] not in ",.;:!?%'":
            body = " " + body
        clean.append(Word(body, w.start_ms, w.end_ms, w.probability))
    start = clean[0].start_ms if clean else 0
    end = clean[-1].end_ms if clean else 0
    return Utterance(index=index, speaker=speaker, start_ms=start, end_ms=end, words=tuple(clean))


def reindex(utterances: Sequence[Utterance]) -> tuple[Utterance, ...]:
    """The same utterances numbered 0..n-1 (after sorting or filtering)."""
    return tuple(
        Utterance(index=i, speaker=u.speaker, start_ms=u.start_ms, end_ms=u.end_ms, words=u.words)
        for i, u in enumerate(utterances)
    )
