"""The in-memory media engine (media_engine.py) plus what voicemail and announcements need:
`play` (it keeps what was played into which leg, and takes `play_speed` × the audio's length
to send it, ending early when the leg closes) and the taps, recording with the real Ogg/Opus
recorder (media/recording.py) into the real encrypted blob store. What a recorded leg's
device "says" is `voice` (16 kHz float samples), fed to the recorder and to `live_audio`
at five times real time, then silence; `hang_up_after` (seconds of that audio) makes the
device hang up mid-message. Tests only."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from callvault.media.mixer import FRAME_SAMPLES
from callvault.media.port import (
    LegEvents,
    LegRef,
    LegState,
    MediaError,
    RecordingResult,
    RecordingTarget,
)
from callvault.media.recording import CallRecorder
from callvault.storage.encrypted import BlobSealer
from tests.support.media_engine import MemoryEngine

SealerFactory = Callable[[RecordingTarget], BlobSealer]
_TAP = 320  # 20 ms at 16 kHz


@dataclass
class _Take:
    recorder: CallRecorder
    target: RecordingTarget
    legs: tuple[str, ...]
    queues: dict[str, asyncio.Queue[bytes | None]]
    feeder: asyncio.Task[None] | None = None


@dataclass
class TalkingEngine(MemoryEngine):
    sealers: SealerFactory | None = None
    voice: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    hang_up_after: float | None = None
    play_speed: float = 0.02
    silence_after_voice: float = 30.0  # seconds of silence fed after the voice, at most
    played: list[tuple[LegRef, int]] = field(default_factory=list)
    recorded: list[tuple[str, tuple[str, ...], RecordingTarget]] = field(default_factory=list)
    # Seconds of the voice fed to each call's recorder so far: what a test waits on, since a
    # loaded machine feeds far less than five times real time.
    fed: dict[str, float] = field(default_factory=dict)
    _takes: dict[str, _Take] = field(default_factory=dict)
    _finished: dict[str, RecordingResult] = field(default_factory=dict)

    async def play(self, leg: LegRef, pcm: bytes) -> bool:
        if leg not in self.open_legs:
            raise MediaError("unknown_leg", "no such open leg")
        self.played.append((leg, len(pcm)))
        deadline = asyncio.get_running_loop().time() + self.play_speed * len(pcm) / 32_000
        while asyncio.get_running_loop().time() < deadline:
            if leg not in self.open_legs:
                return False
            await asyncio.sleep(0.01)
        return leg in self.open_legs

    async def start_recording(
        self, call_id: str, legs: Sequence[str], *, target: RecordingTarget
    ) -> None:
        if any(LegRef(call_id, leg) not in self.open_legs for leg in legs) or not legs:
            raise MediaError("unknown_leg", "record the open legs of a call")
        if call_id in self._takes:
            raise MediaError("recording_active", "this call is already being recorded")
        assert self.sealers is not None
        sealer = await asyncio.to_thread(self.sealers, target)
        take = _Take(
            CallRecorder(sealer, list(legs)),
            target,
            tuple(legs),
            {leg: asyncio.Queue() for leg in legs},
        )
        self._takes[call_id] = take
        self.recorded.append((call_id, take.legs, target))
        take.feeder = asyncio.ensure_future(self._feed(call_id, take))

    async def _feed(self, call_id: str, take: _Take) -> None:
        voice = np.concatenate(
            (self.voice, np.zeros(int(16_000 * self.silence_after_voice), dtype=np.float32))
        )
        pcm16 = (np.clip(voice, -1, 1) * 32767).astype(np.int16)
        limit = None if self.hang_up_after is None else int(self.hang_up_after * 50)
        for i in range(len(pcm16) // _TAP):
            if limit is not None and i >= limit:
                for leg in take.legs:
                    await self.hang_up(LegRef(call_id, leg))
                return
            if any(LegRef(call_id, leg) not in self.open_legs for leg in take.legs):
                return
            chunk = pcm16[i * _TAP : (i + 1) * _TAP]
            wide = np.repeat(chunk, FRAME_SAMPLES // _TAP)
            take.recorder.write([wide for _ in take.legs])
            self.fed[call_id] = (i + 1) * _TAP / 16_000
            for queue in take.queues.values():
                queue.put_nowait(chunk.astype("<i2").tobytes())
            if i % 5 == 4:  # five times real time: the encoder keeps up (it gives up if not)
                await asyncio.sleep(0.02)
        for queue in take.queues.values():
            queue.put_nowait(None)

    async def stop_recording(self, call_id: str) -> RecordingResult | None:
        take = self._takes.pop(call_id, None)
        if take is not None:
            await self._finish(call_id, take)
        return self._finished.pop(call_id, None)

    async def _finish(self, call_id: str, take: _Take) -> None:
        if take.feeder is not None:
            take.feeder.cancel()
        done = await take.recorder.finish()
        self._finished[call_id] = RecordingResult(
            object_id=take.target.object_id,
            legs=done.legs,
            size_bytes=done.blob.size,
            duration_ms=done.duration_ms,
        )

    async def live_audio(self, leg: LegRef) -> AsyncIterator[bytes]:
        take = self._takes.get(leg.call_id)
        if take is None or leg.leg_id not in take.queues:
            raise MediaError("unknown_leg", "no tapped leg")
        queue = take.queues[leg.leg_id]
        while (pcm := await queue.get()) is not None:
            yield pcm

    async def close_leg(self, leg: LegRef) -> None:
        await super().close_leg(leg)
        self._leg_gone(leg)

    async def close_call(self, call_id: str) -> None:
        legs = [leg for leg in self.open_legs if leg.call_id == call_id]
        await super().close_call(call_id)
        for leg in legs:
            self._leg_gone(leg)
        take = self._takes.pop(call_id, None)
        if take is not None:  # a call closed while recording still finishes its recording
            await self._finish(call_id, take)

    async def hang_up(self, leg: LegRef) -> None:
        """The device closes its peer connection (reported as the engine would)."""
        if leg in self.open_legs:
            await super().close_leg(leg)
            self._leg_gone(leg)
            await self.events.leg_changed(leg, LegState.CLOSED, "closed by the device")

    def _leg_gone(self, leg: LegRef) -> None:
        take = self._takes.get(leg.call_id)
        if take is not None and leg.leg_id in take.queues:
            take.queues[leg.leg_id].put_nowait(None)


class TalkingBox:
    """The engine the app builds (the container's live_media factory fills it in)."""

    def __init__(self, sealers: SealerFactory) -> None:
        self.sealers = sealers
        self.engine: TalkingEngine | None = None

    def __call__(self, events: LegEvents) -> TalkingEngine:
        self.engine = TalkingEngine(events, sealers=self.sealers)
        return self.engine

    def get(self) -> TalkingEngine:
        assert self.engine is not None, "the app has not built its engine"
        return self.engine
