"""An in-memory media engine implementing callvault.media.port for signaling tests.

It carries no real media: it checks offers the way the port says an engine must (a DTLS
fingerprint and an SRTP profile, never plain RTP), answers with an SDP of its own, and keeps
what signaling asked of it (legs, joins, holds, closes) so tests can check the media side of
every transition. Its live-audio tap (`live_audio`) yields what a test `play`s as a leg's
device, so listeners such as the live transcript run on real speech. `fail_leg` and `lose`
make it report through the LegEvents sink as a real engine would (tests only)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field

from callvault.media.port import (
    IceServer,
    InsecureOffer,
    LegEvents,
    LegRef,
    LegState,
    MediaError,
)


def offer(tag: str = "device") -> str:
    """A minimal browser-like audio offer with DTLS-SRTP."""
    return (
        "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
        "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\n"
        f"a=ice-ufrag:{tag[:8]}\r\na=ice-pwd:0123456789abcdefghijklmn\r\n"
        "a=fingerprint:sha-256 AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:"
        "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99\r\n"
        "a=setup:actpass\r\na=rtpmap:111 opus/48000/2\r\n"
    )


FRAME_BYTES = 640  # 20 ms of 16 kHz 16-bit mono

PLAIN_RTP_OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n"


@dataclass
class MemoryEngine:
    events: LegEvents
    open_legs: dict[LegRef, str] = field(default_factory=dict)
    joined: dict[str, tuple[str, ...]] = field(default_factory=dict)
    held: dict[LegRef, bool] = field(default_factory=dict)
    closed_calls: list[str] = field(default_factory=list)
    opened: int = 0
    listen_legs: dict[LegRef, str] = field(default_factory=dict)  # ADR 0029
    down: bool = False
    audio: dict[LegRef, asyncio.Queue[bytes | None]] = field(default_factory=dict)
    loop: asyncio.AbstractEventLoop | None = None  # the server's, seen when a leg opens

    async def open_leg(
        self, leg: LegRef, offer_sdp: str, *, ice_servers: Sequence[IceServer] = ()
    ) -> str:
        del ice_servers
        if self.down:
            raise MediaError("media_unavailable", "the media engine is not available")
        if not offer_sdp.startswith("v=0"):
            raise MediaError("bad_offer", "not an SDP offer")
        if "a=fingerprint:" not in offer_sdp or "UDP/TLS/RTP/SAVPF" not in offer_sdp:
            raise InsecureOffer("the offer has no DTLS fingerprint or asks for plain RTP")
        self.opened += 1
        self.loop = asyncio.get_running_loop()
        answer = offer_sdp.replace("a=setup:actpass", "a=setup:passive")
        self.open_legs[leg] = answer
        return answer

    async def open_listen_leg(
        self, leg: LegRef, offer_sdp: str, *, ice_servers: Sequence[IceServer] = ()
    ) -> str:
        """As open_leg, for a call that has open legs; kept apart (never joined)."""
        if not self.legs_of(leg.call_id):
            raise MediaError("unknown_call", "no such call with open legs")
        answer = await self.open_leg(leg, offer_sdp, ice_servers=ice_servers)
        self.listen_legs[leg] = self.open_legs.pop(leg)
        return answer

    async def join(self, call_id: str, legs: Sequence[str]) -> None:
        missing = [leg for leg in legs if LegRef(call_id, leg) not in self.open_legs]
        if missing:
            raise MediaError("unknown_leg", "join of a leg that is not open")
        self.joined[call_id] = tuple(legs)

    async def hold(self, leg: LegRef, held: bool) -> None:
        self.held[leg] = held

    async def close_leg(self, leg: LegRef) -> None:
        self.open_legs.pop(leg, None)
        self.listen_legs.pop(leg, None)
        self._end_audio(leg)

    async def close_call(self, call_id: str) -> None:
        for leg in [leg for leg in self.open_legs if leg.call_id == call_id]:
            del self.open_legs[leg]
            self._end_audio(leg)
        for leg in [leg for leg in self.listen_legs if leg.call_id == call_id]:
            del self.listen_legs[leg]
        self.closed_calls.append(call_id)

    # the live-audio tap (MediaTaps.live_audio): 20 ms frames of 16 kHz mono PCM

    async def live_audio(self, leg: LegRef) -> AsyncIterator[bytes]:
        if leg not in self.open_legs:
            raise MediaError("unknown_leg", "no such open leg")
        queue = self._queue(leg)
        while (pcm := await queue.get()) is not None:
            yield pcm

    async def speak(self, leg: LegRef, pcm: bytes, *, speed: float = 1.0) -> None:
        """What the leg's device sends (16 kHz mono 16-bit PCM), in 20 ms frames paced at
        `speed` times real time."""
        queue = self._queue(leg)
        for at in range(0, len(pcm), FRAME_BYTES):
            queue.put_nowait(pcm[at : at + FRAME_BYTES])
            await asyncio.sleep(0.02 / speed)

    def speak_soon(self, leg: LegRef, pcm: bytes, *, speed: float = 1.0) -> Future[None]:
        """`speak` on the server's loop, from a test's thread. (Not `play`: that is the media
        port's playback into a leg, and an engine with it takes voicemail, ADR 0027.)"""
        assert self.loop is not None, "no leg was opened yet"
        return asyncio.run_coroutine_threadsafe(self.speak(leg, pcm, speed=speed), self.loop)

    def leg_of(self, call_id: str, tag: str) -> LegRef:
        """The call's leg opened with offer(tag)."""
        found = [
            leg
            for leg, answer in self.open_legs.items()
            if leg.call_id == call_id and f"a=ice-ufrag:{tag[:8]}\r\n" in answer
        ]
        assert len(found) == 1, self.open_legs
        return found[0]

    def _queue(self, leg: LegRef) -> asyncio.Queue[bytes | None]:
        return self.audio.setdefault(leg, asyncio.Queue())

    def _end_audio(self, leg: LegRef) -> None:
        queue = self.audio.pop(leg, None)
        if queue is not None:
            queue.put_nowait(None)

    def legs_of(self, call_id: str) -> set[str]:
        return {leg.leg_id for leg in self.open_legs if leg.call_id == call_id}

    async def fail_leg(self, leg: LegRef) -> None:
        self.open_legs.pop(leg, None)
        await self.events.leg_changed(leg, LegState.FAILED, "ice failed")

    async def lose(self) -> None:
        self.open_legs.clear()
        self.down = True
        await self.events.engine_lost("media process exited")


class EngineBox:
    """The engine the app builds (the container's live_media factory fills it in)."""

    def __init__(self) -> None:
        self.engine: MemoryEngine | None = None

    def __call__(self, events: LegEvents) -> MemoryEngine:
        self.engine = MemoryEngine(events)
        return self.engine

    def get(self) -> MemoryEngine:
        assert self.engine is not None, "the app has not built its engine"
        return self.engine


def run_on(loop: asyncio.AbstractEventLoop, coro: object) -> None:
    """Run a coroutine on the server's loop from the test thread and wait for it."""
    asyncio.run_coroutine_threadsafe(coro, loop).result(timeout=30)  # type: ignore[arg-type]
