"""Amounts the asker names are no answer, two numbers introduced one after the other are no
card, and the ways other countries ask for and say bank codes, postcodes and delivery
addresses (stop 37, the shapes twentieth-dev's recognised calls left or destroyed). The
conversations are written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import EntityType
from tests.unit.intelligence.redaction.conversation_call import redacted_texts

ALL = frozenset(EntityType)
AGENT = frozenset({"callee"})


def _said(*turns: tuple[str, int, str]) -> list[str]:
    return redacted_texts(*turns, types=ALL, business=AGENT)


def test_an_amount_after_a_birth_date_said_unasked_survives() -> None:
    red = _said(
        ("caller", 0, "My daughter was born the 9th of June, 2015."),
        ("callee", 4000, "Lovely. The term is $240, payable monthly."),
    )
    assert "[DATE_OF_BIRTH]" in red[0]
    assert red[1] == "Lovely. The term is $240, payable monthly."


def test_the_askers_amount_after_a_garbled_code_survives() -> None:
    red = _said(
        ("callee", 0, "And the three digits on the back?"),
        ("caller", 3000, "70"),
        ("callee", 6000, "Approved, that's the deposit of $250, and your routing number?"),
    )
    assert "$250" in red[2]


def test_the_askers_read_back_said_with_a_sign_stays_hidden() -> None:
    red = _said(
        ("callee", 0, "And the three digits on the back?"),
        ("caller", 3000, "five nine one"),
        ("callee", 6000, "$591, thank you."),
    )
    assert "591" not in red[2]


def test_a_payers_own_code_said_with_a_sign_stays_hidden() -> None:
    red = _said(
        ("callee", 0, "The first half goes on the card today."),
        ("caller", 3000, "Card first then, 4539 1488 0343 6467."),
        ("callee", 8000, "Got it, 4539 1488 0343 6467."),
        ("caller", 12_000, "It expires 0928, the code is $852."),
    )
    assert "852" not in red[3]


def test_two_numbers_introduced_one_after_the_other_are_no_card() -> None:
    text = "My cell is 604 718 W 249. My husband is 7778 300 5162."
    assert not any(s.type is EntityType.CARD_NUMBER for s in detect(text, types=ALL))


def test_a_card_read_around_an_aside_is_still_one_card() -> None:
    text = "It's 4539 1488, sorry, my glasses, 0343 6467."
    assert any(s.type is EntityType.CARD_NUMBER for s in detect(text, types=ALL))


@pytest.mark.parametrize("code", ["D06 X4K7", "DO6X4K7", "T12 K7F9"])
def test_an_eircode_is_hidden_by_its_shape(code: str) -> None:
    red = _said(("caller", 0, f"Yes, {code}, that's the new one."))
    assert red[0] == "Yes, [ADDRESS], that's the new one."


@pytest.mark.parametrize("kept", ["Your order is K12 5566.", "Flight EI 123, gate B12."])
def test_codes_without_an_eircodes_letters_and_digits_stay(kept: str) -> None:
    assert _said(("callee", 0, kept))[0] == kept


@pytest.mark.parametrize("question", ["And your sort code?", "Your short code,", "And the BSB?"])
def test_bank_codes_of_other_countries_ask(question: str) -> None:
    red = _said(("callee", 0, question), ("caller", 3000, "20 44 91."))
    assert red[1] == "[ROUTING_NUMBER]."


def test_where_a_delivery_goes_asks_for_the_address() -> None:
    red = _said(
        ("callee", 0, "Where should it go?"),
        ("caller", 3000, "Lindengasse 24, top 7, 1070 Vienna."),
    )
    assert "24" not in red[1] and "1070" not in red[1]


def test_a_birth_date_read_back_in_one_breath_is_hidden() -> None:
    red = _said(
        ("callee", 0, "And his date of birth?"),
        ("caller", 3000, "the fourteenth of March, two thousand nine"),
        ("callee", 7000, "so 140309, and has he got his provisional licence?"),
    )
    assert "140309" not in red[2]


@pytest.mark.parametrize("heard", ["September 20th, 2028.", "September 20th, 28."])
def test_an_expiry_whose_year_was_heard_as_a_day_is_hidden_whole(heard: str) -> None:
    red = _said(("callee", 0, "And the expiry date?"), ("caller", 3000, heard))
    assert red[1] == "[CARD_EXPIRY]."


def test_a_debit_day_is_still_no_expiry() -> None:
    red = _said(
        ("callee", 0, "And the expiry date?"),
        ("caller", 3000, "Oh nine twenty-eight."),
        ("callee", 6000, "The first debit is on January 15th, 2027."),
    )
    assert red[2] == "The first debit is on January 15th, 2027."
