"""Topics: the company dictionary's terms that were said, plus salient noun-like keyphrases
(runs of content words, RAKE-style, recurring in the call). No tagger model: nouns are guessed
by leaving out stopwords, adverbs and common verbs."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from callvault.intelligence.notes.models import Topic
from callvault.intelligence.notes.text import STOPWORDS
from callvault.intelligence.transcript import Span, Transcript

MAX_KEYPHRASES = 6
MAX_EVIDENCE = 20
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_VERBISH_WORDS = """
    send sent email check checked pay paid charge charged work works worked working try
    tried keep kept hold put transfer give wait waiting waited ring rang speak spoke talk asked
    ask happen happened change changed turn turned seem seems set get gets getting got sign
    send sending receive received understand remember forget find found show shows done does
    doing cancel cancelled book booked update updated fix fixed explain explained"""
_VERBISH = frozenset(_VERBISH_WORDS.split())


def _is_content(word: str) -> bool:
    w = word.lower()
    return (
        len(w) >= 3
        and w not in STOPWORDS
        and w not in _VERBISH
        and not w.endswith("ly")
        and "'" not in w
    )


def _term_spans(transcript: Transcript, term: str) -> list[Span]:
    words = [re.escape(w) for w in term.split()]
    if not words:
        return []
    pattern = re.compile(r"\b" + r"[\s\W]+".join(words) + r"\b", re.IGNORECASE)
    return [
        Span(u.index, m.start(), m.end())
        for u in transcript.utterances
        for m in pattern.finditer(u.text)
    ]


def _candidates(transcript: Transcript) -> Counter[str]:
    """Every 1-3 word n-gram inside runs of content words, counted over the call."""
    counts: Counter[str] = Counter()
    for u in transcript.utterances:
        for clause in re.split(r"[,.;:!?]", u.text):
            run: list[str] = []
            for w in [*_WORD.findall(clause), ""]:
                if w and _is_content(w):
                    run.append(w.lower())
                    continue
                for size in (1, 2, 3):
                    for i in range(len(run) - size + 1):
                        counts[" ".join(run[i : i + size])] += 1
                run = []
    return counts


def topics(transcript: Transcript, *, dictionary_terms: Sequence[str] = ()) -> tuple[Topic, ...]:
    """Dictionary terms mentioned (most mentioned first), then recurring keyphrases."""
    found: list[Topic] = []
    for term in dict.fromkeys(t.strip() for t in dictionary_terms if t.strip()):
        spans = _term_spans(transcript, term)
        if spans:
            found.append(Topic(term, len(spans), tuple(spans[:MAX_EVIDENCE])))
    found.sort(key=lambda t: -t.mentions)  # stable: dictionary order breaks ties

    counts = _candidates(transcript)
    covered = {t.term.lower() for t in found}
    # Longer phrases earn more (they are more specific); a word that only ever appears inside
    # a chosen phrase is not a topic of its own.
    ranked = sorted(
        (p for p, c in counts.items() if c >= 2),
        key=lambda p: (-(counts[p] * (1 + 0.5 * (p.count(" ")))), p),
    )
    chosen: list[str] = []
    for phrase in ranked:
        if len(chosen) == MAX_KEYPHRASES:
            break
        if phrase in covered or any(phrase in c or c in phrase for c in covered):
            continue
        if any(phrase in c and counts[phrase] <= counts[c] for c in chosen):
            continue
        if any(c in phrase for c in chosen):
            continue
        chosen.append(phrase)
    for phrase in chosen:
        spans = _term_spans(transcript, phrase)
        found.append(Topic(phrase, len(spans), tuple(spans[:MAX_EVIDENCE])))
    return tuple(found)
