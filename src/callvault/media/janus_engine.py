"""The Janus media engine (ADR 0046): the same port as the embedded aiortc engine, carried by
Janus's AudioBridge plugin (C, no Python per packet) for scale-out.

Every leg is one AudioBridge handle whose participant sits in a room: its own *home* room
(alone: hears nothing, heard by nobody) until signaling joins it, then the call's room, where
AudioBridge mixes each participant the others. `join` and `hold` move participants between
the two with `changeroom`, which keeps the peer connection, and mute the held ones: AudioBridge
1.1.2 has no deaf or suspend, and a participant hears its whole room, so leaving the room is the
only way not to hear it. Offers are checked by media/offer.py before Janus sees them (DTLS-SRTP
only; Janus itself negotiates nothing else either).

Janus reports through its session: `webrtcup` -> connected, `hangup` -> failed (ICE) or closed,
a leg not connected within the connect timeout fails and is closed; a dropped link or session
reports `engine_lost` once and forgets every leg (Janus closes them with the session). The next
request opens a new session."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field

from callvault.media.janus_api import JanusError, JanusGone, JanusSession, JsonObject
from callvault.media.offer import check_offer
from callvault.media.port import (
    EngineUnavailable,
    IceServer,
    LegEvents,
    LegRef,
    LegState,
    MediaError,
)

log = logging.getLogger("callvault.media.janus")

PLUGIN = "janus.plugin.audiobridge"
CONNECT_TIMEOUT_SECONDS = 30.0
SAMPLING_RATE = 48_000  # fullband, as the embedded engine mixes
# Janus's core answers an unusable offer with these (JSEP: unknown type, invalid SDP) and the
# AudioBridge with 488 (JANUS_AUDIOBRIDGE_ERROR_INVALID_SDP) or 498 (codec/SDP trouble).
_BAD_OFFER_CODES = frozenset({465, 466, 498})
_NO_SUCH_ROOM = 485  # JANUS_AUDIOBRIDGE_ERROR_NO_SUCH_ROOM


@dataclass(eq=False)
class _Leg:
    ref: LegRef
    handle: int
    home: str  # the leg's own room
    room: str  # the room its participant is in now
    held: bool = False
    ended: bool = False
    watchdog: asyncio.Task[None] | None = None


@dataclass(eq=False)
class _Call:
    id: str
    room: str
    room_made: bool = False
    legs: dict[str, _Leg] = field(default_factory=dict)
    joined: tuple[str, ...] = ()
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one room move at a time


class JanusEngine:
    """MediaEngine on a Janus AudioBridge; create and use it on one event loop."""

    def __init__(
        self,
        events: LegEvents,
        *,
        url: str,
        api_secret: str | None = None,
        connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
    ) -> None:
        self.events = events
        self._url = url
        self._secret = api_secret
        self._connect_timeout = connect_timeout
        # Room names of this engine only: two callvault nodes (or tests) may share a Janus.
        self._prefix = f"cv-{secrets.token_hex(6)}-"
        self._session: JanusSession | None = None
        self._opening = asyncio.Lock()
        self._calls: dict[str, _Call] = {}
        self._handles: dict[int, _Leg] = {}

    # MediaEngine

    async def open_leg(
        self,
        leg: LegRef,
        offer_sdp: str,
        *,
        ice_servers: Sequence[IceServer] = (),  # noqa: ARG002 (see below)
    ) -> str:
        """ice_servers are not used: Janus gathers candidates with the STUN/TURN servers of its
        own configuration (one set for every handle), so configure the same ones there."""
        check_offer(offer_sdp)
        call = self._calls.get(leg.call_id)
        if call is not None and leg.leg_id in call.legs:
            raise MediaError("leg_exists", "this leg is already open")
        session = await self._session_or_open()
        home = f"{self._prefix}{secrets.token_hex(8)}"
        handle: int | None = None
        try:
            handle = await session.attach(PLUGIN)
            await self._create_room(session, handle, home)
            _, jsep = await session.message(
                handle,
                {"request": "join", "room": home, "muted": False, "display": leg.leg_id},
                {"type": "offer", "sdp": offer_sdp},
            )
            if jsep is None or jsep.get("type") != "answer" or not jsep.get("sdp"):
                raise MediaError("bad_offer", "janus did not answer the offer")
        except BaseException as exc:
            if handle is not None:
                await asyncio.shield(self._discard(session, handle, home))
            if isinstance(exc, JanusError) and exc.code in _BAD_OFFER_CODES:
                raise MediaError(
                    "bad_offer", f"the offer cannot be answered: {exc.reason}"
                ) from None
            if isinstance(exc, JanusError):
                raise MediaError("media_error", f"janus refused the leg ({exc.code})") from None
            if isinstance(exc, JanusGone):
                raise EngineUnavailable(f"janus: {exc}") from None
            raise
        call = self._calls.get(leg.call_id)
        if call is None:
            call = self._calls[leg.call_id] = _Call(
                leg.call_id, f"{self._prefix}{secrets.token_hex(8)}"
            )
        if leg.leg_id in call.legs:  # opened twice at once: the other one won
            await self._discard(session, handle, home)
            raise MediaError("leg_exists", "this leg is already open")
        state = _Leg(ref=leg, handle=handle, home=home, room=home)
        call.legs[leg.leg_id] = state
        self._handles[handle] = state
        state.watchdog = asyncio.ensure_future(self._watch_connect(state))
        return str(jsep["sdp"])

    async def join(self, call_id: str, legs: Sequence[str]) -> None:
        call = self._calls.get(call_id)
        missing = [leg for leg in legs if call is None or leg not in call.legs]
        if call is None or missing:
            raise MediaError("unknown_leg", f"no open leg {missing[0]!r} in this call")
        call.joined = tuple(dict.fromkeys(legs))
        await self._place_all(call)

    async def hold(self, leg: LegRef, held: bool) -> None:
        state = self._leg(leg)
        state.held = held
        await self._place_all(self._calls[leg.call_id])

    async def close_leg(self, leg: LegRef) -> None:
        call = self._calls.get(leg.call_id)
        state = call.legs.get(leg.leg_id) if call is not None else None
        if state is not None:
            await self._end_leg(state, LegState.CLOSED, "closed by request")

    async def close_call(self, call_id: str) -> None:
        call = self._calls.get(call_id)
        if call is None:
            return
        for state in list(call.legs.values()):
            await self._end_leg(state, LegState.CLOSED, "call closed")

    async def close(self) -> None:
        """Close every call and the session (the engine is stopping)."""
        for call_id in list(self._calls):
            await self.close_call(call_id)
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def has_leg(self, leg: LegRef) -> bool:
        call = self._calls.get(leg.call_id)
        return call is not None and leg.leg_id in call.legs

    # Rooms

    async def _place_all(self, call: _Call) -> None:
        """Move each leg's participant where it belongs: the call's room when joined and not
        held (heard, hearing the others), else its home room, muted when held."""
        async with call.lock:
            session = self._session
            if session is None or not session.alive:
                raise EngineUnavailable("the link to janus is down")
            try:
                for state in list(call.legs.values()):
                    if state.ended:
                        continue
                    inside = state.ref.leg_id in call.joined and not state.held
                    target = call.room if inside else state.home
                    if inside and not call.room_made:
                        await self._create_room(session, state.handle, call.room)
                        call.room_made = True
                    if target != state.room:
                        await session.message(
                            state.handle,
                            {"request": "changeroom", "room": target, "muted": state.held},
                        )
                        state.room = target
                    else:
                        await session.message(
                            state.handle, {"request": "configure", "muted": state.held}
                        )
            except JanusGone as exc:
                raise EngineUnavailable(f"janus: {exc}") from None
            except JanusError as exc:
                raise MediaError(
                    "media_error", f"janus refused a room change ({exc.code})"
                ) from None

    @staticmethod
    async def _create_room(session: JanusSession, handle: int, room: str) -> None:
        await session.message(
            handle,
            {
                "request": "create",
                "room": room,
                "permanent": False,
                "sampling_rate": SAMPLING_RATE,
                "audiolevel_event": False,
                "record": False,
            },
        )

    @staticmethod
    async def _destroy_room(session: JanusSession, handle: int, room: str) -> None:
        with contextlib.suppress(JanusError, JanusGone):
            await session.message(handle, {"request": "destroy", "room": room})

    async def _discard(self, session: JanusSession, handle: int, home: str) -> None:
        await self._destroy_room(session, handle, home)
        with contextlib.suppress(JanusError, JanusGone):
            await session.detach(handle)

    # Events

    async def _session_or_open(self) -> JanusSession:
        async with self._opening:
            if self._session is not None and self._session.alive:
                return self._session
            try:
                self._session = await JanusSession.open(
                    self._url, self._secret, on_event=self._on_event, on_lost=self._on_lost
                )
            except JanusGone as exc:
                raise EngineUnavailable(f"janus: {exc}") from None
            except JanusError as exc:
                raise EngineUnavailable(f"janus refused the session ({exc.code})") from None
            return self._session

    async def _on_event(self, event: JsonObject) -> None:
        state = self._handles.get(int(event.get("sender", 0) or 0))
        if state is None or state.ended:
            return
        kind = event.get("janus")
        if kind == "webrtcup":
            if state.watchdog is not None:
                state.watchdog.cancel()
            await self._report(state, LegState.CONNECTED, None)
        elif kind == "hangup":
            reason = str(event.get("reason", ""))
            if "ICE" in reason:
                await self._end_leg(state, LegState.FAILED, "ICE or DTLS failed")
            else:
                await self._end_leg(state, LegState.CLOSED, "closed by the device")
        elif kind == "detached":
            await self._end_leg(state, LegState.CLOSED, "closed by janus")

    async def _on_lost(self, reason: str) -> None:
        calls, self._calls, self._handles = self._calls, {}, {}
        for call in calls.values():
            for state in call.legs.values():
                state.ended = True
                if state.watchdog is not None:
                    state.watchdog.cancel()
        log.warning("media: lost janus (%s); every leg it held is gone", reason)
        try:
            await self.events.engine_lost(f"janus: {reason}")
        except Exception:
            log.exception("media: the leg-event sink failed")

    async def _watch_connect(self, state: _Leg) -> None:
        await asyncio.sleep(self._connect_timeout)
        await self._end_leg(state, LegState.FAILED, "not connected in time")

    async def _report(self, state: _Leg, leg_state: LegState, reason: str | None) -> None:
        try:
            await self.events.leg_changed(state.ref, leg_state, reason)
        except Exception:
            log.exception("media: the leg-event sink failed")

    async def _end_leg(self, state: _Leg, leg_state: LegState, reason: str) -> None:
        if state.ended:
            return
        state.ended = True
        self._handles.pop(state.handle, None)
        if state.watchdog is not None and state.watchdog is not asyncio.current_task():
            state.watchdog.cancel()
        call = self._calls.get(state.ref.call_id)
        last = False
        if call is not None:
            call.legs.pop(state.ref.leg_id, None)
            call.joined = tuple(leg for leg in call.joined if leg != state.ref.leg_id)
            last = not call.legs
            if last:
                del self._calls[call.id]
        session = self._session
        if session is not None and session.alive:
            # The leg's own handle tears down its rooms: the home room always, the call's
            # room when this was the last leg. Detaching hangs the peer connection up.
            await self._destroy_room(session, state.handle, state.home)
            if last and call is not None and call.room_made:
                await self._destroy_room(session, state.handle, call.room)
            with contextlib.suppress(JanusError, JanusGone):
                await session.detach(state.handle)
        await self._report(state, leg_state, reason)

    def _leg(self, leg: LegRef) -> _Leg:
        call = self._calls.get(leg.call_id)
        state = call.legs.get(leg.leg_id) if call is not None else None
        if state is None:
            raise MediaError("unknown_leg", "no such open leg")
        return state
