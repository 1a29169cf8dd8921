"""What the sentiment head reads beside the sentence vector (ADR 0032): the rules' score, VADER
on the whole turn, and four cues a mean-pooled vector blurs — negation, hedges, thanks and a
question. Named in the head's JSON, so a head fitted on other features is refused, not misread."""

from __future__ import annotations

import re
from collections.abc import Callable

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from callvault.intelligence.sentiment.scorer import vader

# "not", "never", "nobody", "hasn't": a feeling word near one means the opposite or nothing.
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|nobody|hardly|without)\b|n't\b", re.I)
# "a bit", "pretty", "to be honest": polite complaints are hedged ("I'm a little disappointed").
_HEDGE = re.compile(
    r"\b(?:a bit|a little|bit|quite|pretty|fairly|rather|kind of|sort of|honestly"
    r"|to be honest)\b",
    re.I,
)
_THANKS = re.compile(r"\b(?:thanks?|thank you|cheers|appreciate\w*)\b", re.I)


def _flag(pattern: re.Pattern[str]) -> Callable[[str, float], float]:
    return lambda text, _rules: 1.0 if pattern.search(text) else 0.0


def _vader(text: str, _rules: float) -> float:
    analyzer: SentimentIntensityAnalyzer = vader()
    return float(analyzer.polarity_scores(text)["compound"])


FEATURES: dict[str, Callable[[str, float], float]] = {
    "rules": lambda _text, rules: rules,
    "vader": _vader,
    "negation": _flag(_NEGATION),
    "hedge": _flag(_HEDGE),
    "thanks": _flag(_THANKS),
    "question": lambda text, _rules: 1.0 if text.rstrip().endswith("?") else 0.0,
}


def extract(names: tuple[str, ...], text: str, rules: float) -> list[float]:
    """The named features of one turn, whose rule score (scorer.score_utterance) is `rules`."""
    return [FEATURES[n](text, rules) for n in names]
