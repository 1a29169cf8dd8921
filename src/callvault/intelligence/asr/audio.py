"""Audio in and out for speech to text: any container/codec PyAV reads becomes one float32
array per channel at 16 kHz (channels stay separate: in a call each is one party), and arrays
become 16-bit PCM WAV again."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from typing import BinaryIO

import av
import numpy as np
import numpy.typing as npt

from callvault.intelligence.asr.errors import AudioTooLong, AudioUndecodable

RATE = 16_000  # what Whisper expects
DEFAULT_MAX_SECONDS = 2 * 3600.0  # ~460 MB of float32 per channel: a guard, not a policy

Samples = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class DecodedAudio:
    """Per-channel float32 samples in [-1, 1] at `rate`, and what the source was."""

    channels: tuple[Samples, ...]
    rate: int = RATE
    source_rate: int = RATE
    source_channels: int = 1

    @property
    def samples(self) -> int:
        return int(self.channels[0].shape[0]) if self.channels else 0

    @property
    def duration_s(self) -> float:
        return self.samples / self.rate

    @property
    def duration_ms(self) -> int:
        return round(1000 * self.samples / self.rate)

    @classmethod
    def from_arrays(cls, channels: list[Samples] | tuple[Samples, ...]) -> DecodedAudio:
        """Audio already at 16 kHz (tests, redacted renditions); channels cut to equal length."""
        n = min(int(c.shape[0]) for c in channels)
        chans = tuple(np.ascontiguousarray(c[:n], dtype=np.float32) for c in channels)
        return cls(channels=chans, source_channels=len(chans))


def decode(
    source: BinaryIO | bytes, *, max_seconds: float | None = DEFAULT_MAX_SECONDS
) -> DecodedAudio:
    """Decode a recording into per-channel float32 arrays at 16 kHz."""
    stream_in: BinaryIO = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    try:
        container = av.open(stream_in, mode="r")
    except av.FFmpegError as exc:
        raise AudioUndecodable(f"not a readable media file ({_reason(exc)})") from exc
    with container:
        if not container.streams.audio:
            raise AudioUndecodable("the file has no audio stream")
        stream = container.streams.audio[0]
        source_rate = int(stream.codec_context.sample_rate or stream.rate or 0)
        source_channels = int(stream.codec_context.channels or 0)
        if source_rate <= 0 or source_channels <= 0:
            raise AudioUndecodable("the audio stream has no sample rate or channels")
        # Refuse early from the header when it tells the length; decoding still counts below
        # because headers can lie or be missing.
        if max_seconds is not None and container.duration is not None:
            header_s = container.duration / av.time_base
            if header_s > max_seconds + 1:
                raise AudioTooLong(
                    f"audio is {header_s:.0f} s long, the maximum is {max_seconds:.0f} s"
                )
        chunks = _decode_stream(container, stream, source_channels, max_seconds)
    if not chunks:
        raise AudioUndecodable("the audio stream holds no samples (corrupt or empty)")
    joined = np.concatenate(chunks, axis=1)
    return DecodedAudio(
        channels=tuple(np.ascontiguousarray(joined[i]) for i in range(joined.shape[0])),
        source_rate=source_rate,
        source_channels=source_channels,
    )


def _decode_stream(
    container: av.container.InputContainer,
    stream: av.AudioStream,
    n_channels: int,
    max_seconds: float | None,
) -> list[Samples]:
    # Planar float keeps channels apart; the layout is the source's so nothing is downmixed.
    layout = stream.codec_context.layout.name if stream.codec_context.layout else "mono"
    resampler = av.AudioResampler(format="fltp", layout=layout, rate=RATE)
    limit = None if max_seconds is None else int((max_seconds + 1) * RATE)
    chunks: list[Samples] = []
    total = 0
    errors = 0
    try:
        for packet in container.demux(stream):
            try:
                frames = packet.decode()
            except av.FFmpegError:
                # A damaged packet inside an otherwise good recording: skip it, keep the rest.
                errors += 1
                if errors > 50 and not chunks:
                    raise
                continue
            for frame in frames:
                for out in resampler.resample(frame):
                    total += _append(chunks, out, n_channels)
            if limit is not None and total > limit:
                raise AudioTooLong(f"audio is longer than the maximum of {max_seconds:.0f} s")
        for out in resampler.resample(None):
            total += _append(chunks, out, n_channels)
    except av.FFmpegError as exc:
        raise AudioUndecodable(f"the audio could not be decoded ({_reason(exc)})") from exc
    return chunks


def _append(chunks: list[Samples], frame: av.AudioFrame, n_channels: int) -> int:
    data = frame.to_ndarray().astype(np.float32, copy=False)
    data = data.reshape(n_channels, -1) if data.ndim == 1 else data
    chunks.append(data)
    return int(data.shape[1])


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def encode_wav(channels: list[Samples] | tuple[Samples, ...], rate: int = RATE) -> bytes:
    """16-bit PCM WAV with one channel per array (clipped to [-1, 1])."""
    n = min(int(c.shape[0]) for c in channels)
    stacked = np.stack([np.asarray(c[:n], dtype=np.float32) for c in channels], axis=1)
    pcm = (np.clip(stacked, -1.0, 1.0) * 32767.0).round().astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(len(channels))
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()
