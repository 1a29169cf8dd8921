"""Six or more letters spelled one by one are a name or an e-mail's first part, however they
were heard; a named reference, an acronym, and letters the recogniser wrote as words stay.
Sentences written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from tests.support.redacting import redacted_text


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Okay. W -I -E -R -Z -B -I -C -K -I.", "[PERSON]"),
        ("K, O, W, A, L, S, K, I.", "[PERSON]"),
        # the address's "at" heard as a letter: still the start of an e-mail
        ("T -O -B -Y -R -N -A -T hotmail.", "[EMAIL]"),
    ],
)
def test_a_long_spelling_is_hidden(text: str, hidden: str) -> None:
    out = redacted_text(text)
    assert hidden in out and "-Z" not in out and "W," not in out and "-B" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Your booking reference is Q X T R B W.",
        "It's the V I P package.",
        "A.C.E.I.D. a month, one wash.",
    ],
)
def test_a_reference_an_acronym_and_words_stay(text: str) -> None:
    assert redacted_text(text) == text


def test_a_long_run_of_letters_with_no_vowel_is_no_name() -> None:
    # a recogniser looping on line noise (twentieth-dev); a name spelled has a vowel
    text = "T, R, N, D, D, C, K, N, and that's all."
    assert redacted_text(text) == text
