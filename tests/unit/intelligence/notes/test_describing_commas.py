"""A comma between words describing one thing ("a prepaid, insured UPS label") does not end
the task, while a comma before thanks, a preposition, a pronoun or another task's verb still
does (stop 33, fifteenth-dev: the item was "email you a prepaid"). Sentences written for
these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.notes.task_words import task_clause


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
