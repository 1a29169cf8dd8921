"""What PyAV accepts as audio, and what it refuses, on in-memory files."""

from __future__ import annotations

import io

import pytest

from callvault.comms.audio.errors import CorruptAudio, NotAudio
from callvault.comms.audio.probe import AudioInfo, probe
from tests.support import audio


def run(data: bytes) -> AudioInfo:
    return probe(io.BytesIO(data), size=len(data))


def test_wav() -> None:
    info = run(audio.wav_bytes(1.0, channels=2))
    assert (info.container, info.codec, info.channels) == ("wav", "pcm_s16le", 2)
    assert (info.sample_rate, info.duration_ms, info.media_type) == (audio.RATE, 1000, "audio/wav")


@pytest.mark.parametrize(
    ("kind", "media_type"),
    [("opus", "audio/ogg"), ("mp3", "audio/mpeg"), ("flac", "audio/flac"), ("aac", "audio/mp4")],
)
def test_compressed(kind: str, media_type: str) -> None:
    info = run(audio.encoded(kind, 1.0))
    assert info.media_type == media_type and abs(info.duration_ms - 1000) < 60


@pytest.mark.parametrize(
    "data",
    [b"", b"plain text, not audio\n" * 100, b"\x89PNG\r\n\x1a\n" + bytes(3000), bytes(9000)],
)
def test_not_audio(data: bytes) -> None:
    with pytest.raises(NotAudio):
        run(data)


@pytest.mark.parametrize("kind", ["wav", "mp3", "flac"])
def test_truncated(kind: str) -> None:
    data = audio.wav_bytes(2.0) if kind == "wav" else audio.encoded(kind, 2.0)
    with pytest.raises(CorruptAudio):
        run(audio.truncated(data))


@pytest.mark.parametrize("kind", ["mp3", "flac", "opus"])
def test_damaged(kind: str) -> None:
    with pytest.raises(CorruptAudio):
        run(audio.corrupted(audio.encoded(kind, 2.0)))


def test_streaming_wav_with_unknown_size_is_accepted() -> None:
    data = bytearray(audio.wav_bytes(0.5))
    data[4:8] = b"\xff\xff\xff\xff"  # what live writers put before they know the length
    assert run(bytes(data)).duration_ms == 500
