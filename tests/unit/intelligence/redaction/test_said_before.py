"""A number said first in pieces no rule took ("six, one," … "two,"), then repeated by the
other party and hidden there ("So 612 804 3331"): the pieces are hidden too (issue 11,
holdout-dev: the area code stayed readable). Digits that are no piece of it stay."""

from __future__ import annotations

from tests.unit.intelligence.redaction.conversation_call import redacted_texts


def test_the_pieces_of_a_number_the_other_party_repeats_are_hidden() -> None:
    red = redacted_texts(
        ("callee", 0, "Best number still 612 555 0183?"),
        ("caller", 5000, "No, my cell, six, one,"),
        ("caller", 8000, "two,"),
        ("callee", 9000, "So 612 804 3331."),
        ("caller", 12000, "That's right."),
    )
    assert red[1] == "No, my cell, [PHONE],"
    assert red[2] == "[PHONE],"
    assert red[4] == "That's right."


def test_digits_that_are_no_piece_of_it_stay() -> None:
    red = redacted_texts(
        ("callee", 0, "How many of you are travelling?"),
        ("caller", 3000, "3 adults and 1 child, 9 bags."),
        ("caller", 6000, "I paid 480 for the seats."),
        ("callee", 9000, "Thanks. I'll text 415 555 0123 when it's done."),
    )
    assert red[1] == "3 adults and 1 child, 9 bags."
    assert red[2] == "I paid 480 for the seats."


def test_pieces_said_long_before_or_by_the_same_party_stay() -> None:
    red = redacted_texts(
        ("caller", 0, "It's unit 612."),
        ("caller", 2000, "My number is 612 804 3331."),
    )
    assert red[0] == "It's unit 612."
    red = redacted_texts(
        ("caller", 0, "It's unit 612."),
        ("callee", 30_000, "I'll call 612 804 3331."),
    )
    assert red[0] == "It's unit 612."
