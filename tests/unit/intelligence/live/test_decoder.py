"""The live decoder with the bundled model: a chunk encoded on its own reads as the padded
window does, a short-window loop falls back to the padded window, and noise gives nothing."""

from __future__ import annotations

import numpy as np

from callvault.intelligence.asr.model import ModelConfig
from callvault.intelligence.live.chunker import RATE, Piece
from callvault.intelligence.live.decoder import (
    DecoderPolicy,
    LiveDecoder,
    _hidden_digit_loop,
    _Reading,
    _repeats,
    spread,
)
from callvault.intelligence.live.redactor import FINAL_DIGITS, guard_digits
from callvault.intelligence.transcript import Word
from tests.support.speech import speak, telephone

SAID = "Yes, it will arrive within the hour."


def _piece(samples: np.ndarray, *, final: bool = True) -> Piece:
    return Piece(0, final, samples, 1000, 1000 + len(samples) * 1000 // RATE)


def _text(words: list[Word]) -> str:
    return "".join(w.text for w in words)


def test_short_context_reads_like_the_padded_window_and_falls_back_on_a_loop() -> None:
    decoder = LiveDecoder(ModelConfig(cpu_threads=1))
    padded = LiveDecoder(ModelConfig(cpu_threads=1), DecoderPolicy(short_context=False))
    speech = telephone(speak(SAID))
    short = decoder.decode(_piece(speech))
    assert _text(short) == _text(padded.decode(_piece(speech))) == SAID
    assert short[0].start_ms == 1000 and short[-1].end_ms == 1000 + len(speech) * 1000 // RATE
    assert decoder.fallbacks == 0
    # "Thanks." alone loops in a short window ("Thanks Thanks Thanks…"): read again, padded.
    assert _text(decoder.decode(_piece(telephone(speak("Thanks."))))) == "Thanks."
    assert decoder.fallbacks == 1
    noise = np.random.default_rng(0).normal(0, 0.002, RATE).astype(np.float32)
    assert decoder.decode(_piece(noise, final=False)) == []


def test_a_chunk_read_twice_in_its_short_window_is_cut_not_decoded_again() -> None:
    """tiny.en, given this sentence alone in a short window, reads it a second time after the
    speech ("Great, that's $240 in total. Great, that's $240 in total. Great"): the caption
    showed it twice. The reading is cut where it restarts, without the padded decode."""
    decoder = LiveDecoder(ModelConfig(cpu_threads=1))
    said = telephone(speak("Great, that's two hundred and forty dollars in total."))
    text = _text(decoder.decode(_piece(said)))
    assert text.lower().count("great") == 1 and "total" in text
    assert decoder.fallbacks == 0


def test_a_card_read_in_groups_loops_on_its_digits_and_is_cut_not_decoded_again() -> None:
    """tiny.en reads this card, through the phone line, as "4111…" with some forty ones. A
    live segment shows any run of FINAL_DIGITS digits as [DIGITS], so the padded decode (5-7x
    the CPU) would change nothing anyone sees: the run is cut back to what speech holds."""
    decoder = LiveDecoder(ModelConfig(cpu_threads=1))
    said = telephone(speak("Sure, it's 4111 1111 1111 1111."))
    text = _text(decoder.decode(_piece(said)))
    assert (decoder.fallbacks, decoder.digit_trims) == (0, 1)
    assert text.startswith("Sure, it's")
    digits = sum(ch.isdigit() for ch in text)
    assert FINAL_DIGITS <= digits <= 5.5 * len(said) / RATE  # cut back to a speech rate
    shown = guard_digits(text, (), FINAL_DIGITS).text
    assert shown == "Sure, it's [DIGITS]", shown


def test_only_a_digit_loop_that_stays_hidden_is_cut() -> None:
    looped = _Reading("Gate " + "7" * 40, capped=False)
    assert _hidden_digit_loop(looped, 2.0) == "Gate " + "7" * 8  # 4 a second, 2 s
    # The way tiny.en loops on a card read in groups: a digit group over and over.
    groups = _Reading("Sure, it's 41" + " 11" * 19, capped=False)
    assert _hidden_digit_loop(groups, 4.0) == "Sure, it's 41 11 11 11 11"
    assert _hidden_digit_loop(_Reading(" ".join("1" * 30), capped=False), 2.0) == "1 1 1 1"
    # Cut back, a digit would show ("5", "345"): decoded again instead.
    assert _hidden_digit_loop(_Reading("Room 5, code 3456789012345", capped=False), 1.0) is None
    # A word loop is no digit loop; a loop of digits and words cuts words too.
    assert _hidden_digit_loop(_Reading("thanks " * 12, capped=False), 2.0) is None
    assert _hidden_digit_loop(_Reading("it's 41" + " 11 one" * 9, capped=False), 3.0) is None
    # A reading that hit the token cap may have lost words: decoded again.
    assert _hidden_digit_loop(_Reading("Gate " + "7" * 40, capped=True), 2.0) is None


def test_repeats_catch_loops_but_not_digit_groups() -> None:
    assert _repeats("Thanks Thanks Thanks")
    assert _repeats("September, 2028 September, 2028")
    assert not _repeats("It is 4111 1111 1111 1111.")
    assert not _repeats("very very good")
    assert [w.text for w in spread("a bc", 0, 100)] == ["a", " bc"]
