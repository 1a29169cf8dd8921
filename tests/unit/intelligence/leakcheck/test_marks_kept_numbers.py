"""Numbers people need to keep are noted, not flagged (stop 39: a business paper's number,
a number made an adjective, an ordinal and amounts written with thousands commas were flags
on lines with nothing personal in them); a number given as someone's own stays a flag.
Sentences written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.check import check
from callvault.intelligence.transcript import Transcript, Utterance, Word
from tests.support.transcripts import build_transcript


@pytest.mark.parametrize(
    "text",
    [
        "I have it, ReferralRX77302 for twelve visits.",  # the label glued to the number
        "The referral is R X 77302.",
        "Your receipt is 55180.",
        "The notice 6612 went out on the second.",
        "That's quote 80917, valid for a month.",
        "It's a 300 -year -old tree.",  # as the recogniser writes "300-year-old"
        "We offer a 180 -day plan.",
        "You're the 100th caller today.",
    ],
)
def test_a_number_to_keep_is_not_flagged(text: str) -> None:
    raw = build_transcript([("callee", text)])
    report = check(raw, raw, None)
    assert report.flags == [] and report.kept_numbers == 1


@pytest.mark.parametrize(
    "text",
    [
        "My member number is 4471 22.",
        "It's 300 -41 -77.",  # dashes between groups, no unit after
        "The last four are 8812, and I'm in a hurry.",
    ],
)
def test_a_number_of_ones_own_is_flagged(text: str) -> None:
    raw = build_transcript([("caller", text)])
    assert [f.kind for f in check(raw, raw, None).flags] == ["digits"]


def _pieces(*words: str) -> Transcript:
    """One utterance of the recogniser's word pieces as given ("25" then ",000")."""
    timed = tuple(Word(w, 300 * n, 300 * n + 260) for n, w in enumerate(words))
    utterance = Utterance(
        index=0, speaker="caller", start_ms=0, end_ms=300 * len(words), words=timed
    )
    return Transcript(language="en", duration_ms=300 * len(words), utterances=(utterance,))


@pytest.mark.parametrize(
    "words",
    [
        ("And", " it", " said", " 25", ",000."),  # "25,000." in two pieces
        ("So", " you", " net", " 18", ",200,", " 32", ",000", " and", " 60", ",000."),
    ],
)
def test_an_amount_with_thousands_commas_is_kept(words: tuple[str, ...]) -> None:
    t = _pieces(*words)
    report = check(t, t, None)
    assert report.flags == [] and report.kept_numbers == 1


def test_digits_in_pieces_without_commas_are_flagged() -> None:
    t = _pieces("It's", " 4471", " 2290.")
    assert [f.kind for f in check(t, t, None).flags] == ["digits"]
