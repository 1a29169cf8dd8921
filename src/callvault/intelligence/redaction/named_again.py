"""A person's name said again after it was hidden with their surname. "…with Bogdan Novak, one
of our senior inspectors" is hidden whole, and "Bogdan will inspect the house" a few lines on
names the same man: the first name alone is placed where no rule takes a rare word for a name
(a sentence's start), yet the call has already said whose it is (thirteenth-dev: the first
names of people hidden in full were left later in the call).

Only names hidden as two or more capitalised words (a given name and a surname) are spread:
a single word hidden as a name may be a recogniser's invention ("Cersei" for "Thursday"), and
spreading it would hide that everyday word wherever it recurs (stop 33 tried and dropped the
looser rule). The repeated word must be capitalised, English must hardly use it, and it must
not be an everyday word that is also a name ("Will", "Grace")."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from callvault.intelligence.redaction.common_names import COMMON, TITLES
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.person import NAME_AFTER_IS_RARE
from callvault.intelligence.redaction.tokens import tokenize
from callvault.intelligence.transcript import Utterance
from callvault.intelligence.wordcounts import rarer_than

RARE = NAME_AFTER_IS_RARE  # as rare as a name said after "is"
_POSSESSIVE = ("'s", "’s")


def names_again(
    utterances: Sequence[Utterance], spans: Mapping[int, Sequence[PiiSpan]]
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> spans of name words hidden elsewhere in the call as part of a full
    name, said again on their own."""
    return said_again(utterances, spans, EntityType.PERSON, _name_words)


def said_again(
    utterances: Sequence[Utterance],
    spans: Mapping[int, Sequence[PiiSpan]],
    kind: EntityType,
    words_of: Callable[[str], set[str]],
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> spans of `kind` for the words (`words_of` the hidden text) of what
    was hidden as `kind` somewhere in the call, wherever they are said again unhidden."""
    texts = {u.index: u.text for u in utterances}
    words: set[str] = set()
    for index, found in spans.items():
        for s in found:
            if s.type is kind:
                words |= words_of(texts[index][s.start : s.end])
    if not words:
        return {}
    out: dict[int, list[PiiSpan]] = {}
    for u in utterances:
        hidden = spans.get(u.index, ())
        for t in tokenize(u.text):
            if bare(t.text) not in words:
                continue
            if any(s.start < t.end and t.start < s.end for s in hidden):
                continue
            out.setdefault(u.index, []).append(PiiSpan(kind, t.start, t.end))
    return out


def _name_words(said: str) -> set[str]:
    """The words of a full name hidden as one ("Bogdan Novak"), as written, that may be
    spread; none for a single word."""
    parts = [t for t in tokenize(said) if t.is_word]
    if len(parts) < 2 or not all(t.is_title for t in parts):
        return set()
    return {bare(t.text) for t in parts if spreadable(bare(t.text))}


def spreadable(word: str, shortest: int = 3) -> bool:
    """A capitalised word English hardly uses, no title and no everyday word that is also a
    name: safe to hide wherever the call says it again."""
    low = word.lower()
    return (
        len(word) >= shortest
        and word[0].isupper()
        and word[1:].islower()
        and low not in COMMON
        and low not in TITLES
        and rarer_than(low, RARE)
    )


def bare(text: str) -> str:
    for tail in _POSSESSIVE:
        if text.endswith(tail):
            return text[: -len(tail)]
    return text
