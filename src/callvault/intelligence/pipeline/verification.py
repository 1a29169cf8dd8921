"""Verifying redacted audio: the redacted rendition is transcribed again, and every redacted
span whose PII can still be made out there is flagged (residual). A span counts as residual
when the detector finds PII of any enabled type in the words heard in its time window, or,
for number-like types, when four or more digits are still heard there. PII heard elsewhere
in the redacted audio, away from every redacted span, is reported as leaked (the text
redaction missed it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.transcript import Transcript

PAD_MS = 250
_NUMBERISH = {"card_number", "bank_account", "ssn", "phone", "date_of_birth"}
_DIGIT_WORDS = re.compile(
    r"\b(zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|double|triple)\b",
    re.IGNORECASE,
)


@dataclass
class Verification:
    residual: list[dict[str, Any]] = field(default_factory=list)
    leaked: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"residual": self.residual, "leaked": self.leaked}


def _digits_heard(text: str) -> int:
    return sum(c.isdigit() for c in text) + len(_DIGIT_WORDS.findall(text))


def _window_text(heard: Transcript, speaker: str, start_ms: int, end_ms: int) -> str:
    words = [
        w.text
        for u in heard.utterances
        if u.speaker == speaker
        for w in u.words
        if w.end_ms > start_ms - PAD_MS and w.start_ms < end_ms + PAD_MS
    ]
    return "".join(words).strip()


def check(
    found: Sequence[dict[str, Any]], heard: Transcript, *, types: AbstractSet[EntityType]
) -> Verification:
    """Which redacted spans are still recognisable in the re-transcribed redacted audio."""
    result = Verification()
    for f in found:
        text = _window_text(heard, str(f["speaker"]), int(f["start_ms"]), int(f["end_ms"]))
        if not text:
            continue
        detected = detect(text, types=types)
        numeric = str(f["type"]) in _NUMBERISH and _digits_heard(text) >= 4
        if detected or numeric:
            result.residual.append(
                {
                    "type": f["type"],
                    "redacted": f["redacted"],
                    "start_ms": f["start_ms"],
                    "end_ms": f["end_ms"],
                    "heard_types": sorted({d.type.value for d in detected}),
                }
            )
    windows = [(int(f["start_ms"]) - PAD_MS, int(f["end_ms"]) + PAD_MS) for f in found]
    for u in heard.utterances:
        for d in detect(u.text, types=types):
            start_ms, end_ms = u.time_of(d.start, d.end)
            if not any(a < end_ms and b > start_ms for a, b in windows):
                result.leaked.append(
                    {
                        "type": d.type.value,
                        "speaker": u.speaker,
                        "start_ms": start_ms,
                        "end_ms": end_ms,
                    }
                )
    return result
