"""The live transcript of answered calls (ADR 0028), run by the web process that handled the
answer: it taps both parties' live audio (media/listeners.py), cuts each into speech chunks
(chunker.py), decodes them in this process's transcription threads (decoder.py), redacts
every partial and final (redactor.py) and publishes `call.transcript` to the parties'
devices and their supervisors through the realtime bus. Finals then go to the in-process
subscribers (final_segments.py).

Raw text lives only in memory, for the call's redaction context, and never reaches a log,
the bus or a socket; when the call ends it is gone (the call's durable transcript is the
post-call one, made from its recording)."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from callvault.core.cpu_load import CpuLoad
from callvault.core.ids import new_id
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.intelligence.live.chunker import Chunker, ChunkPolicy, Piece
from callvault.intelligence.live.context import CallContext, load_context
from callvault.intelligence.live.decoder import LiveDecoder
from callvault.intelligence.live.final_segments import (
    FinalSegment,
    FinalSegmentHooks,
    SegmentSpan,
)
from callvault.intelligence.live.redactor import LiveRedactor, RedactedText
from callvault.intelligence.live.scheduler import DecodeScheduler
from callvault.media.listeners import AnsweredCall, CallParty, LiveAudio
from callvault.media.port import LegRef, MediaError
from callvault.realtime.bus import Bus, Event

log = logging.getLogger("callvault.live_transcript")

EVENT = "call.transcript"
MAX_PENDING_FINALS = 20
ContextLoader = Callable[[AnsweredCall], CallContext]


@dataclass
class _Stream:
    party: CallParty
    chunker: Chunker
    # Bounded: a machine that cannot keep up drops the oldest finals, not the call.
    finals: deque[Piece] = field(default_factory=lambda: deque(maxlen=MAX_PENDING_FINALS))
    partial: Piece | None = None
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    ended: bool = False
    done_number: int = -1  # the last chunk whose final was delivered
    segment_ids: dict[int, str] = field(default_factory=dict)


@dataclass
class _CallState:
    call: AnsweredCall
    context: CallContext
    redactor: LiveRedactor
    streams: dict[str, _Stream] = field(default_factory=dict)  # by leg id
    tasks: set[asyncio.Task[None]] = field(default_factory=set)


@dataclass
class Stats:
    """What this process transcribed (for benchmarks and health; no content)."""

    decodes: int = 0
    decode_seconds: float = 0.0  # wall time in the decoder
    audio_seconds: float = 0.0  # final audio decoded
    partials_shed: int = 0  # partials not decoded because the machine was busy


class LiveTranscriber:
    """A CallListener: follows each answered call until its legs close."""

    def __init__(
        self,
        *,
        db: Database,
        keyring: Keyring,
        bus: Bus,
        decoder: LiveDecoder,
        threads: int = 1,
        partials_below: float = 1.0,
        cpu_load: CpuLoad | None = None,
        hooks: FinalSegmentHooks | None = None,
        policy: ChunkPolicy | None = None,
        context_loader: ContextLoader | None = None,
    ) -> None:
        self.bus, self.decoder = bus, decoder
        self.hooks = hooks or FinalSegmentHooks()
        self.policy = policy or ChunkPolicy()
        self._load = context_loader or (lambda call: load_context(db, keyring, call))
        self._decoding = DecodeScheduler(threads)
        self._partials_below = partials_below
        self._cpu = cpu_load or CpuLoad()
        self._calls: dict[str, _CallState] = {}
        self._starting: set[asyncio.Task[None]] = set()
        self.stats = Stats()

    async def call_answered(self, call: AnsweredCall, audio: LiveAudio) -> None:
        """Start following the call in the background (signaling is not held up)."""
        task = asyncio.ensure_future(self._follow(call, audio))
        self._starting.add(task)
        task.add_done_callback(self._started)

    def _started(self, task: asyncio.Task[None]) -> None:
        self._starting.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("live transcript did not start: %s", type(task.exception()).__name__)

    async def _follow(self, call: AnsweredCall, audio: LiveAudio) -> None:
        context = await asyncio.to_thread(self._load, call)
        if not context.enabled:
            return
        state = self._calls.get(call.call_id)
        if state is None:
            state = _CallState(call, context, LiveRedactor(context.rules))
            self._calls[call.call_id] = state
        else:  # a transfer: the new party, the same conversation
            state.call, state.context = call, context
            state.redactor.rules = context.rules
        for party in call.parties:
            if party.leg_id in state.streams:
                continue
            stream = _Stream(party, Chunker(self.policy))
            state.streams[party.leg_id] = stream
            for job in (self._read(state, stream, audio), self._decode(state, stream)):
                task = asyncio.ensure_future(job)
                state.tasks.add(task)
                task.add_done_callback(functools.partial(self._finished, state))

    async def close(self) -> None:
        for task in list(self._starting):
            task.cancel()
        for state in list(self._calls.values()):
            for task in list(state.tasks):
                task.cancel()
        self._decoding.close()

    # ---- per party -----------------------------------------------------------------------

    async def _read(self, state: _CallState, stream: _Stream, audio: LiveAudio) -> None:
        leg = LegRef(state.call.call_id, stream.party.leg_id)
        try:
            async for pcm in audio.live_audio(leg):
                self._queue(stream, stream.chunker.feed(pcm))
        except MediaError as exc:  # the leg closed before the tap started, or media went
            log.info("live transcript tap ended: %s", exc.code)
        finally:
            self._queue(stream, stream.chunker.flush())
            stream.ended = True
            stream.wake.set()

    @staticmethod
    def _queue(stream: _Stream, pieces: list[Piece]) -> None:
        for piece in pieces:
            if piece.final:
                stream.finals.append(piece)
                stream.partial = None
            else:
                stream.partial = piece  # only the newest partial is worth decoding
            stream.wake.set()

    async def _decode(self, state: _CallState, stream: _Stream) -> None:
        while True:
            await stream.wake.wait()
            stream.wake.clear()
            while stream.finals or stream.partial is not None:
                piece: Piece | None
                if stream.finals:
                    piece = stream.finals.popleft()
                else:
                    piece, stream.partial = stream.partial, None
                if piece is None or (not piece.final and piece.number <= stream.done_number):
                    continue
                if not piece.final and not self._spare_cpu():
                    continue  # busy: the next partial, or the final, will show it
                started = time.perf_counter()
                decode = functools.partial(self.decoder.decode, piece, prompt=state.context.prompt)
                words = await self._decoding.run(decode, final=piece.final)
                self._count(piece, time.perf_counter() - started)
                redacted = state.redactor.redact(stream.party.party, words, final=piece.final)
                await self._deliver(state, stream, piece, redacted)
            if stream.ended and not stream.finals and stream.partial is None:
                return

    def _spare_cpu(self) -> bool:
        """Whether a partial is worth its CPU now: a decoding thread of this process is free
        and the machine as a whole has been less than `partials_below` busy. The second test
        matters with several web processes and the media process on the same cores: a
        process with a free thread would otherwise spend on partials the CPU another
        process's finals (or the calls' audio) are waiting for."""
        if not self._decoding.idle():
            return False
        if self._partials_below < 1.0 and self._cpu.busy() >= self._partials_below:
            self.stats.partials_shed += 1
            return False
        return True

    def _count(self, piece: Piece, seconds: float) -> None:
        self.stats.decodes += 1
        self.stats.decode_seconds += seconds
        if piece.final:
            self.stats.audio_seconds += (piece.end_ms - piece.start_ms) / 1000

    async def _deliver(
        self, state: _CallState, stream: _Stream, piece: Piece, redacted: RedactedText
    ) -> None:
        if piece.final:
            stream.done_number = piece.number
        shown = piece.number in stream.segment_ids  # a partial of this chunk was sent
        if not redacted.text and not (piece.final and shown):
            return  # nothing to show, and no partial to withdraw
        segment_id = stream.segment_ids.setdefault(piece.number, new_id())
        if piece.final:
            del stream.segment_ids[piece.number]
        call = state.call
        body = {
            "call_id": call.call_id,
            "segment_id": segment_id,
            "speaker": stream.party.party,
            "user_id": stream.party.user_id,
            "text": redacted.text,
            "final": piece.final,
            "start_ms": piece.start_ms,
            "end_ms": piece.end_ms,
            "spans": [s.as_json() for s in redacted.spans],
        }
        publish(self.bus, call, state.context.supervisors, body)
        if piece.final and redacted.text:
            await self.hooks.emit(
                FinalSegment(
                    workspace_id=call.workspace_id,
                    call_id=call.call_id,
                    segment_id=segment_id,
                    speaker=stream.party.party,
                    speaker_user_id=stream.party.user_id,
                    text=redacted.text,
                    spans=tuple(SegmentSpan(s.start, s.end, s.type) for s in redacted.spans),
                    start_ms=piece.start_ms,
                    end_ms=piece.end_ms,
                )
            )

    def _finished(self, state: _CallState, task: asyncio.Task[None]) -> None:
        state.tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("live transcript stopped: %s", type(task.exception()).__name__)
        if not state.tasks and self._calls.get(state.call.call_id) is state:
            del self._calls[state.call.call_id]  # the raw context goes with it


def publish(
    bus: Bus, call: AnsweredCall, supervisors: frozenset[str], body: dict[str, object]
) -> None:
    """The segment to each party's device in the call and to every device of a supervisor.
    Redacted text crosses the bus (like DTMF digits, ADR 0023); raw text never does."""
    data = json.dumps(body, separators=(",", ":"))
    for party in call.parties:
        event = Event(EVENT, call.workspace_id, {"device_id": party.leg_id, "fields_json": data})
        bus.publish(call.workspace_id, [party.user_id], event)
    if supervisors:
        event = Event(EVENT, call.workspace_id, {"device_id": None, "fields_json": data})
        bus.publish(call.workspace_id, sorted(supervisors), event)
