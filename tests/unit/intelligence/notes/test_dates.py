"""Deadlines as said, resolved against the call date (Wednesday 12 March 2025)."""

from __future__ import annotations

from datetime import date

import pytest

from callvault.intelligence.notes.dates import find_when, resolve_due
from callvault.intelligence.notes.extractive import extractive_notes
from tests.support.transcripts import build_transcript

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
        ("She'll call you early next week.", "early next week", date(2025, 3, 18)),
        ("Later next week, I'd say.", "Later next week", date(2025, 3, 21)),
        ("Within 48 hours.", "Within 48 hours", date(2025, 3, 14)),
        ("In three business days.", "In three business days", date(2025, 3, 17)),
        ("By the end of the month.", "By the end of the month", date(2025, 3, 31)),
        ("Right away.", "Right away", WEDNESDAY),
        ("The prices by end of day Tuesday.", "by end of day Tuesday", date(2025, 3, 18)),
        ("By close of business on Friday.", "By close of business on Friday", date(2025, 3, 14)),
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


@pytest.mark.parametrize(
    ("said", "when", "due"),
    [
        # phrases that hold "today" or "tomorrow" but mean another day
        ("We'll have it the day after tomorrow.", "the day after tomorrow", date(2025, 3, 14)),
        ("It's due a week from today.", "a week from today", date(2025, 3, 19)),
        # a time of day as the deadline is today; a window's end is not a deadline
        ("Send it over by 4 pm please.", "by 4 pm", WEDNESDAY),
        ("I'll ring back within the hour.", "within the hour", WEDNESDAY),
        ("Get it to us before lunchtime.", "before lunchtime", WEDNESDAY),
        # the weekend: "by" it is Friday, "over" it Saturday
        ("Pay it before the weekend.", "before the weekend", date(2025, 3, 14)),
        ("I'll read it over the weekend.", "over the weekend", date(2025, 3, 15)),
        # spans said without "a", and a range of hours: its end
        ("In the next couple of days.", "In the next couple of days", date(2025, 3, 14)),
        ("Within 24 to 48 hours.", "Within 24 to 48 hours", date(2025, 3, 14)),
        ("Within the next week.", "Within the next week", date(2025, 3, 19)),
    ],
)
def test_more_ways_to_say_a_day(said: str, when: str, due: date) -> None:
    found = find_when(said)
    assert found is not None
    assert found.group() == when
    assert resolve_due(found.group(), WEDNESDAY) == due


def test_a_visit_window_ending_at_noon_is_no_deadline() -> None:
    assert find_when("The engineer comes between eight and noon.") is None


def test_the_weekend_said_on_a_sunday_is_that_day() -> None:
    sunday = date(2025, 3, 16)
    assert resolve_due("over the weekend", sunday) == sunday


def test_a_possessive_day_names_a_thing_not_the_deadline() -> None:
    # "a copy of today's confirmation on Monday": Monday is the deadline (stop 25).
    saturday = date(2026, 12, 5)
    found = find_when("I'll mail you a copy of today's confirmation on Monday.")
    assert found is not None and found.group() == "on Monday"
    assert resolve_due(found.group(), saturday) == date(2026, 12, 7)
    found = find_when("I'll send tomorrow's schedule tonight.")
    assert found is not None and found.group() == "tonight"


@pytest.mark.parametrize(
    ("said", "when", "due"),
    [
        # The day of the month says which Friday: the 28th, not the next one (the 14th).
        ("Sign and return it by Friday the 28th.", "by Friday the 28th", date(2025, 3, 28)),
        ("Come in Monday, the seventeenth.", "Monday, the seventeenth", date(2025, 3, 17)),
        ("Tuesday the first of April", "Tuesday the first of April", date(2025, 4, 1)),
    ],
)
def test_a_weekday_with_its_day_of_the_month(said: str, when: str, due: date) -> None:
    found = find_when(said)
    assert found is not None and found.group() == when
    assert resolve_due(found.group(), WEDNESDAY) == due


def test_a_day_relative_to_the_visit_is_whole_when_a_clause_starts_inside_it() -> None:
    lines = [
        ("caller", "Okay."),
        ("callee", "The technician will call you the evening before we come."),
        ("callee", "And I'll text you a reminder that evening before."),
    ]
    notes = extractive_notes(
        build_transcript(lines),
        reference_date=WEDNESDAY,
        parties={"callee": "Ines Moreau", "caller": "Tobias Lindqvist"},
    )
    assert [(i.what, i.when) for i in notes.action_items] == [
        ("have the technician call you", "the evening before"),
        ("text you a reminder", "that evening before"),
    ]


@pytest.mark.parametrize(
    ("said", "when", "due"),
    [
        # "first thing Monday" as the recogniser writes it on a phone line
        ("We'll call you Thursday Monday about it.", "Thursday Monday", date(2025, 3, 17)),
        ("I'll hand it over on Thursday Monday.", "on Thursday Monday", date(2025, 3, 17)),
        ("I'll send it Thursday tomorrow.", "Thursday tomorrow", date(2025, 3, 13)),
        # Thursday itself stays Thursday
        ("Come Thursday morning.", "Thursday morning", date(2025, 3, 13)),
        ("Thursday, Monday and Friday work.", "Thursday", date(2025, 3, 13)),
    ],
)
def test_a_thursday_right_before_another_day_is_a_misheard_first_thing(
    said: str, when: str, due: date
) -> None:
    found = find_when(said)
    assert found is not None and found.group() == when
    assert resolve_due(found.group(), WEDNESDAY) == due
