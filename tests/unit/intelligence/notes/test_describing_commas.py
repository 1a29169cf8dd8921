"""A comma between words describing one thing ("a prepaid, insured UPS label") does not end
the task, while a comma before thanks, a preposition, a pronoun or another task's verb still
does (stop 33, fifteenth-dev: the item was "email you a prepaid"); a clause joined by a
capitalised "And" is the next task's own (fourteenth-dev). Sentences written for
these tests, apart from any evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from callvault.intelligence.notes.extractive import extractive_notes
from callvault.intelligence.notes.task_words import task_clause
from tests.support.transcripts import build_transcript


@pytest.mark.parametrize(
    ("what", "clause"),
    [
        ("email you a prepaid, insured UPS label within the hour.",
         "email you a prepaid, insured UPS label within the hour"),
        ("post you a new, larger bin on Monday.", "post you a new, larger bin on Monday"),
        ("send you the link, thanks for waiting.", "send you the link"),
        ("send you the form, sign it and send it back.", "send you the form"),
        ("email you the quote, you can look it over tonight.", "email you the quote"),
        ("bring it on the twenty-second, with his food.", "bring it on the twenty-second"),
        ("move it to that account, not the card on file.", "move it to that account"),
    ],
)  # fmt: skip
def test_a_comma_ends_the_task_unless_it_lists_describing_words(what: str, clause: str) -> None:
    assert task_clause(what) == clause


def test_a_capitalised_and_after_a_comma_starts_the_next_tasks_own_words() -> None:
    said = (
        "I'll get the contract over to you tomorrow, And what I need from you is the "
        "passenger list, so all the names, by the end of next week."
    )
    t = build_transcript([("caller", "Okay."), ("callee", said)])
    notes = extractive_notes(
        t, reference_date=date(2026, 3, 2), parties={"callee": "Ines", "caller": "Tobias"}
    )
    dues = {i.what: i.due for i in notes.action_items}
    assert dues["send the passenger list"] == date(2026, 3, 13)
