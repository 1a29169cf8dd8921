"""A name given in answer to a question for it is hidden however the recogniser wrote it; an
answer that names no one keeps its words, and so does a name question's answer a minute
later. Sentences written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType
from tests.unit.intelligence.redaction.conversation_call import redacted_texts

ALL = frozenset(EntityType)  # person names are off by default; these tests switch them on


@pytest.mark.parametrize(
    ("question", "answer", "gone"),
    [
        ("Can I verify the name on the plan?", "Chiamacca -Ed, B -H -I -R -M.", "Chiamacca"),
        ("Can I verify the name on the plan?", "Chiamacca -Ed, B -H -I -R -M.", "Ed"),
        ("And your name?", "It's Oyelaran Bassey.", "Oyelaran"),
        ("Could I get your full name please?", "Sure, Tamsin Achterberg.", "Achterberg"),
        ("Who am I speaking with?", "This is Mrs. Oyelaran.", "Oyelaran"),
        ("What name is the booking under?", "Yeah, Marguerite.", "Marguerite"),
        ("What's the name on the account?", "Ngozi.", "Ngozi"),
    ],
)
def test_the_name_answered_is_hidden(question: str, answer: str, gone: str) -> None:
    red = redacted_texts(("callee", 0, question), ("caller", 3000, answer), types=ALL)
    assert gone not in red[1]


@pytest.mark.parametrize(
    "answer",
    [
        "Hold on, let me look.",  # a lower-case word after the capital: no name phrase
        "Sorry?",  # an everyday word
        "Certainly.",
        "Yes, Delivery.",  # English uses the word often: no name
    ],
)
def test_an_answer_that_names_no_one_keeps_its_words(answer: str) -> None:
    red = redacted_texts(("callee", 0, "Can I get your name?"), ("caller", 3000, answer), types=ALL)
    assert red[1] == answer


def test_only_the_next_answer_soon_after_is_read() -> None:
    red = redacted_texts(
        ("callee", 0, "Can I get your name?"),
        ("caller", 30_000, "Ferrocarril."),  # half a minute later: no answer to it
        types=ALL,
    )
    assert red[1] == "Ferrocarril."


def test_names_answered_stay_when_person_names_are_off() -> None:
    types = DEFAULT_TYPES - {EntityType.PERSON}
    red = redacted_texts(
        ("callee", 0, "And your name?"), ("caller", 3000, "Oyelaran Bassey."), types=types
    )
    assert red[1] == "Oyelaran Bassey."
