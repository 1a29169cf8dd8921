"""The street of an address hidden elsewhere in the call, said again on its own. A customer's
address is often heard badly ("I made it out Clarkson's treat. Apartment for" for "Nine
eighty-eight South Clarkson Street, apartment four C") and the agent's read-back well ("988
South Clarkson, Apartment 4C 80210", hidden as an address); the read-back tells whose street
the garbled answer named (twenty-first-dev). The other way round too: the answer hidden, its
read-back garbled.

Only the street's own name is spread: the rare capitalised words right after the house number
(up to three words, to the street type or a comma), never the city or country, which a call
names for other reasons ("our Valencia office"), nor an everyday word ("South", "Park")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from callvault.intelligence.redaction.common_names import COMMON
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.named_again import RARE, bare
from callvault.intelligence.redaction.tokens import Token, tokenize
from callvault.intelligence.transcript import Utterance
from callvault.intelligence.wordcounts import rarer_than

_AFTER_NUMBER = 3  # words after the house number that may name the street


def streets_again(
    utterances: Sequence[Utterance], spans: Mapping[int, Sequence[PiiSpan]]
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> spans of street names hidden elsewhere in the call as part of an
    address, said again outside any hidden span."""
    texts = {u.index: u.text for u in utterances}
    words: set[str] = set()
    for index, found in spans.items():
        for s in found:
            if s.type is EntityType.ADDRESS:
                words |= street_words(tokenize(texts[index][s.start : s.end]))
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
            out.setdefault(u.index, []).append(PiiSpan(EntityType.ADDRESS, t.start, t.end))
    return out


def street_words(tokens: list[Token]) -> set[str]:
    """The street name's rare words, as written: the capitalised words after the first
    number of the address, up to a comma or _AFTER_NUMBER words."""
    first = next((k for k, t in enumerate(tokens) if t.is_digits), None)
    if first is None:
        return set()
    out: set[str] = set()
    for t in tokens[first + 1 : first + 1 + _AFTER_NUMBER]:
        if not t.is_word:
            break
        word = bare(t.text)
        if _rare_capitalised(word):
            out.add(word)
    return out


def _rare_capitalised(word: str) -> bool:
    low = word.lower()
    return (
        len(word) >= 4
        and word[0].isupper()
        and word[1:].islower()
        and low not in COMMON
        and rarer_than(low, RARE)
    )
