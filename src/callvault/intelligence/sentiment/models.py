"""What sentiment analysis returns: plain frozen values, each score with its evidence spans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from callvault.intelligence.transcript import Span

Label = Literal["negative", "neutral", "positive"]


@dataclass(frozen=True, slots=True)
class UtteranceSentiment:
    utterance: int
    speaker: str
    raw: float  # -1..1, before the speaker's baseline is removed
    score: float  # -1..1, relative to the speaker's baseline
    label: Label
    evidence: tuple[Span, ...]  # the phrases and words that drove the score


@dataclass(frozen=True, slots=True)
class ArcPoint:
    start_ms: int
    end_ms: int
    score: float


@dataclass(frozen=True, slots=True)
class SpeakerSentiment:
    speaker: str
    baseline: float  # what is "normal" for this speaker; subtracted from raw scores
    overall: float
    label: Label
    arc: tuple[ArcPoint, ...]
    evidence: tuple[Span, ...]  # the strongest moments


@dataclass(frozen=True, slots=True)
class CallSentiment:
    utterances: tuple[UtteranceSentiment, ...]
    speakers: tuple[SpeakerSentiment, ...]
    overall: float
    label: Label
    degraded_reason: str | None = None  # set when the language has no lexicon
