"""Extractive summary: the reason for the call (the first sentence that asks for something or
states a problem), its outcome (the last sentence that says what was done or will happen),
then TextRank over TF-IDF sentence vectors, nudged by call-structure cues, for the rest; all in
call order. A sentence holding redacted PII (a placeholder other than a person's name) or
mostly placeholders is never a line: it tells a reader nothing and points at sensitive audio."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from callvault.intelligence.notes.models import NoteLine
from callvault.intelligence.notes.text import Sentence, content_tokens

MIN_CONTENT = 3  # shorter sentences ("Sure, one moment.") never summarise a call
DAMPING = 0.85
ITERATIONS = 60
REDUNDANT = 0.5  # cosine above which a sentence repeats one already chosen
EDGE_BOOST = 1.15  # openings state the reason for the call, closings the outcome
FACT_BOOST = 1.1  # numbers, money and dates are what people come back to notes for
ACTION_BOOST = 1.25  # commitments belong in the summary too
TERM_BOOST = 1.2
_FACT = re.compile(r"\d|£|\$|€|\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow)\b", re.I)
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")
_PERSON = "[PERSON]"
MAX_PLACEHOLDER_SHARE = 1 / 3
# Why people call: a need, a problem, a question.
_REASON = re.compile(
    r"\b(?:i(?:'m| am) calling|calling (?:about|because|to|regarding)|i (?:need|want"
    r"|would like|'d like|wanted|was hoping|was wondering)|i(?:'ve| have) (?:a problem|an issue"
    r"|a question|been charged|not (?:received|got))|(?:has|have)(?:n'?t| not) (?:arrived|come"
    r"|been delivered|turned up)|i was (?:charged|billed)|(?:problem|issue|trouble) with"
    r"|my (?:\w+ ){1,3}(?:was|were|has|have|keeps|isn'?t|won'?t|doesn'?t|hasn'?t|got|is (?:not"
    r"|broken|late|missing|wrong|too|way|still))|my (?:\w+ )?(?:bill|invoice|statement"
    r"|charges?)\b|can(?:'t|not| not) (?:log|get|access|pay|find|use|see)|(?:someone|somebody)"
    r" (?:\w+[- ])?\w+ed (?:me|my|into)|question about|(?:lost|stolen) (?:my|the) |(?:is|are"
    r"|was|were|arrived|came) (?:\w+ )?(?:cracked|broken|damaged|missing|wrong|faulty|late)"
    r"|(?:accident|collision|stuck|cancell?ed|double[- ]charged|charged twice)"
    # Faults said plainly, beyond the dev half (issue #11): "the boiler's broken", "keeps
    # dropping out", "I've got a grinding noise", "stopped working".
    r"|(?:'s|is|are|was|were) (?:\w+ )?(?:broken|leaking|not working|locked|smashed|overdue"
    r"|missing)|keeps? (?:\w+ing)|(?:stopped|isn'?t|not|wasn'?t) working|won'?t (?:start|turn"
    r"|open|load|connect)|i(?:'ve| have)(?: got)? (?:a |an |really |bad |some )+(?:\w+ )?(?:problem"
    r"|issue|noise|leak|fault|error|toothache|pain|question)|(?:locked|shut) out"
    r"|(?:hasn'?t|haven'?t|didn'?t|never) (?:arrived|come|got|received|heard)|heard nothing"
    r"|i(?:'d| would) like to (?:book|cancel|change|order|make|arrange|open|close|report))",
    re.I,
)
# Who is speaking, not why they called: never the reason line on its own.
_INTRO = re.compile(
    r"^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)|yes|yeah)[, ]+)*(?:\[PERSON\][, ]+)?"
    r"(?:it'?s|this is|my name is|i'?m) (?:\[PERSON\]|[A-Z]\w+)",
    re.I,
)
# Something done there and then: the call's outcome before any later promise.
_DONE = re.compile(
    r"\b(?:(?:i|we)(?:'ve| have)|(?:it|that|this)(?:'s| is| has been)|you(?:'re| are)(?: now)?"
    r"|(?:it|that|this)(?:'s| is) (?:now|all)) (?:\w+ )?(?:booked|rebooked|ordered|opened"
    r"|cancell?ed|refunded|blocked|approved|reset|unlocked|confirmed|moved|scheduled|raised"
    r"|logged|arranged|credited|waived|issued|updated|changed|upgraded|processed|reversed"
    r"|dispatched|all set|sorted)\b",
    re.I,
)
# What came of it: something done, promised or scheduled.
_OUTCOME = re.compile(
    r"\b(?:(?:(?:i|we)(?:'ve| have)|(?:it|that)(?:'s| has) been) (?:\w+ )?(?:issued|waived|moved"
    r"|booked|updated|sent|cancell?ed|refunded|blocked|upgraded|changed|processed|arranged"
    r"|scheduled|released|credited|applied|fixed|reset|added|removed|ordered|dispatched"
    r"|approved|confirmed|reversed|resolved)|(?:will|should) (?:arrive|reach you|be (?:delivered"
    r"|there|with you|sent|back|fixed|sorted|refunded|credited))|(?:i|we)(?:'ll| will) (?:\w+ )?"
    r"(?:send|post|ship|waive|refund|call|email|upgrade|move|release|deliver|block|cancel|book"
    r"|arrange|credit|reverse)|went through|is (?:now )?(?:fixed|sorted|resolved|booked"
    r"|confirmed|on its way))\b",
    re.I,
)


def _lines_wanted(eligible: int) -> int:
    return 3 if eligible <= 12 else 4 if eligible <= 30 else 5


def mostly_placeholders(text: str) -> bool:
    """Whether text holds redacted PII other than a person's name, or is mostly placeholders."""
    found = PLACEHOLDER.findall(text)
    if not found:
        return False
    if any(p != _PERSON for p in found):
        return True
    return len(found) >= MAX_PLACEHOLDER_SHARE * max(1, len(text.split()))


