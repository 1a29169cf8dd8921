"""Where the leak check listens again (ADR 0038): the ranges where the redacted rendition's
samples differ from the original's, grown to whole utterances of the first transcription;
everything else keeps the first transcription's words."""

from __future__ import annotations

import numpy as np

from callvault.intelligence.asr.audio import RATE, DecodedAudio
from callvault.intelligence.pipeline import rehear
from callvault.intelligence.redaction.audio import redact_audio
from callvault.intelligence.transcript import Transcript, Word, reindex, utterance_from_words


def _noise(seconds: float, seed: int = 0) -> np.ndarray:
    return (np.random.default_rng(seed).normal(0, 0.05, int(seconds * RATE))).astype(np.float32)


def _stored(samples: np.ndarray) -> np.ndarray:
    """What a 16-bit WAV rendition decodes back to."""
    return (np.round(samples * 32767) / 32767).astype(np.float32)


def _utt(speaker: str, *words: tuple[str, int, int]):  # type: ignore[no-untyped-def]
    return utterance_from_words(0, speaker, [Word(t, a, b) for t, a, b in words])


def test_an_unchanged_rendition_has_nothing_to_hear_again() -> None:
    original = _noise(5)
    assert rehear.changed(original, _stored(original), RATE) == []


def test_beeped_and_silenced_ranges_are_found_at_their_times() -> None:
    original = _noise(10)
    beeped = redact_audio([original], [(2000, 3000, None)], mode="tone")[0]
    silenced = redact_audio([original], [(6000, 6500, None)], mode="silence")[0]
    both = np.where(np.arange(original.shape[0]) < 5 * RATE, beeped, silenced)
    ranges = rehear.changed(original, _stored(both), RATE)
    assert len(ranges) == 2
    (a1, b1), (a2, b2) = ranges
    # The rendition pads each span (80 ms) and fades its edges (10 ms).
    assert 1850 <= a1 <= 1920 and 3080 <= b1 <= 3150
    assert 5850 <= a2 <= 5920 and 6580 <= b2 <= 6650


def test_pauses_inside_one_number_make_one_range() -> None:
    original = _noise(10)
    spans = [(2000, 2600, None), (3000, 3600, None)]  # "4111 … 1111" with a pause
    red = redact_audio([original], spans, mode="tone")[0]
    assert len(rehear.changed(original, _stored(red), RATE)) == 1


def test_a_window_holds_whole_utterances_near_the_change() -> None:
    utterances = [
        _utt("caller", ("Hello", 0, 400), (" there.", 400, 900)),
        _utt("caller", ("It's", 3000, 3300), (" 4111", 3300, 4000), (" 1111.", 4000, 5000)),
        _utt("caller", ("Thanks.", 5400, 5900)),
        _utt("caller", ("Bye.", 12000, 12400)),
    ]
    wins = rehear.windows([(3250, 5050)], utterances)
    assert len(wins) == 1
    a, b = wins[0]
    # The card's utterance whole, and "Thanks." (within the context), not the greeting or
    # the goodbye.
    assert a <= 3000 - rehear.MARGIN_MS and b >= 5900 + rehear.MARGIN_MS
    assert a > 900 and b < 12000


def test_the_masked_audio_is_silent_outside_the_windows() -> None:
    audio = DecodedAudio.from_arrays([_noise(4), _noise(4, 1)])
    out = rehear.masked(audio, [[(1000, 2000)], []])
    left, right = out.channels
    assert not left[: RATE - 1].any() and not left[2 * RATE + 1 :].any()
    assert np.array_equal(left[RATE : 2 * RATE], audio.channels[0][RATE : 2 * RATE])
    assert not right.any()


def test_heard_again_replaces_the_first_words_only_inside_the_windows() -> None:
    first = Transcript(
        "en",
        13000,
        reindex(
            [
                _utt("caller", ("Hello.", 0, 900)),
                _utt("caller", ("It's", 3000, 3300), (" 4111.", 3300, 5000)),
                _utt("callee", ("Thank", 5200, 5500), (" you.", 5500, 5800)),
                _utt("caller", ("Bye.", 12000, 12400)),
            ]
        ),
    )
    again = Transcript("en", 13000, reindex([_utt("caller", ("It's", 3000, 3300))]))
    heard = rehear.combined(first, again, {"caller": [(2700, 5300)], "callee": []})
    assert [u.text for u in heard.utterances] == ["Hello.", "It's", "Thank you.", "Bye."]
    assert [u.index for u in heard.utterances] == [0, 1, 2, 3]
