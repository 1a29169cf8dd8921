"""A card number read with an aside in the middle (stop 25, seventh-dev): the pieces of one
breath that make 13 digits or more are hidden, the aside kept, even when no question for a
card was heard; a price, a time, a count, a range, a labelled number or a phone said in the
same breath is not taken for such a piece."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect
from tests.unit.intelligence.redaction.conversation_call import redacted_texts


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.type.value, text[s.start : s.end]) for s in detect(text)]


@pytest.mark.parametrize(
    ("said", "pieces"),
    [
        # As the recogniser wrote seventh-dev's florist call: the aside and a lone digit kept;
        # "double" belongs to the digits glued after it ("double eight two six…").
        (
            "541277 hurry bad light in here three you double 8264915",
            ["541277", "double 8264915"],
        ),
        (
            "4532, double one -eight, 77, uh, sorry, 64, 2903.",
            ["4532, double one -eight, 77", "64, 2903"],
        ),
        ("It's 5412 7755, hang on, my glasses, 3381 9024.", ["5412 7755", "3381 9024"]),
    ],
)
def test_the_pieces_of_a_card_read_around_an_aside_are_hidden(said: str, pieces: list[str]) -> None:
    assert _found(said) == [("card_number", p) for p in pieces]


@pytest.mark.parametrize(
    "said",
    [
        "the tracking number is 4471 2210, sorry, 9983 5521 77",  # labelled
        "It was $62 each, 3 of them came to 186 dollars, and 24 tax on 2026 orders",
        "I have 3 kids, 2 dogs, 145 acres, and 2400 sheep since 1998",
        "between 8 and 11 on the 14th, or 2 to 4 on the 15th, unit 1204",  # a list, a range
        "at 10.30, then 11.45, then 1315, 1420 and 1630",  # times
        "It's 5412 7755.",  # one piece, too short: the other detectors' to judge
    ],
)
def test_numbers_that_say_what_they_are_stay(said: str) -> None:
    assert not [t for t, _ in _found(said) if t == "card_number"]


def test_a_phone_said_after_a_unit_number_is_a_phone_and_the_unit_stays() -> None:
    assert _found("my number is 415 555 0134 and the zip is 94110") == [
        ("phone", "415 555 0134"),
        ("address", "94110"),
    ]
    red = redacted_texts(
        ("caller", 0, "It's unit 612."), ("caller", 2000, "My number is 612 804 3331.")
    )
    assert red == ["It's unit 612.", "My number is [PHONE]."]
