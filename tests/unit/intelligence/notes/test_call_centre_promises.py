"""Promises and requests as call centres say them (issue #11): "I'll go ahead and…", "gonna",
"what I'll do is…", "I'm going to ask you to / need you to…", "someone from billing will…",
and the progressive ("I'll be sending…", "I'm posting it tomorrow"); and what stays out ("I'm
calling about my appointment tomorrow", "I'm moving next month"). Sentences written for these
tests, apart from any evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from callvault.intelligence.notes.extractive import extractive_notes
from tests.support.transcripts import build_transcript

MONDAY = date(2026, 3, 2)
PARTIES = {"callee": "Ines Moreau", "caller": "Tobias Lindqvist"}


def _read(said: str, speaker: str = "callee") -> list[tuple[str, str | None, date | None]]:
    other = "caller" if speaker == "callee" else "callee"
    notes = extractive_notes(
        build_transcript([(other, "Hello, thanks for holding."), (speaker, said)]),
        reference_date=MONDAY,
        dictionary_terms=(),
        parties=PARTIES,
    )
    return [(i.what, i.owner, i.due) for i in notes.action_items]


AGENT, CUSTOMER = "Ines Moreau", "Tobias Lindqvist"
TUESDAY, THURSDAY, FRIDAY = date(2026, 3, 3), date(2026, 3, 5), date(2026, 3, 6)


@pytest.mark.parametrize(
    ("said", "item"),
    [
        (
            "I'll go ahead and cancel the duplicate booking today.",
            ("cancel the duplicate booking", AGENT, MONDAY),
        ),
        ("I'm gonna post the spare keys tomorrow.", ("post the spare keys", AGENT, TUESDAY)),
        (
            "What I'll do is email you a fresh quote on Thursday.",
            ("email you a fresh quote", AGENT, THURSDAY),
        ),
        (
            "I'm going to ask you to scan the meter card by Friday.",
            ("scan the meter card", CUSTOMER, FRIDAY),
        ),
        (
            "I'm going to need you to upload the invoice by Thursday.",
            ("upload the invoice", CUSTOMER, THURSDAY),
        ),
        (
            "Someone from dispatch will ring you tomorrow.",
            ("have someone from dispatch ring you", AGENT, TUESDAY),
        ),
        (
            "We'll be shipping the spare filter on Thursday.",
            ("ship the spare filter", AGENT, THURSDAY),
        ),
        ("I'll be resetting your password today.", ("reset your password", AGENT, MONDAY)),
        (
            "I'm couriering the signed lease to you tomorrow.",
            ("courier the signed lease to you", AGENT, TUESDAY),
        ),
        # errands beyond the first verb list
        (
            "I'll message you the collection code tomorrow.",
            ("message you the collection code", AGENT, TUESDAY),
        ),
        (
            "I'll follow it up with the supplier on Friday.",
            ("follow it up with the supplier", AGENT, FRIDAY),
        ),
    ],
)
def test_call_centre_promise(said: str, item: tuple[str, str, date]) -> None:
    assert _read(said) == [item]


def test_a_customer_paying_on_a_day_owns_it() -> None:
    assert _read("I'm paying the balance on Friday.", "caller") == [
        ("pay the balance", CUSTOMER, FRIDAY)
    ]


@pytest.mark.parametrize(
    "said",
    [
        "I'm calling about my appointment tomorrow.",
        "I'm moving flat next month.",
        "I'm sending it because the old one broke.",  # no day: why, not when
    ],
)
def test_the_present_progressive_without_sending_on_a_day_is_no_task(said: str) -> None:
    assert _read(said, "caller") == []


@pytest.mark.parametrize(
    "said",
    [
        "Right, I'll leave it there then, cheers.",
        "We'll leave it at that for now.",
        "Don't worry, we'll get there in the end.",
        "I'll try to explain why the bill went up.",
    ],
)
def test_closing_a_topic_or_explaining_is_no_task(said: str) -> None:
    assert _read(said) == []
