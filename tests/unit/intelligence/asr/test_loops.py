"""Loop signs on word lists shaped like what tiny.en produced in issue #11."""

from __future__ import annotations

from callvault.intelligence.asr.loops import (
    collapse_repeats,
    compression_ratio,
    loop_reason,
    repeated_runs,
)
from callvault.intelligence.transcript import Word


def _words(text: str, seconds: float) -> list[Word]:
    parts = text.split()
    step = max(1, int(seconds * 1000 / max(1, len(parts))))
    return [
        Word((" " if i else "") + p, i * step, i * step + step - 10) for i, p in enumerate(parts)
    ]


def test_a_card_said_in_four_groups_is_not_a_loop() -> None:
    assert loop_reason(_words("Yes, it is 5454, 5454, 5454, 5454.", 7.0), 7.0) is None


def test_the_issue_loop_is_found() -> None:
    loop = "5 -4 " * 18  # "5 -4 -5 -4 …": 36 tokens where four groups were said
    assert loop_reason(_words(loop, 7.0), 7.0) is not None
    assert loop_reason(_words("I -4 -I -4 -I -4 -I -4", 4.0), 4.0) is not None


def test_more_digits_than_speech_allows() -> None:
    # Eight digits in a 1.3 s region: digits pulled in from the turn before.
    assert loop_reason(_words("5454, 0928,", 1.3), 1.3) == (
        "more digits per second than speech allows"
    )
    assert loop_reason(_words("0928,", 1.3), 1.3) is None


def test_compression_ratio() -> None:
    assert compression_ratio("short") == 1.0
    assert compression_ratio("thank you " * 20) > 2.4
    assert compression_ratio("Hi, I need to pay the balance on my account please.") < 2.4


def test_repeats_across_a_region_boundary_are_runs() -> None:
    words = _words("it is 5454 5454 5454 5454 5454 0928", 10.0)
    assert repeated_runs(words) == [(2, 7)]


def test_collapse_keeps_what_speech_plausibly_holds() -> None:
    words = _words("it is 5454 5454 5454 5454 5454 5454 then", 10.0)
    assert "".join(w.text for w in collapse_repeats(words)) == "it is 5454 5454 5454 5454 then"
    pairs = _words("yes I -4 I -4 I -4 I -4 done", 10.0)
    assert "".join(w.text for w in collapse_repeats(pairs)) == "yes I -4 done"
