"""What an uploaded file is, decided by PyAV (FFmpeg): the container and its first audio
stream, every packet decoded once so damaged or truncated data is caught at upload time
rather than at playback."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

import av
import av.logging

from callvault.comms.audio.errors import CorruptAudio, NotAudio

# FFmpeg demuxer name -> the media type served on playback. Anything else is refused:
# FFmpeg would also "recognise" images, subtitles and raw byte soup.
CONTAINERS: dict[str, str] = {
    "wav": "audio/wav",
    "mp3": "audio/mpeg",
    "ogg": "audio/ogg",
    "flac": "audio/flac",
    "mov,mp4,m4a,3gp,3g2,mj2": "audio/mp4",
    "matroska,webm": "audio/webm",
    "aiff": "audio/aiff",
    "au": "audio/basic",
    "caf": "audio/x-caf",
}
# Shorter than the container says by more than this: the data was cut off or is damaged.
_TOLERANCE_S = 0.25
_TOLERANCE_RATIO = 0.02
_MAX_CHANNELS = 32

av.logging.set_level(av.logging.PANIC)  # FFmpeg's own stderr chatter is not our log


@dataclass(frozen=True, slots=True)
class AudioInfo:
    container: str  # the FFmpeg demuxer, e.g. "wav", "ogg"
    codec: str  # e.g. "pcm_s16le", "opus"
    sample_rate: int
    channels: int
    duration_ms: int
    media_type: str


def probe(file: BinaryIO, *, size: int) -> AudioInfo:
    """AudioInfo for a seekable file of size bytes; NotAudio or CorruptAudio when unusable."""
    if size == 0:
        raise NotAudio("The upload is empty.")
    try:
        container = av.open(file, mode="r")
    except (av.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        raise NotAudio("The upload is not a recognised audio file.") from exc
    with container:
        name = container.format.name
        media_type = CONTAINERS.get(name)
        streams = list(container.streams.audio)
        if media_type is None or not streams:
            raise NotAudio(
                "The upload has no audio stream in a supported format "
                "(WAV, MP3, Ogg/Opus, FLAC, MP4/AAC, WebM, AIFF, AU, CAF).",
                format=name,
            )
        stream = streams[0]
        ctx = stream.codec_context
        rate, channels = int(ctx.sample_rate or 0), int(ctx.layout.nb_channels or 0)
        if rate <= 0 or not 0 < channels <= _MAX_CHANNELS:
            raise NotAudio("The audio stream has no usable sample rate or channel layout.")
        declared = _declared_seconds(container, stream)
        decoded = 0
        try:
            for frame in container.decode(stream):
                if isinstance(frame, av.AudioFrame):
                    decoded += frame.samples
        except av.FFmpegError as exc:
            raise CorruptAudio("The audio data is damaged or truncated.") from exc
    seconds = decoded / rate
    if decoded == 0:
        raise CorruptAudio("The audio stream contains no decodable audio.")
    if declared is not None and declared - seconds > max(_TOLERANCE_S, declared * _TOLERANCE_RATIO):
        raise CorruptAudio(
            "The audio data is truncated or damaged: it ends before the length it declares.",
            declared_seconds=round(declared, 3),
            decoded_seconds=round(seconds, 3),
        )
    if name == "wav":
        _check_riff_size(file, size)
    return AudioInfo(
        container=name.split(",")[0],
        codec=ctx.name,
        sample_rate=rate,
        channels=channels,
        duration_ms=round(seconds * 1000),
        media_type=media_type,
    )


def _declared_seconds(
    container: av.container.InputContainer, stream: av.AudioStream
) -> float | None:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / 1_000_000
    return None


def _check_riff_size(file: BinaryIO, size: int) -> None:
    """FFmpeg plays a cut-off WAV to wherever its bytes stop; the RIFF header says how long
    the file was meant to be. (0 and 0xFFFFFFFF mean "unknown", as streaming writers do.)"""
    file.seek(0)
    head = file.read(12)
    if len(head) < 12 or head[:4] != b"RIFF":
        return  # RF64 and friends carry their size elsewhere; the decode pass vouched for them
    (riff,) = struct.unpack("<I", head[4:8])
    if riff not in (0, 0xFFFFFFFF) and riff + 8 > size:
        raise CorruptAudio(
            "The WAV file is truncated: its header declares more data than was received.",
            declared_bytes=riff + 8,
            received_bytes=size,
        )
