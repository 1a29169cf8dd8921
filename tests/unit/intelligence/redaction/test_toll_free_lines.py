"""A business's toll-free line (800, 833, 844, 855, 866, 877, 888) is no one's personal
number: kept in the redacted transcript, and not marked by the leak check as a number to
hide, while a personal phone number in the same call is hidden (stop 33: fifteenth- and
thirteenth-dev lost the courier line and the claims line). Sentences written for these
tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.marks import digit_runs
from callvault.intelligence.leakcheck.words import Heard
from callvault.intelligence.numbering import toll_free
from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.entities import EntityType
from tests.support.transcripts import build_transcript


def _redacted(*lines: tuple[str, str]) -> list[str]:
    r = redact_transcript(build_transcript(list(lines)), types=frozenset(EntityType))
    return [u.text for u in r.transcript.utterances]


def test_a_toll_free_line_stays_and_a_cell_number_goes() -> None:
    said = _redacted(
        ("callee", "When labour starts, call our courier line 800 462 7710, day or night."),
        ("caller", "Sure. And my cell is 415 228 9066."),
        ("callee", "Our claims line is 1 877 342 5580 if you need it."),
    )
    assert "800 462 7710" in said[0]
    assert said[1] == "Sure. And my cell is [PHONE]."
    assert "1 877 342 5580" in said[2]


@pytest.mark.parametrize(
    ("digits", "free"),
    [
        ("8004627710", True),
        ("18773425580", True),
        ("4152289066", False),
        ("800462771", False),  # nine digits: not a whole number
        ("28004627710", False),
    ],
)
def test_toll_free_numbers_are_whole_north_american_numbers(digits: str, free: bool) -> None:
    assert toll_free(digits) is free


def _heard(*texts: str) -> list[Heard]:
    return [
        Heard(t, t.lower().strip(".,;:!?"), i * 400, i * 400 + 300, 0, i, i + 1)
        for i, t in enumerate(texts)
    ]


def test_the_leak_check_keeps_a_toll_free_line_and_marks_a_cell_number() -> None:
    (line,) = digit_runs(_heard("call", "us", "on", "888", "555", "0101", "anytime"))
    (cell,) = digit_runs(_heard("my", "cell", "is", "415", "228", "9066"))
    assert line.kept
    assert not cell.kept
