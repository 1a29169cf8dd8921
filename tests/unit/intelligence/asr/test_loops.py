"""Loop signs on word lists shaped like what tiny.en produced in issue #11."""

from __future__ import annotations

from callvault.intelligence.asr.loops import (
    collapse_repeats,
    compression_ratio,
    loop_reason,
    repeated_runs,
    restart_at,
    trim_digit_runs,
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


def _w(text: str, start: int = 0) -> Word:
    return Word(text, start, start + 500, 0.9)


def test_a_looped_digit_word_is_cut_to_what_the_time_can_hold() -> None:
    # A card said in groups over 6 s, written as one word of 112 digits.
    words = [_w(" 4" + "1" * 111 + ".")]
    (trimmed,) = trim_digit_runs(words, 6.0)
    assert trimmed.text == " 4" + "1" * 23 + "."  # 24 digits: 4 a second
    assert (trimmed.start_ms, trimmed.end_ms) == (0, 500)


def test_digits_speech_can_hold_are_left_alone() -> None:
    words = [_w(" 4111"), _w(" 1111", 600), _w(" 1111", 1200), _w(" 1111.", 1800)]
    assert trim_digit_runs(words, 6.0) == words
    assert trim_digit_runs([_w(" Hello.")], 0.2) == [_w(" Hello.")]


def test_the_longest_runs_are_cut_first_and_no_word_loses_every_digit() -> None:
    words = [_w(" 12"), _w(" " + "9" * 40)]
    out = trim_digit_runs(words, 2.0)  # 8 digits fit
    assert out[0].text == " 12"
    assert sum(ch.isdigit() for w in out for ch in w.text) == 8


def test_a_short_window_read_again_is_cut_where_it_restarts() -> None:
    """What tiny.en wrote for one live chunk each (the bench's sentences, telephone audio)."""

    def cut(text: str) -> str:
        parts = text.split()
        at = restart_at(parts)
        return " ".join(parts if at is None else parts[:at])

    said = {
        "Great, that's $240 in total. Great, that's $240 in total. Great": (
            "Great, that's $240 in total."
        ),
        "Thank you, and the expiry date. Thank you, and the exp": "Thank you, and the expiry date.",
        "September, 2028. September, 2028. September": "September, 2028.",
        "My account number changed last week, and I need the new invoice, and I need the new "
        "invoice": "My account number changed last week, and I need the new invoice,",
        "Thanks for calling. How can I help you today? Thanks": (
            "Thanks for calling. How can I help you today?"
        ),
    }
    for heard, expected in said.items():
        assert cut(heard) == expected
    # Speech that says things twice is left alone: a pair, one word, digit groups, a lone
    # word after a short phrase, and words that only share a start.
    for speech in (
        "Thank you, thank you.",
        "No, no, no.",
        "It is 4111 1111 1111 1111.",
        "Okay, yes it is. Okay",
        "The first one and the second one.",
        "Sure, it's fine.",
    ):
        assert restart_at(speech.split()) is None, speech
