"""An identifier's tail said as one ("ending 8396", "it ends in 4 426") and a whole answer
corrected in a new breath ("417." - "Sorry, 823.") are hidden (ADR 0036, stop 24); years,
amounts and other numbers after them are not."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import EntityType

from .conversation_call import redacted_texts

ALL = frozenset(EntityType)


def _found(text: str) -> list[tuple[EntityType, str]]:
    return [(s.type, text[s.start : s.end]) for s in detect(text, types=ALL)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ending 8396,", [(EntityType.BANK_ACCOUNT, "8396")]),
        ("Oh wait, it ends in 4 426.", [(EntityType.BANK_ACCOUNT, "4 426")]),
        ("the Visa ending with 1332", [(EntityType.CARD_NUMBER, "1332")]),
        ("the lease ending 2027", []),  # a year
        ("the sale ending at 5 dollars", []),
        ("ending in 12", []),  # too short for a tail
        # stop 32 (twelfth-dev): an IBAN's last six, digit by digit
        ("So ending 3, 2, 4, 9, 3, 1.", [(EntityType.BANK_ACCOUNT, "3, 2, 4, 9, 3, 1")]),
        ("the promotion ending 1 2 3 4 5 6 7 8", []),  # longer than any tail
    ],
)
def test_tails(text: str, found: list[tuple[EntityType, str]]) -> None:
    assert _found(text) == found


def _call(*turns: tuple[str, int, str]) -> list[str]:
    return redacted_texts(*turns, types=ALL, parties=("Ann Lee", "Bo Park"))


def test_a_whole_answer_corrected_in_a_new_breath_is_hidden_again() -> None:
    out = _call(
        ("callee", 0, "And the security code?"),
        ("caller", 3_000, "417."),
        ("caller", 4_500, "Sorry, 823."),
    )
    assert out[1:] == ["[CARD_SECURITY_CODE].", "Sorry, [CARD_SECURITY_CODE]."]


def test_no_correction_word_or_another_length_is_no_correction() -> None:
    out = _call(
        ("callee", 0, "And the security code?"),
        ("caller", 3_000, "417."),
        ("caller", 4_500, "Sorry, is it 12 or 15 minutes?"),
    )
    assert out[2] == "Sorry, is it 12 or 15 minutes?"


def test_the_last_four_corrected_further_on_in_the_utterance_are_hidden() -> None:
    """ "No wait, sorry, I flipped it. The end is 09 83." after a whole SSN (stop 34); an
    amount said after a correction word is no tail."""
    red = redacted_texts(
        ("callee", 0, "I'll need your social first."),
        ("caller", 3000, "Sure, 412 770938."),
        ("caller", 6000, "No wait, sorry, I flipped it. The end is 09 83."),
    )
    assert "09 83" not in red[2]
    red = redacted_texts(
        ("callee", 0, "And your social?"),
        ("caller", 3000, "Sure, 412 77 0938."),
        ("caller", 6000, "No wait, sorry, I need to pay 200 today."),
    )
    assert red[2] == "No wait, sorry, I need to pay 200 today."


def test_date_of_birth_misheard_as_day_to_birth_still_asks() -> None:
    red = redacted_texts(
        ("callee", 0, "We'll need her day to birth, then."),
        ("caller", 3000, "I have it."),
        ("caller", 4000, "11, 5, 87."),
    )
    assert "87" not in red[2]


def test_birthdays_asked_for_several_people_ask_for_dates_of_birth() -> None:
    red = redacted_texts(
        ("callee", 0, "The campers' names and birthdays."),
        ("caller", 2000, "Mateo, the 9th of May, 2015."),
    )
    assert "9th of May" not in red[1]
    red = redacted_texts(
        ("callee", 0, "Birthdays party for ten kids?"),
        ("caller", 2000, "Yes, 10 kids at 3 pm."),
    )
    assert red[1] == "Yes, 10 kids at 3 pm."
