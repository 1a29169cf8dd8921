"""A card read out after a card question the recogniser garbled: the long run alone says a
payment is under way, so the payer's next short answers (expiry, code) are hidden; once both
were given, the payment is over and amounts, times and flight numbers survive."""

from __future__ import annotations

from tests.unit.intelligence.redaction.conversation_call import redacted_texts


def test_short_answers_after_a_misheard_card_are_hidden() -> None:
    # A sixteen-digit run with one digit misheard (no Luhn), no "card" heard anywhere, and
    # the expiry and code questions turned into other words.
    red = redacted_texts(
        ("callee", 0, "Alright, go ahead whenever you're ready."),
        ("caller", 3000, "Sure, 4716 2093 5518 8342."),
        ("callee", 8000, "Expression bait?"),
        ("caller", 10000, "11"),
        ("callee", 12000, "and the tree dish it dope?"),
        ("caller", 14000, "547"),
        ("callee", 17000, "The hold is 350 until you return the car."),
        ("caller", 21000, "350, wow, okay."),
        ("caller", 24000, "My flight 2218 lands at 7."),
    )
    assert red[3] != "11"
    assert "547" not in red[5]
    assert red[6] == "The hold is 350 until you return the car."
    assert red[7] == "350, wow, okay."
    assert red[8] == "My flight 2218 lands at 7."


def test_an_amount_after_expiry_and_code_survives_even_unechoed() -> None:
    red = redacted_texts(
        ("caller", 0, "Okay it's 5391 0277 4410 6283"),
        ("callee", 5000, "Expired eight?"),
        ("caller", 7000, "oh four twenty nine"),
        ("callee", 9000, "and the free digit cold?"),
        ("caller", 11000, "812"),
        ("caller", 14000, "200, that's steep."),
    )
    assert "twenty nine" not in red[2]
    assert "812" not in red[4]
    assert red[5] == "200, that's steep."


def test_a_labelled_long_number_opens_no_payment() -> None:
    # A tracking number is as long as a card: its label says what it is, and the short
    # numbers the same party says next are a quantity and a time.
    red = redacted_texts(
        ("caller", 0, "The tracking number is 4200 1234 5678 9012 345."),
        ("callee", 5000, "Thanks, how many boxes?"),
        ("caller", 7000, "12"),
        ("callee", 9000, "And when are you home?"),
        ("caller", 11000, "after 530"),
    )
    assert red[0] == "The tracking number is 4200 1234 5678 9012 345."
    assert red[2] == "12"
    assert red[4] == "after 530"
