"""When Whisper stops writing before its window ends, it stretches the words it did write over
the speech it skipped. The recogniser must notice and decode that region again, and must not
send ordinary regions (short words, speech up to the edges) to be decoded twice."""

from __future__ import annotations

from callvault.intelligence.asr.recogniser import _suspect
from callvault.intelligence.transcript import Word


def _words(*spans: tuple[str, float, float]) -> list[Word]:
    return [Word(f" {t}", round(a * 1000), round(b * 1000), 0.9) for t, a, b in spans]


def test_an_ordinary_region_is_not_decoded_again() -> None:
    words = _words(
        ("The", 50.3, 50.6), ("fee", 50.6, 50.8), ("is", 51.5, 52.1), ("paid", 52.1, 52.5)
    )
    assert _suspect((49.9, 52.9), words, [1.2]) is None


def test_a_word_stretched_over_seconds_marks_lost_speech() -> None:
    words = _words(("and", 55.67, 63.47), ("your", 63.47, 63.47))
    assert _suspect((59.15, 63.51), words, [1.2]) == (
        "a word stretched over speech that was not written"
    )


def test_seconds_of_speech_after_the_last_word_mark_lost_speech() -> None:
    words = _words(("Perfect.", 49.18, 49.6), ("paid", 52.18, 52.5))
    assert _suspect((49.01, 55.98), words, [1.2]) == "speech after the last word"


def test_seconds_of_speech_before_the_first_word_mark_lost_speech() -> None:
    words = _words(("thanks", 61.0, 61.4), ("bye", 61.4, 61.8))
    assert _suspect((58.5, 62.2), words, [1.2]) == "speech before the first word"
