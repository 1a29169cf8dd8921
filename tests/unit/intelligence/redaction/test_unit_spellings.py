"""A flat number written the way the recogniser spells "apartment" when it hears a French or
doubled-p form ("Appartement 14", "Appartment 9C") is a unit like "apartment 14", and a ZIP
code said after a lettered unit goes with it. Room, floor and amounts stay."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType


def _addresses(text: str) -> list[str]:
    spans = detect(text, types=DEFAULT_TYPES)
    return [text[s.start : s.end] for s in spans if s.type is EntityType.ADDRESS]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The lease is for Appartement 14, 98107.", "Appartement 14, 98107"),
        ("yes, Appartment 9C", "Appartment 9C"),
        ("it's apartement twelve", "apartement twelve"),
        ("my place is apartment 4B, 60614.", "apartment 4B, 60614"),
    ],
)
def test_misspelt_units_and_their_zip_are_hidden(text: str, unit: str) -> None:
    assert _addresses(text) == [unit]


def test_numbers_near_no_unit_survive() -> None:
    text = "We moved to the 3rd floor, room 412, and the rent went up 150 dollars."
    assert detect(text, types=DEFAULT_TYPES) == []
    # A lettered unit with no comma after it: the number after it is no ZIP.
    assert _addresses("apartment 4B 2 bedrooms") == ["apartment 4B"]
