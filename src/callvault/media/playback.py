"""Audio the engine says into one leg (media port `play`): PLAY_RATE PCM turned into the
mixer's 48 kHz, 20 ms frames, handed out one per tick by the call's clock on top of the
leg's mix, and a completion that says whether it was all sent (True) or the leg closed
first (False). One playback per leg at a time; a second waits for the first."""

from __future__ import annotations

import asyncio
import fractions
from collections import deque

import av
import numpy as np

from callvault.media.mixer import FRAME_SAMPLES, RATE
from callvault.media.port import MAX_PLAY_SECONDS, PLAY_RATE, MediaError

MAX_PLAY_BYTES = PLAY_RATE * MAX_PLAY_SECONDS * 2


def check_pcm(pcm: bytes) -> None:
    if not pcm or len(pcm) % 2 or len(pcm) > MAX_PLAY_BYTES:
        raise MediaError(
            "bad_audio", f"play takes 1 to {MAX_PLAY_SECONDS} s of 16-bit PCM at {PLAY_RATE} Hz"
        )


def to_frames(pcm: bytes) -> deque[np.ndarray]:
    """PLAY_RATE mono s16le as 48 kHz frames of FRAME_SAMPLES (the last padded with silence)."""
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.int16)
    frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
    frame.sample_rate = PLAY_RATE
    frame.pts = 0
    frame.time_base = fractions.Fraction(1, PLAY_RATE)
    resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
    parts = [out.to_ndarray().reshape(-1) for out in resampler.resample(frame)]
    parts += [out.to_ndarray().reshape(-1) for out in resampler.resample(None)]
    wide = np.concatenate(parts).astype(np.int16) if parts else np.zeros(0, np.int16)
    pad = (-len(wide)) % FRAME_SAMPLES
    wide = np.concatenate((wide, np.zeros(pad, dtype=np.int16)))
    return deque(wide.reshape(-1, FRAME_SAMPLES))


class Playback:
    """A leg's playback state, driven by the call's clock (`next_frame`) on the loop."""

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self._frames: deque[np.ndarray] = deque()
        self._done: asyncio.Future[bool] | None = None

    async def play(self, pcm: bytes) -> bool:
        """Queue the audio and wait until the clock has sent it (or the leg closed)."""
        frames = await asyncio.to_thread(to_frames, pcm)
        self._frames = frames
        self._done = asyncio.get_running_loop().create_future()
        return await self._done

    def next_frame(self) -> np.ndarray | None:
        """The next 20 ms to add to the leg's output; None when nothing is playing."""
        if self._frames:
            return self._frames.popleft()
        if self._done is not None and not self._done.done():
            self._done.set_result(True)
        return None

    def stop(self) -> None:
        """The leg closed: what remains is not played."""
        self._frames.clear()
        if self._done is not None and not self._done.done():
            self._done.set_result(False)


def add(mix: np.ndarray, frame: np.ndarray) -> np.ndarray:
    out: np.ndarray = np.clip(mix.astype(np.int32) + frame, -32768, 32767).astype(np.int16)
    return out
