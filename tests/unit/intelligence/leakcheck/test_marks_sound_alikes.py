"""A listed name the recogniser wrote as everyday words, right before the hidden rest of it
(stop 32, tenth-dev: "deep -packed [PERSON]" for Deepak Venkataraman): marked in any case,
one word or two run together; the same words elsewhere are no name. Sentences written for
these tests, apart from any evaluation set."""

from __future__ import annotations

from callvault.intelligence.leakcheck.marks import names
from callvault.intelligence.leakcheck.words import Heard

PEOPLE = ("Deepak Venkataraman", "Mihail Petrov")


def _words(*texts: str) -> list[Heard]:
    return [
        Heard(t, t.lower().strip(".,;:!?"), n * 400, n * 400 + 300, 0, n, n + 1)
        for n, t in enumerate(texts)
    ]


def test_a_first_name_heard_as_a_word_before_the_hidden_surname_is_marked() -> None:
    (mark,) = names(_words("It's", "deep", "-packed", "[PERSON],", "yes."), PEOPLE)
    assert [w.text for w in mark.words] == ["deep"]


def test_a_first_name_heard_as_two_words_before_the_hidden_surname_is_marked() -> None:
    (mark,) = names(_words("This", "is", "me", "hail", "[PERSON]", "speaking."), PEOPLE)
    assert [w.text for w in mark.words] == ["me", "hail"]


def test_the_same_words_with_nothing_hidden_beside_them_are_no_name() -> None:
    said = _words("The", "water", "is", "deep", "here,", "me", "hail", "stones.")
    assert names(said, PEOPLE) == []


def test_a_name_heard_as_words_in_the_greeting_is_marked() -> None:
    (mark,) = names(_words("Cinder", "services,", "me", "hail", "speaking."), PEOPLE)
    assert [w.text for w in mark.words] == ["me", "hail"]
