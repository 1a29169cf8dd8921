"""A party's name with a possessive the recogniser added ("Nadia's speaking" for "Nadia
speaking") or the speaker said ("Okafor's file") is still the name; other words with "'s"
and names that are not the call's parties stay."""

from __future__ import annotations

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType

PARTIES = ("Nadia Okafor", "Bill Grant")


def _found(text: str) -> list[str]:
    spans = detect(text, types=DEFAULT_TYPES, parties=PARTIES)
    return [text[s.start : s.end] for s in spans if s.type is EntityType.PERSON]


def test_a_possessive_party_name_is_hidden_whole() -> None:
    assert _found("Harbour Dental, Nadia's speaking, how can I help?") == ["Nadia's"]
    assert _found("I pulled up Okafor's file just now.") == ["Okafor's"]


def test_other_possessives_survive() -> None:
    # "bill" is an everyday word: lower-case, it is no name, with or without "'s".
    assert _found("Harbour Dental's bill's total is 120 dollars, and Kevin's car is here.") == []
    assert _found("That's fine, it's order 5521 and the bill's due Friday.") == []
