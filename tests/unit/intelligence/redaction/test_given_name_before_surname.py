"""A capitalised word right before a known surname is that person's given name (ADR 0036,
stop 24): a relative carrying a party's surname is named with a given name no list holds;
greetings, titles and everyday words before the surname stay."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.tokens import tokenize
from callvault.intelligence.redaction.unlisted import given_before

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


def _anyone(text: str) -> str:
    return redacted_texts(("callee", 0, text), types=frozenset(EntityType))[0]


def test_a_short_given_name_before_a_name_taken_alone_is_hidden() -> None:
    # stop 38: "Raj" is too common a token to pass as rare, so "Raj [PERSON]" was left
    red = _anyone("Right. Wei Takahashi, our billing lead, will call you.")
    assert red == "Right. [PERSON], our billing lead, will call you."


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hi Takahashi, our billing lead, will call you.", "Hi"),
        ("The Dublin Takahashi, our billing lead, will call you.", "Dublin"),
    ],
)
def test_words_before_a_name_taken_alone_that_are_no_given_name(text: str, kept: str) -> None:
    assert kept in _anyone(text)


def test_a_digit_misheard_as_a_word_is_no_given_name() -> None:
    # "Nero" for "zero" read back before a name (eighteenth-dev's routing number)
    tokens = tokenize("It ends Nero Takahashi")
    at = tokens[-1].start
    assert given_before(tokens, [PiiSpan(EntityType.PERSON, at, at + len("Takahashi"))]) == []
