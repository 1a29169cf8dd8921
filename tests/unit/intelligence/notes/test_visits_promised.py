"""A visit promised for someone named just before ("Our on-call tech today is [PERSON].
He'll be out to you this afternoon", "I'm assigning [PERSON] from Triangle Heating. He'll be
at your door tomorrow"), and meeting, hanging and diagnosing as tasks (stop 34, from
sixteenth-dev's written misses). Look-alikes stay out. Sentences written for these tests,
apart from any evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.noting import MONDAY, action_items


@pytest.mark.parametrize(
    ("said", "what", "due"),
    [
        ("Our on-call tech today is [PERSON]. He'll be out to you this afternoon.",
         "have [PERSON] be out to you", MONDAY),
        ("I'm assigning [PERSON] from Triangle Heating. He'll be at your door tomorrow.",
         "have [PERSON] be at your door", date(2026, 3, 3)),
        ("Our surveyor is [PERSON]. She'll be there on Thursday.",
         "have [PERSON] be there", date(2026, 3, 5)),
        ("My assistant, [PERSON], will meet him at the front desk on Thursday.",
         "have [PERSON] meet him at the front desk", date(2026, 3, 5)),
        ("I'll hang the new blinds on Wednesday.", "hang the new blinds", date(2026, 3, 4)),
        ("I'll diagnose the boiler tomorrow morning.", "diagnose the boiler", date(2026, 3, 3)),
    ],
)  # fmt: skip
def test_a_visit_or_errand_promised_is_an_item(said: str, what: str, due: date) -> None:
    items = action_items([("caller", "Okay."), ("callee", said)])
    assert [(i.owner, i.what, i.due) for i in items] == [("Ines Moreau", what, due)]


@pytest.mark.parametrize(
    "said",
    [
        "I'll be out of the office tomorrow.",  # away, no visit
        "Our tech is [PERSON]. He'll be there for you.",  # no day: a reassurance
        "He was out to you last week, wasn't he?",  # done already
    ],
)
def test_look_alikes_are_no_task(said: str) -> None:
    assert action_items([("caller", "Okay."), ("callee", said)]) == []
