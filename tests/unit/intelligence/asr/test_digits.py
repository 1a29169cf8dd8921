"""Digit sequences as ordinary digits, on the word forms tiny.en really writes."""

from __future__ import annotations

import pytest

from callvault.intelligence.asr.digits import ordinary_digits
from callvault.intelligence.transcript import Word


def _run(texts: list[str]) -> tuple[str, list[Word]]:
    words = [Word(t, i * 300, i * 300 + 250) for i, t in enumerate(texts)]
    out = ordinary_digits(words)
    return "".join(w.text for w in out), out


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # What tiny.en wrote for an SSN read in groups, and for an expiry.
        (
            ["My", " social", " is", " 1", " -2", " -3,", " 4", " -5,", " 6", " -7", " -8", " -9."],
            "My social is 123, 45, 6789.",
        ),
        (["Okay,", " the", " expiry", " is", " 0", " -9", " -28."], "Okay, the expiry is 09 28."),
        ([" 5", "-4", "-5", "-4.", " 5", "-4", "-5", "-4."], " 5454. 5454."),
        # Groups linked by hyphens stay groups; a stray hyphen goes.
        (["It", " is", " 5454", "-5454", "-1234", "-9876."], "It is 5454 5454 1234 9876."),
        ([" -0928", " -427."], " 0928 427."),
        # Lone digits said one by one; spelled digits after a prompt.
        ([" 4532", " 1", " 1", " 1", " 1."], " 4532 1111."),
        (["It", " is", " one,", " two,", " three,", " four."], "It is 1234."),
        # Not numbers: two digit words, an interjection, ordinary counts.
        (["One,", " two", " things."], "One, two things."),
        (["Oh,", " one", " more", " thing."], "Oh, one more thing."),
        (["I", " have", " 2", " kids."], "I have 2 kids."),
    ],
)
def test_digit_forms(words: list[str], expected: str) -> None:
    text, _ = _run(words)
    assert text == expected


def test_joined_word_keeps_the_time_range_of_its_parts() -> None:
    _, out = _run(["Code", " 4", " -2", " -7."])
    assert [w.text for w in out] == ["Code", " 427."]
    assert (out[1].start_ms, out[1].end_ms) == (300, 3 * 300 + 250)
