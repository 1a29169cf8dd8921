"""A person's id in other trades, said after its label ("your enrollment ID is L C B two oh
four…", "my donor number", "your loyalty number"), is hidden as a member id; the business's
own numbers said the same way ("your order number") stay (stop 33, fifteenth-dev). Sentences
written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from tests.support.redacting import redacted_text


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Your enrollment ID is LCB 204 773.", "Your enrollment ID is [MEMBER_ID]."),
        ("My donor number is D 4471 902.", "My donor number is [MEMBER_ID]."),
        ("Your loyalty number is 5521 8890.", "Your loyalty number is [MEMBER_ID]."),
        ("The student ID is S as in Sam 0921 44.", "The student ID is [MEMBER_ID]."),
    ],
)
def test_ids_of_people_in_other_trades_are_hidden(text: str, hidden: str) -> None:
    assert redacted_text(text) == hidden


@pytest.mark.parametrize(
    "text",
    [
        "Your order number is 5521 8890.",
        "We had 40 student volunteers and 2000 participants.",
    ],
)
def test_business_numbers_and_counts_stay(text: str) -> None:
    assert redacted_text(text) == text
