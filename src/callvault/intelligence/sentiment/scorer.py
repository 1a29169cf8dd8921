"""One utterance's raw sentiment: VADER on what is left after the agent script and the
call-centre phrases are taken out, plus the weights of those phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from callvault.intelligence.sentiment.lexicon import LanguageProfile
from callvault.intelligence.transcript import Span, Utterance

VADER_WEIGHT = 0.7  # VADER's compound saturates fast on short spoken sentences
EVIDENCE_VALENCE = 1.0  # a VADER word weaker than this did not "drive" anything
NEGATION_REACH = 3  # words before a phrase that can negate it
TERSE_WORDS = 5  # turns this short are answers, not opinions
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_LEADING_ACK = re.compile(r"^\s*(?:[A-Za-z']+[ ,]*){1,2}[.!?](?=\s)")


@dataclass(frozen=True, slots=True)
class RawScore:
    raw: float
    evidence: tuple[Span, ...]
    phrase_hits: int  # call-centre phrases found; the baseline ignores utterances with any


@cache
def vader() -> SentimentIntensityAnalyzer:
    # Loading the lexicon file takes ~50 ms; do it once per process, on first use.
    return SentimentIntensityAnalyzer()


def _clamp(value: float) -> float:
    return max(-1.0, min(1.0, value))


def _negated(text: str, start: int, profile: LanguageProfile) -> tuple[bool, int]:
    """Whether a negator sits within NEGATION_REACH words before `start`, and where it starts."""
    before = list(_WORD.finditer(text[:start]))[-NEGATION_REACH:]
    for m in before:
        if profile.negators.search(m.group()):
            return True, m.start()
    return False, start


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        chars[i] = " "


def score_utterance(utterance: Utterance, profile: LanguageProfile) -> RawScore:
    """Raw score (-1..1) of one utterance and the spans that drove it."""
    text = utterance.text
    masked = list(text)
    taken: list[tuple[int, int]] = []

    for pattern in profile.script:
        for m in pattern.finditer(text):
            _blank(masked, m.start(), m.end())
            taken.append((m.start(), m.end()))

    for m in profile.intensifiers.finditer(text):
        _blank(masked, m.start(), m.end())

    hits: list[tuple[int, int, float]] = []
    for phrase in profile.phrases:
        for m in phrase.pattern.finditer(text):
            # Phrases are listed most specific first: "want a refund" beats a bare "refund".
            if not phrase.over_script and any(m.start() < b and m.end() > a for a, b in taken):
                continue
            weight, start = phrase.weight, m.start()
            if phrase.negatable:
                negated, at = _negated(text, m.start(), profile)
                if negated:
                    # "I don't want to cancel my account" is reassurance, but weaker than the
                    # phrase itself.
                    weight, start = -0.4 * weight, at
            hits.append((start, m.end(), weight))
            taken.append((m.start(), m.end()))
            _blank(masked, m.start(), m.end())

    words = list(_WORD.finditer(text))
    lead = _LEADING_ACK.match(text)
    if (
        lead
        and len(words) > TERSE_WORDS
        and all(m.group().lower() in profile.terse for m in _WORD.finditer(lead.group()))
    ):
        # "Perfect. Should I do anything?": an acknowledgement opening a longer turn.
        _blank(masked, lead.start(), lead.end())
    if len(words) <= TERSE_WORDS:
        # "No." / "Yeah, fine." carry no sentiment, though VADER scores them ±0.3-0.4 when
        # they stand alone; in a short turn they are acknowledgements, so VADER skips them.
        for m in words:
            if m.group().lower() in profile.terse:
                _blank(masked, m.start(), m.end())
    rest = "".join(masked)
    compound = float(vader().polarity_scores(rest)["compound"]) if rest.strip() else 0.0

    lexicon = sum(w for _, _, w in hits)
    raw = _clamp(VADER_WEIGHT * compound + lexicon)
    sign = 1 if raw > 0.05 else -1 if raw < -0.05 else 0
    spans = [(a, b) for a, b, w in hits if sign and (w > 0) == (sign > 0)]
    if sign and compound * sign > 0.05:
        spans.extend(_vader_words(rest, sign, profile))
    evidence = tuple(Span(utterance.index, a, b) for a, b in sorted(set(spans)))
    return RawScore(raw=raw, evidence=evidence, phrase_hits=len(hits))


def _vader_words(rest: str, sign: int, profile: LanguageProfile) -> list[tuple[int, int]]:
    """Spans of the VADER lexicon words (with their negator) that pushed the score to `sign`."""
    lexicon: dict[str, float] = vader().lexicon
    out: list[tuple[int, int]] = []
    for m in _WORD.finditer(rest):
        valence = lexicon.get(m.group().lower())
        if valence is None or abs(valence) < EVIDENCE_VALENCE:
            continue
        negated, at = _negated(rest, m.start(), profile)
        if negated:
            valence = -valence
        if (valence > 0) == (sign > 0):
            out.append((at, m.end()))
    return out