def _plain(text: str) -> str:
    return PLACEHOLDER.sub(" ", text)


def summarise(
    sentences: Sequence[Sentence],
    *,
    action_sentences: frozenset[int] = frozenset(),
    terms: Sequence[str] = (),
    labels: Mapping[str, str] | None = None,
) -> tuple[NoteLine, ...]:
    """3-5 sentences in call order, the reason for the call first and its outcome last where
    they can be found; `action_sentences` are indexes into `sentences`; `labels` names the
    person behind each speaker label for the line prefix."""
    eligible = [
        i
        for i, s in enumerate(sentences)
        if not mostly_placeholders(s.text)
        and (
            len(content_tokens(_plain(s.text))) >= MIN_CONTENT
            # "I'm calling about a shipment that's stuck": short, and why the call was made
            or (len(content_tokens(_plain(s.text))) >= 2 and _REASON.search(s.text) is not None)
        )
    ]
    if not eligible:
        return ()
    bags = [Counter(content_tokens(_plain(sentences[i].text))) for i in eligible]
    vocabulary = sorted({t for bag in bags for t in bag})
    column = {t: j for j, t in enumerate(vocabulary)}
    frequency = Counter(t for bag in bags for t in bag)
    n = len(eligible)
    vectors = np.zeros((n, len(vocabulary)))
    for row, bag in enumerate(bags):
        for term, count in bag.items():
            vectors[row, column[term]] = (1 + math.log(count)) * (
                math.log((n + 1) / (frequency[term] + 1)) + 1
            )
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, 0.0)

    rank = _pagerank(similarity) * _cues(sentences, eligible, action_sentences, terms)
    wanted = _lines_wanted(n)
    reason = _reason(sentences, eligible)
    outcome = _outcome(sentences, eligible, action_sentences, after=reason)
    chosen: list[int] = [r for r in (reason, outcome) if r is not None]
    # Highest rank first; ties broken by call order so the output is deterministic.
    for row in sorted(range(n), key=lambda r: (-rank[r], r)):
        if len(chosen) >= wanted:
            break
        if row not in chosen and all(similarity[row, other] <= REDUNDANT for other in chosen):
            chosen.append(row)
    names = labels or {}
    lines: list[NoteLine] = []
    for row in sorted(chosen):
        s = sentences[eligible[row]]
        kind = "reason" if row == reason else "outcome" if row == outcome else "detail"
        who = names.get(s.speaker, s.speaker)
        lines.append(NoteLine(f"{who}: {s.text}", (s.span,), kind))
    return tuple(lines)


