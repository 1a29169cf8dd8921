"""The audio of one call in the embedded engine: each leg's incoming audio is decoded (by the
engine's decoder thread, media/decode.py), resampled to 48 kHz mono and buffered; every 20 ms
the call's clock takes one frame from each leg and gives each joined leg the clipped sum of
the *other* joined legs. The same tick feeds the taps (recording: every recorded leg's frame,
aligned; live audio: 16 kHz mono per leg), so all of them see one timeline.

Buffers are bounded both ways: a leg that sends faster than the clock (or in bursts after a
network stall) loses its oldest audio beyond `MAX_BUFFER_MS` instead of accumulating delay, and
a leg that sends nothing contributes silence."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import fractions
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import av
import numpy as np
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from av.audio.codeccontext import AudioCodecContext

log = logging.getLogger("callvault.media")

RATE = 48_000
FRAME_MS = 20
FRAME_SAMPLES = RATE * FRAME_MS // 1000
TAP_RATE = 16_000
TAP_SAMPLES = TAP_RATE * FRAME_MS // 1000
MAX_BUFFER_MS = 300
# How far behind the call's clock may fall (a busy event loop) and still catch up.
CATCH_UP_MS = MAX_BUFFER_MS
_MAX_BUFFER = RATE * MAX_BUFFER_MS // 1000
_PRIME = 3 * FRAME_SAMPLES
_TIME_BASE = fractions.Fraction(1, RATE)
# How long a leg's outgoing track waits past its due time for the mix before sending
# silence (the mix clock and the sender's pacing are independent; this absorbs their jitter).
_OUT_SLACK = 0.03
_MAX_OUT_QUEUE = 5
_MAX_LATE = 0.2
SILENCE = np.zeros(FRAME_SAMPLES, dtype=np.int16)
# Mono at 48 kbit/s: speech through an Opus round trip scores PESQ 4.55 (aiortc's default,
# 96 kbit/s stereo for audio that is mono on every leg, 4.58; 32 kbit/s mono 4.45), at half the
# bandwidth; the encoder's CPU hardly depends on the rate.
OPUS_BIT_RATE = 48_000


class InboundAudio:
    """One leg's received audio, as 48 kHz mono samples waiting for the next tick. Filled by
    the engine's decoder thread (media/decode.py) or, through `push`, on the loop; taken by
    the call's clock on the loop: a lock keeps the two apart."""

    def __init__(self) -> None:
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)  # other rates
        self._buffer = np.zeros(0, dtype=np.int16)
        self._priming = True
        self._lock = threading.Lock()
        # The Opus packets the buffer's frames were decoded from, by the sample position
        # (counted since the leg began) where each one's audio starts: a frame taken whole at
        # such a position can be forwarded as its packet instead of encoded again (ADR 0022,
        # addendum "Forwarding").
        self._packets: collections.deque[tuple[int, bytes]] = collections.deque()
        self._pushed = 0  # samples ever appended
        self._front = 0  # position of the buffer's first sample

    def push(self, frame: av.AudioFrame) -> None:
        # What aiortc's Opus decoder hands over (48 kHz packed 16-bit, stereo) is mixed down
        # here with numpy: an av resampler per frame cost more than the Opus decode itself.
        channels = len(frame.layout.channels)
        if frame.format.name == "s16" and frame.sample_rate == RATE and channels <= 2:
            data: np.ndarray = frame.to_ndarray().reshape(-1).astype(np.int16, copy=False)
            if channels == 2:  # the average of the channels, as the resampler mixes them
                wide = data[0::2].astype(np.int32) + data[1::2]
                data = np.right_shift(wide, 1).astype(np.int16)
            self.push_samples(data)
        else:
            for out in self._resampler.resample(frame):
                self.push_samples(out.to_ndarray().reshape(-1).astype(np.int16, copy=False))

    def push_samples(self, samples: np.ndarray, packet: bytes | None = None) -> None:
        """Append 48 kHz mono int16 samples (from any thread); `packet`: the Opus packet they
        were decoded from, when they are exactly one 20 ms frame of it."""
        with self._lock:
            if packet is not None and len(samples) == FRAME_SAMPLES:
                self._packets.append((self._pushed, packet))
            self._pushed += len(samples)
            self._buffer = np.concatenate((self._buffer, samples))
            if len(self._buffer) > _MAX_BUFFER:
                self._front += len(self._buffer) - _MAX_BUFFER
                self._buffer = self._buffer[-_MAX_BUFFER:]

    def take(self) -> np.ndarray:
        return self.take_frame()[0]

    def take_frame(self) -> tuple[np.ndarray, bytes | None]:
        """The next 20 ms, or silence while too little has arrived, with the Opus packet it
        was decoded from when it is exactly one packet's audio. After running dry the buffer
        refills to `_PRIME` before it plays again, so bursty arrival (network jitter, a busy
        event loop) costs one short gap instead of a hole in every frame."""
        with self._lock:
            if self._priming and len(self._buffer) < _PRIME:
                return SILENCE, None
            self._priming = False
            if len(self._buffer) < FRAME_SAMPLES:
                self._priming = True
                return SILENCE, None
            chunk, self._buffer = self._buffer[:FRAME_SAMPLES], self._buffer[FRAME_SAMPLES:]
            start, self._front = self._front, self._front + FRAME_SAMPLES
            packets = self._packets
            while packets and packets[0][0] < start:  # dropped with the oldest audio
                packets.popleft()
            if packets and packets[0][0] == start:
                return chunk, packets.popleft()[1]
            return chunk, None


