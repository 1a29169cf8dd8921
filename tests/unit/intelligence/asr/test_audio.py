from __future__ import annotations

import io
import wave
from fractions import Fraction

import av
import numpy as np
import pytest

from callvault.intelligence.asr.audio import DecodedAudio, decode, encode_wav
from callvault.intelligence.asr.errors import AudioTooLong, AudioUndecodable
from tests.support.audio import encoded, wav_bytes


@pytest.mark.parametrize("kind", ["opus", "mp3", "flac", "aac"])
def test_compressed_formats_decode_to_16k_float(kind: str) -> None:
    audio = decode(encoded(kind, 1.0))
    assert audio.rate == 16_000
    assert audio.channels[0].dtype == np.float32
    assert 0.95 <= audio.duration_s <= 1.1
    assert 0.1 < float(np.abs(audio.channels[0]).max()) <= 1.0


def test_stereo_channels_stay_separate_and_source_is_reported() -> None:
    audio = decode(wav_bytes(1.0, rate=8000, channels=2))
    assert len(audio.channels) == 2
    assert audio.source_rate == 8000
    assert audio.source_channels == 2
    assert audio.duration_ms == 1000
    # The tone differs per channel (a fifth apart), so the channels must differ.
    assert not np.allclose(audio.channels[0], audio.channels[1])


def test_file_like_source_decodes() -> None:
    assert decode(io.BytesIO(wav_bytes(0.5))).duration_ms == 500


@pytest.mark.parametrize("data", [b"", b"not audio at all" * 50, b"RIFF" + bytes(200)])
def test_garbage_is_undecodable(data: bytes) -> None:
    with pytest.raises(AudioUndecodable, match="not a readable media file"):
        decode(data)


def test_file_without_audio_stream_is_undecodable() -> None:
    buf = io.BytesIO()
    with av.open(buf, mode="w", format="matroska") as out:
        stream = out.add_stream("mpeg4", rate=5)
        stream.width, stream.height, stream.pix_fmt = 32, 32, "yuv420p"
        for i in range(3):
            frame = av.VideoFrame.from_ndarray(np.zeros((32, 32, 3), np.uint8), format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, 5)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    with pytest.raises(AudioUndecodable, match="no audio stream"):
        decode(buf.getvalue())


def test_longer_than_max_is_refused() -> None:
    with pytest.raises(AudioTooLong):
        decode(wav_bytes(3.0), max_seconds=1.0)
    assert decode(wav_bytes(1.0), max_seconds=1.0).duration_ms == 1000


def test_truncated_wav_keeps_what_is_there() -> None:
    data = wav_bytes(1.0)
    audio = decode(data[: len(data) // 2])
    assert 400 <= audio.duration_ms <= 520


def test_encode_wav_round_trips_per_channel() -> None:
    left = np.linspace(-0.5, 0.5, 1600, dtype=np.float32)
    right = np.zeros(1600, dtype=np.float32)
    data = encode_wav([left, right], 16_000)
    with wave.open(io.BytesIO(data)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (2, 2, 16_000)
    back = decode(data)
    np.testing.assert_allclose(back.channels[0], left, atol=1e-4)
    assert float(np.abs(back.channels[1]).max()) == 0.0


def test_from_arrays_cuts_to_the_shortest_channel() -> None:
    audio = DecodedAudio.from_arrays([np.zeros(10, np.float32), np.zeros(7, np.float32)])
    assert audio.samples == 7
    assert audio.source_channels == 2
