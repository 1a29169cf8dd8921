"""When Whisper stops writing before its window ends, it stretches the words it did write over
the speech it skipped. The recogniser must notice and decode that region again, and must not
send ordinary regions (short words, speech up to the edges) to be decoded twice."""

from __future__ import annotations

from callvault.intelligence.asr.recogniser import _split_on_pauses, _suspect
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


def test_a_title_before_a_name_ends_no_utterance() -> None:
    words = [
        Word(" I'll", 0, 200),
        Word(" send", 200, 400),
        Word(" Dr.", 400, 700),
        Word(" Patel's", 1400, 1800),
        Word(" office", 1800, 2100),
        Word(" the", 2100, 2200),
        Word(" form.", 2200, 2600),
        Word(" Thanks.", 3300, 3700),
    ]
    groups = _split_on_pauses(words)
    assert [" ".join(w.text.strip() for w in g) for g in groups] == [
        "I'll send Dr. Patel's office the form.",
        "Thanks.",
    ]
