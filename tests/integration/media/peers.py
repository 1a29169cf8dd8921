"""A device for media tests: a real aiortc peer connection that offers audio (DTLS-SRTP),
sends a tone (or silence, or any PCM) and keeps what it receives, for checks by energy and
dominant frequency."""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import time
from collections.abc import Callable

import av
import numpy as np
from aiortc import RTCConfiguration, RTCPeerConnection, RTCRtpSender, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

RATE = 48_000
FRAME = 960


class ToneTrack(MediaStreamTrack):
    """Paced 20 ms frames of a sine at `freq` Hz (0: silence), or of `pcm` (48 kHz mono int16)."""

    kind = "audio"

    def __init__(self, freq: float = 0.0, *, pcm: np.ndarray | None = None) -> None:
        super().__init__()
        self.freq = freq
        self.pcm = pcm
        self.sent = 0
        self._start: float | None = None

    async def recv(self) -> av.AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        if self._start is None:
            self._start = time.monotonic()
        await asyncio.sleep(max(0.0, self._start + self.sent / RATE - time.monotonic()))
        if self.pcm is not None:
            chunk = self.pcm[self.sent : self.sent + FRAME]
            samples = np.zeros(FRAME, np.int16)
            samples[: len(chunk)] = chunk
        elif self.freq:
            t = np.arange(self.sent, self.sent + FRAME) / RATE
            samples = (np.sin(2 * np.pi * self.freq * t) * 8000).astype(np.int16)
        else:
            samples = np.zeros(FRAME, np.int16)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate, frame.pts = RATE, self.sent
        frame.time_base = fractions.Fraction(1, RATE)
        self.sent += FRAME
        return frame


class Device:
    """One device's peer connection; `received` holds 48 kHz mono audio as it arrives."""

    def __init__(
        self,
        track: MediaStreamTrack,
        *,
        codec: str | None = None,
        configuration: RTCConfiguration | None = None,
    ) -> None:
        """codec: offer only this one (e.g. "PCMU": far less CPU than Opus on both ends,
        for tests that need real-time audio on a busy machine); configuration: ICE servers
        and policy (default: host candidates only)."""
        self.pc = RTCPeerConnection(configuration or RTCConfiguration(iceServers=[]))
        self.pc.addTrack(track)
        if codec is not None:
            capabilities = RTCRtpSender.getCapabilities("audio")
            self.pc.getTransceivers()[0].setCodecPreferences(
                [c for c in capabilities.codecs if c.mimeType == f"audio/{codec}"]
            )
        self.received: list[np.ndarray] = []
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
        self._reader: asyncio.Task[None] | None = None
        self.pc.on("track", self._on_track)

    async def offer(self, edit: Callable[[str], str] = lambda s: s) -> str:
        await self.pc.setLocalDescription(await self.pc.createOffer())
        return edit(self.pc.localDescription.sdp)

    async def answer(self, sdp: str) -> None:
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="answer"))

    async def connected(self, timeout: float = 20.0) -> None:
        async def wait() -> None:
            while self.pc.connectionState != "connected":
                await asyncio.sleep(0.02)

        await asyncio.wait_for(wait(), timeout)

    def _on_track(self, track: MediaStreamTrack) -> None:
        async def read() -> None:
            with contextlib.suppress(MediaStreamError):
                while True:
                    frame = await track.recv()
                    for out in self._resampler.resample(frame):
                        self.received.append(out.to_ndarray().reshape(-1).copy())

        self._reader = asyncio.ensure_future(read())

    def mark(self) -> int:
        return len(self.received)

    def since(self, mark: int) -> np.ndarray:
        if mark >= len(self.received):
            return np.zeros(0, np.int16)
        return np.concatenate(self.received[mark:])

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
        await self.pc.close()


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2))) if len(samples) else 0.0


def dominant_hz(samples: np.ndarray, rate: int = RATE) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64) * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(spectrum))])
