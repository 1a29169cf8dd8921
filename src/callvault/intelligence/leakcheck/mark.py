"""A mark: a stretch of a speaker's words a listener would count as personal data, of one
kind, with what identifies its value when two hearings are compared (never stored)."""

from __future__ import annotations

from dataclasses import dataclass

from callvault.intelligence.leakcheck.words import Heard

# Words a number said aloud may skip and still be one number ("four, uh, four one").
FILLER = frozenset({"uh", "um", "er", "and", "dash", "hyphen", "-", "then", "slash", "/"})


@dataclass(frozen=True, slots=True)
class Mark:
    kind: str  # "digits", "email", "name", "letters", "date" or "address"
    words: tuple[Heard, ...]
    key: str  # what identifies the value when comparing two hearings (never stored)
    kept: bool = False  # a number labelled as one to keep (order number, amount, time)

    @property
    def start_ms(self) -> int:
        return self.words[0].start_ms

    @property
    def end_ms(self) -> int:
        return self.words[-1].end_ms
