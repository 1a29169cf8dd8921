"""A running sentiment per party of a live call: the post-call analysis (service.analyse,
with the speaker's own baseline) over the party's most recent final segments, recomputed as
each one arrives. A window keeps the cost per segment flat however long the call runs, and
makes the indicator follow the conversation rather than its average since the start."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from callvault.intelligence.sentiment.models import Label
from callvault.intelligence.sentiment.service import analyse
from callvault.intelligence.transcript import Transcript, Utterance, Word

WINDOW = 12  # segments per party


@dataclass(frozen=True, slots=True)
class PartySentiment:
    party: str
    score: float  # -1..1
    label: Label


@dataclass
class RunningSentiment:
    language: str = "en"
    _recent: dict[str, deque[str]] = field(default_factory=dict)

    def add(self, party: str, text: str) -> PartySentiment | None:
        """Take one final segment of `party`; its sentiment now (None for an empty segment)."""
        if not text.strip():
            return None
        recent = self._recent.setdefault(party, deque(maxlen=WINDOW))
        recent.append(text.strip())
        utterances = tuple(
            Utterance(
                index=i, speaker=party, start_ms=i * 1000, end_ms=i * 1000 + 999, words=_words(t)
            )
            for i, t in enumerate(recent)
        )
        result = analyse(
            Transcript(self.language, len(recent) * 1000, utterances), language=self.language
        )
        mine = result.speakers[0]
        return PartySentiment(party, mine.overall, mine.label)


def _words(text: str) -> tuple[Word, ...]:
    # The scorer weighs a turn by its word count; offsets and times do not matter here.
    parts = text.split(" ")
    return tuple(Word(p if i == 0 else " " + p, 0, 0) for i, p in enumerate(parts))
