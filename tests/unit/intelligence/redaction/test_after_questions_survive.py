"""Numbers that must survive redaction when they are said soon after a question for personal
data (issue #11: must-survive numbers destroyed): amounts, times, days of the month, said by
either party while the question or the payment is still open. The secrets themselves stay
hidden. Conversations written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from tests.support.redacting import redacted_lines


@pytest.mark.parametrize(
    ("lines", "survives", "hidden"),
    [
        (  # an amount read back after the account number
            [
                ("callee", "And the account number?"),
                ("caller", "6 6 0 1 2 3 9 8."),
                ("callee", "Okay, I see a debit of 1,385 dollars on the 9th."),
            ],
            ["1,385 dollars", "9th"],
            ["6 6 0 1 2 3 9 8"],
        ),
        (  # a day of the month during a payment
            [
                ("callee", "What is the three-digit code on the back?"),
                ("caller", "5 0 8."),
                ("callee", "Thank you, that went through."),
                ("caller", "Lovely. So the sofa comes on the 22nd, between 1 and 3?"),
            ],
            ["22nd"],
            ["5 0 8"],
        ),
        (  # a time after a date of birth, in the read-back and the answer
            [
                ("callee", "Could I have your date of birth?"),
                ("caller", "July 9th 1975."),
                ("callee", "Thanks. I can do 11:15 on Tuesday."),
                ("caller", "11:15 suits me."),
            ],
            ["11:15 on Tuesday", "11:15 suits"],
            ["July 9th 1975"],
        ),
        (  # prices and totals after a security code
            [
                ("callee", "Can you read me the security code?"),
                ("caller", "It's 4 1 9."),
                ("callee", "Great, your total is 215 and the fee was 30."),
            ],
            ["total is 215", "fee was 30"],
            ["4 1 9"],
        ),
        (  # a cost after a member id
            [
                ("callee", "What's the member ID on the card?"),
                ("caller", "QRT 553 0178."),
                ("caller", "The scan last month cost 240, and I paid 60 each time."),
            ],
            ["cost 240", "60 each"],
            ["553 0178"],
        ),
    ],
)
def test_amounts_times_and_days_survive(
    lines: list[tuple[str, str]], survives: list[str], hidden: list[str]
) -> None:
    text = " | ".join(redacted_lines(lines))
    for number in survives:
        assert number in text, text
    for secret in hidden:
        assert secret not in text, text


def test_a_code_misheard_with_a_suffix_is_still_hidden() -> None:
    """ "four one seven" heard as "417 -3rd": not a day of the month."""
    text = " | ".join(
        redacted_lines(
            [
                ("callee", "And the security code, please?"),
                ("caller", "It's 417 -3rd."),
            ]
        )
    )
    assert "417" not in text, text


@pytest.mark.parametrize(
    "asked", ["Can we bring a birthday cake?", "I'd like to book a birthday for my son."]
)
def test_a_birthday_celebrated_asks_for_no_date_of_birth(asked: str) -> None:
    text = " | ".join(
        redacted_lines(
            [("caller", asked), ("callee", "Yes, the room is yours till 1030. It's 30 a head.")]
        )
    )
    assert "It's 30 a head" in text, text


def test_a_birthday_asked_for_is_still_asked() -> None:
    text = " | ".join(
        redacted_lines([("callee", "And your birthday?"), ("caller", "The 4th of the 7th, 1985.")])
    )
    assert "1985" not in text, text