class OutboundTrack(MediaStreamTrack):
    """What the engine sends a leg: the mix the call's clock hands it, paced in 20 ms frames;
    silence whenever no mix is due (not joined yet, on hold, or the clock is late).

    When the leg negotiated Opus (`send_opus`), the track encodes each frame itself, mono, and
    hands aiortc the packet: aiortc's own encoder would upmix to stereo, encode at 96 kbit/s
    and do it through a thread-pool hand-off per frame, which together cost more CPU than
    everything else a leg does. A frame offered with the Opus packet it was decoded from (the
    other party of a two-party call) is not encoded at all: that packet is sent as it came."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self._pending: collections.deque[tuple[np.ndarray, bytes | None]] = collections.deque(
            maxlen=_MAX_OUT_QUEUE
        )
        self._waiter: asyncio.Future[None] | None = None
        self._start: float | None = None
        self._sent = 0
        self._opus: AudioCodecContext | None = None
        # Frames sent as the packet they came in as, and frames this track encoded.
        self.forwarded = 0
        self.encoded = 0

    def send_opus(self) -> None:
        self._opus = opus_encoder()

    def offer(self, samples: np.ndarray, packet: bytes | None = None) -> None:
        # A full deque drops its oldest frame: the sender fell behind.
        self._pending.append((samples, packet))
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def recv(self) -> av.AudioFrame | av.Packet[Any]:
        if self.readyState != "live":
            raise MediaStreamError
        now = time.monotonic()
        if self._start is None:
            self._start = now
        due = self._start + self._sent / RATE
        if now - due > _MAX_LATE:  # the loop stalled: resume from now rather than burst
            self._start, due = now - self._sent / RATE, now
        if not self._pending and (wait := due + _OUT_SLACK - now) > 0:
            # A bare future and a timer (not asyncio.wait_for: a task per frame).
            loop = asyncio.get_running_loop()
            self._waiter = loop.create_future()
            timer = loop.call_later(wait, _wake, self._waiter)
            try:
                await self._waiter
            finally:
                timer.cancel()
                self._waiter = None
        samples, packet = self._pending.popleft() if self._pending else (SILENCE, None)
        if packet is not None and self._opus is not None:
            forwarded: av.Packet[Any] = av.Packet(packet)
            forwarded.pts, forwarded.time_base = self._sent, _TIME_BASE
            self._sent += FRAME_SAMPLES
            self.forwarded += 1
            return forwarded
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = RATE
        frame.pts = self._sent
        frame.time_base = _TIME_BASE
        self._sent += FRAME_SAMPLES
        if self._opus is None:
            return frame
        packets = self._opus.encode(frame)
        self.encoded += 1
        if not packets:  # libopus answers every whole frame at once; never seen otherwise
            return frame
        encoded: av.Packet[Any] = packets[0]
        encoded.pts, encoded.time_base = frame.pts, _TIME_BASE
        return encoded


def _wake(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


def opus_encoder() -> AudioCodecContext:
    """A mono 48 kHz Opus encoder for speech (OPUS_BIT_RATE, `voip`)."""
    codec = av.CodecContext.create("libopus", "w")
    assert isinstance(codec, AudioCodecContext)
    codec.bit_rate = OPUS_BIT_RATE
    codec.format = "s16"
    codec.layout = "mono"
    codec.sample_rate = RATE
    codec.time_base = _TIME_BASE
    codec.options = {"application": "voip"}
    return codec


class TapResampler:
    """48 kHz mono frames to 16 kHz mono 16-bit little-endian PCM (the live-audio taps)."""

    def __init__(self) -> None:
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=TAP_RATE)
        self._pts = 0

    def convert(self, samples: np.ndarray) -> bytes:
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = RATE
        frame.pts = self._pts
        frame.time_base = _TIME_BASE
        self._pts += len(samples)
        return b"".join(
            bytes(out.planes[0])[: out.samples * 2] for out in self._resampler.resample(frame)
        )


async def run_clock(tick: Callable[[], None]) -> None:
    """Call `tick` every FRAME_MS until cancelled (a call's clock). A short stall (the loop was
    busy) is caught up, ticking without sleeping, from what the legs' buffers hold; a longer
    one starts the clock afresh."""
    loop = asyncio.get_running_loop()
    period = FRAME_MS / 1000
    start, ticks = loop.time(), 0
    while True:
        ticks += 1
        delay = start + ticks * period - loop.time()
        if delay < -CATCH_UP_MS / 1000:
            start, ticks = loop.time(), 0
        await asyncio.sleep(max(0.0, delay))
        try:
            tick()
        except Exception:
            log.exception("media: mixing failed for one frame")


def mix_for_each(inputs: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """For every leg, the clipped sum of the others' samples (N legs: one sum, N subtractions).
    Two legs (nearly every call) just hear each other: no arithmetic at all."""
    if len(inputs) == 2:
        (a, a_samples), (b, b_samples) = inputs.items()
        return {a: b_samples, b: a_samples}
    if len(inputs) < 2:  # alone: hears nothing
        return {leg: np.zeros_like(samples) for leg, samples in inputs.items()}
    wide = {leg: samples.astype(np.int32) for leg, samples in inputs.items()}
    total = np.sum(list(wide.values()), axis=0)
    return {leg: np.clip(total - own, -32768, 32767).astype(np.int16) for leg, own in wide.items()}


def mix_all(inputs: list[np.ndarray]) -> np.ndarray:
    """The clipped sum of every input (what a listen-only leg hears; ADR 0029)."""
    if not inputs:
        return SILENCE
    total: np.ndarray = np.sum([samples.astype(np.int32) for samples in inputs], axis=0)
    mixed: np.ndarray = np.clip(total, -32768, 32767).astype(np.int16)
    return mixed


async def read_track(
    track: MediaStreamTrack, inbound: InboundAudio, on_end: Callable[[], None]
) -> None:
    """Feed a leg's received track into its buffer until the track ends."""
    try:
        while True:
            frame = await track.recv()
            if isinstance(frame, av.AudioFrame):
                inbound.push(frame)
    except MediaStreamError:
        pass
    except Exception:  # a decoder error must not take the engine down with it
        log.exception("media: a leg's audio could not be read")
    finally:
        with contextlib.suppress(Exception):
            on_end()
