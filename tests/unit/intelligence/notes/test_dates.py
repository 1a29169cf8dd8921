"""Deadlines as said, resolved against the call date (Wednesday 12 March 2025)."""

from __future__ import annotations

from datetime import date

import pytest

from callvault.intelligence.notes.dates import find_when, resolve_due

WEDNESDAY = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("said", "when", "due"),
    [
        ("I'll send it by Friday.", "by Friday", date(2025, 3, 14)),
        ("We'll call you back tomorrow morning.", "tomorrow morning", date(2025, 3, 13)),
        ("Done by the end of the day.", "by the end of the day", WEDNESDAY),
        ("It arrives on Wednesday.", "on Wednesday", date(2025, 3, 19)),  # not today
        ("See you next Monday.", "next Monday", date(2025, 3, 17)),
        ("Sometime next week.", "Sometime next week", date(2025, 3, 21)),
        ("Within 48 hours.", "Within 48 hours", date(2025, 3, 14)),
        ("In three business days.", "In three business days", date(2025, 3, 17)),
        ("By the end of the month.", "By the end of the month", date(2025, 3, 31)),
        ("Right away.", "Right away", WEDNESDAY),
    ],
)
def test_when_and_due(said: str, when: str, due: date) -> None:
    found = find_when(said)
    assert found is not None
    assert found.group() == when
    assert resolve_due(found.group(), WEDNESDAY) == due


def test_vague_or_absent() -> None:
    assert find_when("I'll send it soon.") is None
    assert resolve_due("at some point", WEDNESDAY) is None
