"""Finding moment rules' phrases and keywords in a transcript.

Matching is on whole words, case-insensitive, ignoring punctuation and spacing between words,
apostrophes ("cant" = "can't") and possessives ("Acme's" = "Acme"). A rule phrase "cancel"
therefore never hits "cancellation", "cancelled" or "can sell": inflections must be listed as
phrases of their own, which keeps hits explainable. Phrases of two or more words (and at least
MIN_FUZZY_CHARS letters) also match small recognition errors ("cancel my a count") when a
window of nearby word count scores FUZZY_THRESHOLD or more with rapidfuzz; single words and
keywords never match fuzzily (too many real words sit one letter apart), they use the
dictionary's aliases instead. `matched` is the rule's own phrase or keyword; the evidence span
shows what was actually said."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from callvault.intelligence.transcript import Span, Transcript, Utterance

FUZZY_THRESHOLD = 90.0
MIN_FUZZY_CHARS = 10
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class MomentRule:
    key: str  # the moment definition id
    phrases: tuple[str, ...]
    keywords: tuple[str, ...]
    speakers: frozenset[str] | None = None  # None: anyone


@dataclass(frozen=True, slots=True)
class MomentHit:
    key: str
    evidence: Span
    matched: str


@dataclass(frozen=True, slots=True)
class _Needle:
    said_as: tuple[str, ...]  # normalised words to look for
    matched: str  # what the hit reports
    fuzzy: bool
    priority: int  # the rule's order: earlier phrases win overlaps


@dataclass(frozen=True, slots=True)
class _Candidate:
    first: int  # word indexes, inclusive
    last: int
    exact: bool
    score: float
    needle: _Needle


def _norm(word: str) -> str:
    # Possessives match their noun ("Acme's" is Acme); other apostrophes are dropped so
    # "can't" and "cant" agree. Phrases are normalised the same way, so both sides stay equal.
    word = word.lower().replace("’", "'")
    return word.removesuffix("'s").replace("'", "")


def _words(text: str) -> list[str]:
    return [_norm(m.group()) for m in _WORD.finditer(text)]


def _needles(rule: MomentRule, aliases: Mapping[str, Sequence[str]]) -> list[_Needle]:
    by_term = {k.lower(): v for k, v in aliases.items()}
    out: list[_Needle] = []
    for phrase in rule.phrases:
        said = tuple(_words(phrase))
        if said:
            fuzzy = len(said) >= 2 and sum(map(len, said)) >= MIN_FUZZY_CHARS
            out.append(_Needle(said, phrase, fuzzy, len(out)))
    for keyword in rule.keywords:
        for form in [keyword, *by_term.get(keyword.lower(), ())]:
            said = tuple(_words(form))
            if said:
                out.append(_Needle(said, keyword, False, len(out)))
    return out


def _candidates(words: Sequence[str], needle: _Needle) -> list[_Candidate]:
    n = len(needle.said_as)
    out: list[_Candidate] = []
    for i in range(len(words) - n + 1):
        if tuple(words[i : i + n]) == needle.said_as:
            out.append(_Candidate(i, i + n - 1, True, 100.0, needle))
    if not needle.fuzzy:
        return out
    target = " ".join(needle.said_as)
    for i in range(len(words)):
        # ASR splits or merges words ("account" -> "a count"): try windows one word either side.
        best: _Candidate | None = None
        for size in (n - 1, n, n + 1):
            if size < 1 or i + size > len(words):
                continue
            score = fuzz.ratio(target, " ".join(words[i : i + size]))
            if score >= FUZZY_THRESHOLD and (best is None or score > best.score):
                best = _Candidate(i, i + size - 1, False, score, needle)
        if best is not None:
            out.append(best)
    return out


def _rule_hits(
    rule: MomentRule, needles: Sequence[_Needle], utterance: Utterance
) -> list[MomentHit]:
    spans = [(m.start(), m.end()) for m in _WORD.finditer(utterance.text)]
    words = [_norm(utterance.text[a:b]) for a, b in spans]
    found = [c for needle in needles for c in _candidates(words, needle)]
    # Longer phrases beat shorter ones they contain ("cancel my account" over "cancel", even
    # when misheard), then exact beats fuzzy, closer beats looser, and the rule's order breaks
    # ties: a stable choice, so re-running on the same transcript gives the same hits.
    found.sort(
        key=lambda c: (-len(c.needle.said_as), not c.exact, -c.score, c.needle.priority, c.first)
    )
    used: set[int] = set()
    hits: list[tuple[int, MomentHit]] = []
    for c in found:
        covered = set(range(c.first, c.last + 1))
        if covered & used:
            continue
        used |= covered
        span = Span(utterance.index, spans[c.first][0], spans[c.last][1])
        hits.append((c.first, MomentHit(rule.key, span, c.needle.matched)))
    return [h for _, h in sorted(hits, key=lambda p: p[0])]


def match_moments(
    transcript: Transcript,
    rules: Sequence[MomentRule],
    *,
    aliases: Mapping[str, Sequence[str]] = {},  # read only, so a shared default is safe
) -> list[MomentHit]:
    """Every rule hit, ordered by utterance, position, then rule order; no overlaps per rule."""
    prepared = [(order, rule, _needles(rule, aliases)) for order, rule in enumerate(rules)]
    hits: list[tuple[int, int, int, MomentHit]] = []
    for utterance in transcript.utterances:
        for order, rule, needles in prepared:
            if rule.speakers is not None and utterance.speaker not in rule.speakers:
                continue
            for hit in _rule_hits(rule, needles, utterance):
                hits.append((utterance.index, hit.evidence.start, order, hit))
    return [h for *_, h in sorted(hits, key=lambda p: p[:3])]
