"""Given names added at stop 34 hide people named in passing; the everyday words left off the
list keep their place in a sentence. Sentences written for these tests, apart from any
evaluation set."""

from __future__ import annotations

import pytest

from tests.support.redacting import redacted_text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("And Leo is going to get you the exhibit list by Friday.", "Leo"),
        ("Oh, Constance. We had her in the spring.", "Constance"),
        ("Our clinical liaison, Owen Embikey, will ring her nurse.", "Owen"),
        ("Priya will send the forms over tonight.", "Priya"),
        ("My son Mateo picks it up on Saturday.", "Mateo"),
    ],
)
def test_a_person_named_in_passing_is_hidden(text: str, gone: str) -> None:
    assert gone not in redacted_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "We drove for Miles and miles to get here.",  # a word left off the list
        "There is a Grace period of ten days.",
        "The Ruby ring is in the case.",
    ],
)
def test_everyday_words_that_are_names_too_stay(text: str) -> None:
    assert redacted_text(text) == text