def _reason(sentences: Sequence[Sentence], eligible: Sequence[int]) -> int | None:
    """Row of the first sentence in the first half of the call that states a need, from the
    party who did not open the call when there is one (the opener is usually the agent's
    greeting: "my name is Samuel" is not why anyone called)."""
    half = max(1, len(sentences) // 2)
    opener = sentences[0].speaker if sentences else None
    found = [
        row for row, i in enumerate(eligible) if i < half and _REASON.search(sentences[i].text)
    ]
    # Whoever placed the call has its reason: the caller's party when the labels say so
    # (a recogniser's timing can put the callee's greeting after the caller's first words).
    caller = [row for row in found if sentences[eligible[row]].speaker.startswith("caller")]
    other = [row for row in found if sentences[eligible[row]].speaker != opener]
    chosen = caller or other or found
    if chosen:
        return chosen[0]
    # Nothing says "I need" or names a fault: the caller's first sentence with substance
    # (the customer's first request), not an introduction, in the first half.
    first_half = max(1, (len(sentences) + 1) // 2)
    callers = {s.speaker for s in sentences if s.speaker.startswith("caller")}
    plain = [
        row
        for row, i in enumerate(eligible)
        if i < first_half
        and (sentences[i].speaker in callers if callers else sentences[i].speaker != opener)
        and not _INTRO.match(sentences[i].text)
        and len(content_tokens(_plain(sentences[i].text))) > MIN_CONTENT
    ]
    return plain[0] if plain else None


def _outcome(
    sentences: Sequence[Sentence],
    eligible: Sequence[int],
    action_sentences: frozenset[int],
    *,
    after: int | None,
) -> int | None:
    """Row of the last sentence after the reason (and past the first third) that says what
    was done or will happen; an action item's sentence when nothing says so plainly."""
    first = max(len(sentences) // 3, -1 if after is None else eligible[after] + 1)
    rows = [(row, i) for row, i in enumerate(eligible) if i >= first]
    for pattern in (_DONE, _OUTCOME):  # what was done there, else what will happen
        for row, i in reversed(rows):
            if pattern.search(sentences[i].text):
                return row
    for row, i in reversed(rows):
        if i in action_sentences:
            return row
    return None


def _pagerank(similarity: np.ndarray) -> np.ndarray:
    n = similarity.shape[0]
    sums = similarity.sum(axis=1, keepdims=True)
    # A sentence sharing no words with any other links to all equally instead of leaking rank.
    transition = np.where(sums > 0, similarity / np.where(sums > 0, sums, 1.0), 1.0 / n)
    rank = np.full(n, 1.0 / n)
    for _ in range(ITERATIONS):
        rank = (1 - DAMPING) / n + DAMPING * transition.T @ rank
    return rank


def _cues(
    sentences: Sequence[Sentence],
    eligible: Sequence[int],
    action_sentences: frozenset[int],
    terms: Sequence[str],
) -> np.ndarray:
    lowered = [t.lower() for t in terms]
    edge = max(1, len(sentences) // 5)
    out = np.ones(len(eligible))
    for row, i in enumerate(eligible):
        text = sentences[i].text
        if i < edge or i >= len(sentences) - edge:
            out[row] *= EDGE_BOOST
        if _FACT.search(text):
            out[row] *= FACT_BOOST
        if i in action_sentences:
            out[row] *= ACTION_BOOST
        if any(term and term in text.lower() for term in lowered):
            out[row] *= TERM_BOOST
    return out
