"""A capitalised word right before a known surname is that person's given name (ADR 0036,
stop 24): a relative carrying a party's surname is named with a given name no list holds;
greetings, titles and everyday words before the surname stay."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.entities import EntityType

from .conversation_call import redacted_texts


def _said(text: str) -> str:
    return redacted_texts(
        ("caller", 0, text), types=frozenset(EntityType), parties=("Priya Raghunathan", "Dana Cole")
    )[0]


def test_an_unlisted_given_name_before_a_partys_surname_is_hidden() -> None:
    assert _said("Arjun Raghunathan, born in March.") == "[PERSON], born in March."
    assert _said("My brother Arjun Raghunathan will drive.") == "My brother [PERSON] will drive."


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Thanks Raghunathan, that's all.", "Thanks"),
        ("Mrs Raghunathan called.", "Mrs"),
        ("And Raghunathan is the name.", "And"),
        ("Will Raghunathan sign it?", "Will"),
    ],
)
def test_greetings_titles_and_everyday_words_before_it_stay(text: str, kept: str) -> None:
    out = _said(text)
    assert out.startswith(kept + " ") and "Raghunathan" not in out


def test_a_word_before_a_first_name_is_no_given_name() -> None:
    out = redacted_texts(
        ("caller", 0, "Dear Priya, thanks."),
        types=frozenset(EntityType),
        parties=("Priya Raghunathan", "Dana Cole"),
    )[0]
    assert out.startswith("Dear ")
