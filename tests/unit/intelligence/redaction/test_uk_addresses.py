"""Addresses and postcodes said the British way: streets named Grove, Gardens or Mews, and
postcodes, whose shape alone says what they are, as written or as the recogniser heard them.
Everyday words that are also street types stay without a capital. Sentences written for
these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from tests.support.redacting import redacted_text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("It's 41 Ashville Grove, Headingley.", "Ashville"),
        ("Flat 2, 9 Orchard Gardens.", "Orchard"),
        ("Send it to SW1A 1AA please.", "1AA"),
        ("41 Asheville Grove, headingly LS6 -2QS.", "2QS"),
        ("The postcode's LS6 2QF, yes.", "2QF"),
        # A pause heard as a comma inside the postcode, and a flat with its house number
        # whose street type the recogniser lost.
        ("It's LX6, 4QC.", "4QC"),
        ("Flat 3, 27 NARLOROS, LEAST.", "NARLOROS"),
        ("Flat 3, 27 Narloros, Leeds.", "27"),
    ],
)
def test_uk_streets_and_postcodes_are_hidden(text: str, gone: str) -> None:
    assert gone not in redacted_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "We have 3 green ones and 2 park benches.",
        "It's 4 walk-in rooms.",
        "Model KX9 is fine.",
        "We charge a flat 30, 40 Pounds at most.",
        "It is a flat 3, 27 of them.",
    ],
)
def test_everyday_words_and_short_codes_stay(text: str) -> None:
    assert redacted_text(text) == text
