"""A number named "<word> number" survives an open question unless <word> names personal data
(ADR 0036, stop 24): the names here are in no word list of the detector's, as the next
trade's will not be; names of personal data, words heard as one, a personal word before the
name, a possessive, a valid card and an SSN's groups stay hidden."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.redaction.labels import (
    counts_things,
    name_at,
    named_otherwise,
    said_as_money,
)
from callvault.intelligence.redaction.spoken import number_runs
from callvault.intelligence.redaction.tokens import tokenize

from .conversation_call import redacted_texts

ALL = frozenset(EntityType)


def _call(*turns: tuple[str, int, str]) -> list[str]:
    return redacted_texts(*turns, types=ALL, parties=("Ines Varga", "Tomas Reyes"))


def _named(text: str) -> bool:
    tokens = tokenize(text)
    return named_otherwise(tokens, number_runs(tokens)[-1])


@pytest.mark.parametrize(
    "text",
    [
        "Your rental agreement number is 4471 20.",
        "The crate number is 17.",
        "Loan file no. 88 1204.",
        "Pickup window # 3.",
        "The tow number is RT 5520.",
        "It's under work order number 6614.",
        # One letter longer than "contact": a word of its own, not a mishearing (stop 25).
        "Your premium contract number is 618 390 552.",
        # A licence named by what it is for is the business's (stop 27, tenth-dev).
        "Your office license number is 228 516 9973.",
        "The liquor licence number is 4471 2290.",
    ],
)
def test_a_number_named_by_an_unlisted_noun_is_named_otherwise(text: str) -> None:
    assert _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "My card number is 4471 2044.",  # a name of personal data
        "The car number is 4471 2044.",  # "card" heard one letter short
        "Your account manager number is 555 0134.",  # a personal word before the name
        "Jenna's number is 555 0134.",  # a person's number
        "Your number is 555 0134.",  # no name at all
        "No, 4471.",  # an answer, not "no."
        "The crate number is 4539 1488 0343 6467.",  # only a card is Luhn-valid that long
        "The crate number is 219 09 9999.",  # an SSN's groups
        "Your unit number is 4 B.",  # an address
        "Ok, 4471 20.",
        "Your driver's license number is 228 516 9973.",  # a person's licence
        "My license number is 228 516 9973.",
    ],
)
def test_personal_or_unnamed_numbers_are_not(text: str) -> None:
    assert not _named(text)


def test_the_name_is_found_past_is_and_a_letter_prefix() -> None:
    tokens = tokenize("your pickup slot number is J 551 08")
    at = name_at(tokens, number_runs(tokens)[0].first)
    assert at is not None and tokens[at].low == "slot"


def test_a_named_number_survives_the_payment_and_the_card_does_not() -> None:
    out = _call(
        ("callee", 0, "And the long number across the front of the card?"),
        ("caller", 3_000, "4539 1488 0343 6467."),
        ("callee", 8_000, "Got it. Your rental agreement number is 4471 20."),
        ("caller", 11_000, "4471 20, okay."),
        ("callee", 14_000, "And the three digits on the back?"),
        ("caller", 17_000, "The crate number is 17. Oh, and the code is 881."),
    )
    assert out[1] == "[CARD_NUMBER]."
    assert out[2] == "Got it. Your rental agreement number is 4471 20."
    assert out[3] == "4471 20, okay."
    assert out[5] == "The crate number is 17. Oh, and the code is [CARD_SECURITY_CODE]."


def test_a_number_named_as_personal_data_after_a_question_is_still_hidden() -> None:
    out = _call(
        ("callee", 0, "Can I get the last four of your social?"),
        ("caller", 3_000, "The car number is 6789."),
    )
    assert "6789" not in out[1]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("And the deposit of four fifty is approved.", True),
        ("the 300 pet deposit comes back after delivery", True),
        ("$6.64 and $6.10 after the deposit.", True),
        ("Your balance is 212.", True),
        ("Fine, 431.", False),  # an answer, not a fine
        ("The deposit card is 4539 1488 0343 6467.", False),  # too long for an amount
        ("It's 431.", False),
    ],
)
def test_amounts_are_named_by_money_words(text: str, money: bool) -> None:
    tokens = tokenize(text)
    assert said_as_money(tokens, number_runs(tokens)[0]) is money


def test_an_amount_after_a_card_question_survives_and_the_code_does_not() -> None:
    out = _call(
        ("callee", 0, "And the three digits on the back?"),
        ("caller", 3_000, "881. And the 300 pet deposit comes back?"),
    )
    assert out[1] == "[CARD_SECURITY_CODE]. And the 300 pet deposit comes back?"


def test_the_answer_to_a_question_for_an_unknown_number_stays_hidden() -> None:
    """Tried and left out (sixth-dev): taking "<unknown word> number?" as a question for a
    thing's number kept two rental agreement numbers but leaked a phone asked for as "my
    pal number" (the recogniser's "cell"); a question keeps failing closed. (A document the
    business issues, "agreement", "contract", "slip", is named as such since stop 26.)"""
    out = _call(
        ("callee", 0, "Can I have the pal number?"),
        ("caller", 3_000, "Yes, it's 3 1 2 77041."),
    )
    assert "77041" not in out[1]


def test_a_dollar_amount_is_no_piece_of_a_card_said_later() -> None:
    out = _call(
        ("callee", 0, "How much?"),
        ("caller", 3_000, "$6.64 and $6.10 after the deposit."),
        ("callee", 6_000, "Okay, I'll take the card now. What's the number?"),
        ("caller", 9_000, "4539 1466 4034 6467."),
    )
    assert out[1] == "$6.64 and $6.10 after the deposit."
    assert out[3] == "[CARD_NUMBER]."


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("At most 12 students, she'll have a great time.", True),
        ("17 bins.", True),
        ("We'll need 1500 leaflets", True),
        ("It's 737 thanks.", False),  # thanks is no plural noun
        ("737 yes", False),
        ("four five six digits", False),  # the digits of the answer itself
        ("it's 4111 1111 1111 1111 cards", False),  # too long for a count
        ("12 Gates Road", False),  # capitalised: a name, not a count
    ],
)
def test_a_short_number_before_a_plural_noun_counts_things(text: str, counts: bool) -> None:
    tokens = tokenize(text)
    assert counts_things(tokens, number_runs(tokens)[0]) is counts


def test_a_count_in_a_payment_answer_window_survives() -> None:
    said = _call(
        ("callee", 0, "And the three digit code on the back?"),
        ("caller", 3000, "Hang on, we have 17 bins to move first."),
        ("caller", 6000, "It's 4 1 7."),
    )
    assert "17 bins" in said[1]
    assert "417" not in said[2].replace(" ", "")
