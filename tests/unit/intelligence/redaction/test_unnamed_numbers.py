"""Numbers the detectors could not name, hidden all the same (issue 11, holdout-dev): the
country code of an IBAN whose digits were found as a card or an account number because the
recogniser dropped a digit, and the answer to a question for "<something> number" that no
table knows ("passport number", "frequent flyer number" heard as "dire number") — unless
the word names a thing (an order, a flight, a prescription), whose number must survive."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.asks import Ask, asks_in
from callvault.intelligence.redaction.tokens import tokenize
from tests.unit.intelligence.redaction.conversation_call import redacted_texts


def test_an_ibans_country_code_goes_with_digits_no_checksum_confirmed() -> None:
    red = redacted_texts(
        ("caller", 0, "Could it go to my bank? The card I used was cancelled."),
        ("caller", 2000, "Here's the I -Ven."),  # "IBAN", misheard: no question for one
        ("caller", 3000, "A T 61 1904 302 3457 3201."),  # AT61 1904 3002 …: one 0 lost
        ("callee", 8000, "Let me read it back, a T 611904."),
    )
    assert "A T" not in red[2] and "61" not in red[2]
    assert "a T" not in red[3] and "611904" not in red[3]


def test_two_letters_that_are_no_country_or_a_word_stay() -> None:
    red = redacted_texts(
        ("callee", 0, "And the card number?"),
        ("caller", 3000, "Q Z 4111 1111 1111 1111."),
    )
    assert red[1].startswith("Q Z ")  # no IBAN country
    red = redacted_texts(
        ("callee", 0, "And the card number?"),
        ("caller", 3000, "it is 4111 1111 1111 1111."),
    )
    assert red[1].startswith("it is ")  # a word, not letters


@pytest.mark.parametrize(
    "question",
    ["dire number,", "And your passport number?", "What's the student ID?"],
)
def test_the_answer_to_an_unnamed_number_is_hidden(question: str) -> None:
    red = redacted_texts(
        ("callee", 0, question),
        ("caller", 3000, "NS 408 -Triple 1 62,"),
        ("callee", 6000, "date of birth,"),
    )
    assert "408" not in red[1] and "NS" not in red[1]


@pytest.mark.parametrize(
    "question",
    [
        "I see the prescription number",
        "And the flight number?",
        "What's the booking number?",
        "Your order number?",
        "Can I have your number?",
    ],
)
def test_a_things_number_survives(question: str) -> None:
    red = redacted_texts(("callee", 0, question), ("caller", 3000, "It's R X 4 4 9 1 7."))
    assert red[1] == "It's R X 4 4 9 1 7."


def test_a_known_phrase_is_not_asked_again_as_an_unnamed_number() -> None:
    kinds = [a.kind for a in asks_in(tokenize("your social security number please"))]
    assert kinds == [Ask.SSN]


def test_a_payout_by_direct_deposit_asks_for_bank_numbers() -> None:
    red = redacted_texts(
        ("callee", 0, "Direct deposit for the payout."),
        ("caller", 3000, "a check of"),
        ("callee", 4500, "Yes, by about a week."),
        ("caller", 8000, "Rouging in O'Hab and 1921891."),  # "Routing is oh seven one…"
    )
    assert "1921891" not in red[3]
    red = redacted_texts(
        ("callee", 0, "Direct deposit takes 3 days."),
        ("callee", 3000, "Yes, your order 7741920 ships Friday."),
    )
    assert red[1] == "Yes, your order 7741920 ships Friday."
