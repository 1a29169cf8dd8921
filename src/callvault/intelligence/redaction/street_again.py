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

from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.named_again import bare, said_again, spreadable
from callvault.intelligence.redaction.tokens import Token, tokenize
from callvault.intelligence.transcript import Utterance

_AFTER_NUMBER = 3  # words after the house number that may name the street
_SHORTEST = 4  # letters: "Elm" and "Oak" are everyday words too


def streets_again(
    utterances: Sequence[Utterance], spans: Mapping[int, Sequence[PiiSpan]]
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> spans of street names hidden elsewhere in the call as part of an
    address, said again outside any hidden span."""
    return said_again(utterances, spans, EntityType.ADDRESS, _street_words)


def _street_words(said: str) -> set[str]:
    return street_words(tokenize(said))


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
        if spreadable(word, _SHORTEST):
            out.add(word)
    return out
