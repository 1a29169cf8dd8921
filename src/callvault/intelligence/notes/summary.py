"""Extractive summary: TextRank over TF-IDF sentence vectors, nudged by call-structure cues,
then the top few sentences in call order."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

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


def _lines_wanted(eligible: int) -> int:
    return 3 if eligible <= 12 else 4 if eligible <= 30 else 5


def summarise(
    sentences: Sequence[Sentence],
    *,
    action_sentences: frozenset[int] = frozenset(),
    terms: Sequence[str] = (),
) -> tuple[NoteLine, ...]:
    """3-5 central sentences in call order; `action_sentences` are indexes into `sentences`."""
    eligible = [i for i, s in enumerate(sentences) if len(content_tokens(s.text)) >= MIN_CONTENT]
    if not eligible:
        return ()
    bags = [Counter(content_tokens(sentences[i].text)) for i in eligible]
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
    chosen: list[int] = []
    # Highest rank first; ties broken by call order so the output is deterministic.
    for row in sorted(range(n), key=lambda r: (-rank[r], r)):
        if all(similarity[row, other] <= REDUNDANT for other in chosen):
            chosen.append(row)
        if len(chosen) == wanted:
            break
    picked = [sentences[eligible[row]] for row in sorted(chosen)]
    return tuple(NoteLine(f"{s.speaker}: {s.text}", (s.span,)) for s in picked)


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
