"""Audio redaction (callvault.intelligence.redaction.audio) lives with the audio tests: it is
measured on the same decoded per-channel arrays."""

from __future__ import annotations

import numpy as np
import pytest

from callvault.intelligence.asr.audio import DecodedAudio, decode
from callvault.intelligence.redaction.audio import TONE_LEVEL, redact_audio, redacted_wav

RATE = 16_000


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x)))) if x.size else 0.0


def noise(seconds: float, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).uniform(-0.5, 0.5, int(seconds * RATE)).astype(np.float32)


def ms(t: int) -> int:
    return t * RATE // 1000


def test_silence_removes_exactly_the_padded_span_and_keeps_length() -> None:
    left, right = noise(2.0, 1), noise(2.0, 2)
    out = redact_audio([left, right], [(500, 900, 0)], mode="silence", pad_ms=50, fade_ms=10)
    assert [c.shape for c in out] == [left.shape, right.shape]
    assert rms(out[0][ms(450) : ms(950)]) == 0.0
    # Outside the span and its 10 ms fades the audio is untouched; the other channel too.
    np.testing.assert_array_equal(out[0][: ms(440)], left[: ms(440)])
    np.testing.assert_array_equal(out[0][ms(960) :], left[ms(960) :])
    np.testing.assert_array_equal(out[1], right)


def test_fades_are_ramps_not_steps() -> None:
    flat = np.full(RATE, 0.5, np.float32)
    out = redact_audio([flat], [(500, 600, None)], mode="silence", pad_ms=0, fade_ms=10)[0]
    edge = out[ms(490) : ms(500)]
    assert np.all(np.diff(edge) <= 0)
    assert float(np.abs(np.diff(out)).max()) < 0.01


def test_tone_replaces_the_span_with_a_modest_beep() -> None:
    speech = noise(1.0, 3)
    out = redact_audio([speech], [(200, 700, None)], mode="tone", pad_ms=0)[0]
    inside = out[ms(200) : ms(700)]
    assert rms(inside) == pytest.approx(TONE_LEVEL / np.sqrt(2), rel=0.02)
    spectrum = np.abs(np.fft.rfft(inside))
    assert np.argmax(spectrum) * RATE / inside.size == pytest.approx(1000, abs=5)
    np.testing.assert_array_equal(out[: ms(180)], speech[: ms(180)])


def test_channel_none_redacts_every_channel_and_overlaps_merge() -> None:
    chans = [noise(1.0, 4), noise(1.0, 5)]
    spans = [(100, 300, None), (250, 400, None), (800, 2000, 1)]
    out = redact_audio(chans, spans, mode="silence", pad_ms=0)
    for c in out:
        assert rms(c[ms(100) : ms(400)]) == 0.0
    assert rms(out[1][ms(800) :]) == 0.0  # a span past the end is clipped, not an error
    assert rms(out[0][ms(800) :]) > 0.2


def test_no_spans_is_an_unchanged_copy() -> None:
    chan = noise(0.5, 6)
    out = redact_audio([chan], [], mode="tone")[0]
    np.testing.assert_array_equal(out, chan)
    assert out is not chan


def test_redacted_wav_decodes_to_the_same_duration() -> None:
    audio = DecodedAudio.from_arrays([noise(1.5, 7), noise(1.5, 8)])
    back = decode(redacted_wav(audio, [(0, 500, 1)], mode="silence"))
    assert back.duration_ms == audio.duration_ms
    assert len(back.channels) == 2
    assert rms(back.channels[1][: ms(500)]) == 0.0
    assert rms(back.channels[0][: ms(500)]) > 0.2
