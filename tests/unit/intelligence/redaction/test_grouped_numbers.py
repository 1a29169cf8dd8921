"""An account number read in groups and heard with filler words between its groups (the
recogniser turns "oh" into "so", "um", "I'm") is hidden whole; lists of amounts, labelled
order and tracking numbers, times and flight numbers said the same way survive."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType


def _found(text: str) -> list[tuple[EntityType, str]]:
    return [(s.type, text[s.start : s.end]) for s in detect(text, types=DEFAULT_TYPES)]


def test_groups_with_fillers_between_are_one_account_number() -> None:
    text = "okay it's 7720, um 051, so I'm 4418, so 093 and that's all"
    assert _found(text) == [(EntityType.BANK_ACCOUNT, "7720, um 051, so I'm 4418, so 093")]
    joined = "yes, 6612, uh 380, so 9041, 227"
    assert _found(joined) == [(EntityType.BANK_ACCOUNT, "6612, uh 380, so 9041, 227")]


@pytest.mark.parametrize(
    "text",
    [
        "the quotes were 450, then 520, and 610, or 700 for the big one",
        "it came to $120, $340, $560 and $780 over the months",
        "the tracking number is 4471, uh 221, so 339, um 8820",
        "we open 8.30, so 9.30, um 10.30, so 11.30, depending on the day",
        "we open 8:30, or 9:30, um 10:30, so 11:30",
        "flight 1142, so 2218, so 330 and 4410",
        "we paid 627.14, 400.00, 350.25, 118.90 last year",
    ],
)
def test_lists_labels_and_amounts_survive(text: str) -> None:
    assert _found(text) == []
