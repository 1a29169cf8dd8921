"""The Janus media engine (ADR 0050): the same port as the embedded aiortc engine, carried by
Janus's AudioBridge plugin (C, no Python per packet) for scale-out.

Every leg is one AudioBridge handle whose participant sits in a room: its own *home* room
(alone: hears nothing, heard by nobody) until signaling joins it, then the call's room, where
AudioBridge mixes each participant the others. `join` and `hold` move participants between
the two with `changeroom`, which keeps the peer connection, and mute the held ones: AudioBridge
1.1.2 has no deaf or suspend, and a participant hears its whole room, so leaving the room is the
only way not to hear it. Offers are checked by media/offer.py before Janus sees them (DTLS-SRTP
only; Janus itself negotiates nothing else either). `play` puts the leg alone in its home
room with a plain-RTP participant that speaks (media/janus_player.py); the taps are SRTP
forwarders (media/janus_taps.py).

Janus reports through its session: `webrtcup` -> connected, `hangup` -> failed (ICE) or closed,
a leg not connected within the connect timeout fails and is closed; a dropped link or session
reports `engine_lost` once and forgets every leg (Janus closes them with the session). The next
request opens a new session."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import AsyncIterator, Sequence

from callvault.media.aiortc_engine import SealerFactory
from callvault.media.finished import FinishedRecordings
from callvault.media.janus_api import JanusError, JanusGone, JanusSession, JsonObject
from callvault.media.janus_calls import (
    HOME_GROUP,
    PLAYER_GROUP,
    SHARED_GROUP,
    TAP_SLOTS,
    Call,
    Leg,
    Tap,
    activate,
    codec_for,
    group_of,
    put_latest,
)
from callvault.media.janus_player import open_socket, send_paced
from callvault.media.janus_taps import OPUS_PAYLOAD_TYPE, SRTP_SUITE, TapReceiver
from callvault.media.mixer import SILENCE, run_clock
from callvault.media.offer import check_offer
from callvault.media.playback import check_pcm
from callvault.media.port import (
    EngineUnavailable,
    IceServer,
    LegEvents,
    LegRef,
    LegState,
    MediaError,
    RecordingResult,
    RecordingTarget,
)
from callvault.media.recording import CallRecorder

log = logging.getLogger("callvault.media.janus")

PLUGIN = "janus.plugin.audiobridge"
CONNECT_TIMEOUT_SECONDS = 30.0
SAMPLING_RATE = 48_000  # fullband, as the embedded engine mixes
# Janus's core answers an offer it cannot use with these (JSEP: unknown type, invalid SDP;
# an offer without ICE credentials or not SDP at all gave 465 when tried on 1.1.2).
_BAD_OFFER_CODES = frozenset({464, 465})
_TAP_QUEUE = 250  # 5 s of live audio waiting for a slow reader; older frames are dropped


class JanusEngine:
    """MediaEngine on a Janus AudioBridge; create and use it on one event loop."""

    def __init__(
        self,
        events: LegEvents,
        *,
        url: str,
        api_secret: str | None = None,
        connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
        sealers: SealerFactory | None = None,
        tap_host: str = "127.0.0.1",
    ) -> None:
        """tap_host: the address of this process that Janus forwards tapped audio to (SRTP,
        over UDP): loopback when Janus runs on this machine."""
        self.events = events
        self._url = url
        self._secret = api_secret
        self._connect_timeout = connect_timeout
        self._sealers = sealers
        self._tap_host = tap_host
        self._receiver: TapReceiver | None = None
        self._finished = FinishedRecordings()
        # Room names of this engine only: two callvault nodes (or tests) may share a Janus.
        self._prefix = f"cv-{secrets.token_hex(6)}-"
        self._session: JanusSession | None = None
        self._opening = asyncio.Lock()
        self._calls: dict[str, Call] = {}
        self._handles: dict[int, Leg] = {}

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
        codec = codec_for(offer_sdp)
        session = await self._session_or_open()
        home = f"{self._prefix}{secrets.token_hex(8)}"
        handle: int | None = None
        try:
            handle = await session.attach(PLUGIN)
            await self._create_room(session, handle, home)
            _, jsep = await session.message(
                handle,
                {
                    "request": "join",
                    "room": home,
                    "group": HOME_GROUP,
                    "muted": False,
                    "codec": codec,
                },
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
            call = self._calls[leg.call_id] = Call(
                leg.call_id, f"{self._prefix}{secrets.token_hex(8)}"
            )
        if leg.leg_id in call.legs:  # opened at the same time as another
            await self._discard(session, handle, home)
            raise MediaError("leg_exists", "this leg is already open")
        taken = {other.slot for other in call.legs.values()}
        slot = next((n for n in range(TAP_SLOTS) if n not in taken), None)
        state = Leg(ref=leg, handle=handle, home=home, room=home, slot=slot)
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
        if self._receiver is not None:
            self._receiver.close()

    def has_leg(self, leg: LegRef) -> bool:
        call = self._calls.get(leg.call_id)
        return call is not None and leg.leg_id in call.legs

    # ListenIn (ADR 0029)

    async def open_listen_leg(
        self, leg: LegRef, offer_sdp: str, *, ice_servers: Sequence[IceServer] = ()
    ) -> str:
        """The listener's participant sits muted in the call's room, whose mix is exactly the
        joined legs not on hold; it is in no join and never heard."""
        if not self._has_parties(leg.call_id):
            raise MediaError("unknown_call", "no such call with open legs")
        answer = await self.open_leg(leg, offer_sdp, ice_servers=ice_servers)
        call = self._calls.get(leg.call_id)
        if call is None or not self._has_parties(leg.call_id):  # the call ended meanwhile
            await self.close_leg(leg)
            raise MediaError("unknown_call", "no such call with open legs")
        state = call.legs[leg.leg_id]
        state.listen = True
        try:
            await self._place_all(call)
        except MediaError:
            await self.close_leg(leg)
            raise
        return answer

    def _has_parties(self, call_id: str) -> bool:
        call = self._calls.get(call_id)
        return call is not None and any(not s.listen for s in call.legs.values())

    # MediaPlayback

    async def play(self, leg: LegRef, pcm: bytes) -> bool:
        """While it is spoken to, the leg sits alone in its home room with a plain-RTP
        participant that says the PCM (media/janus_player.py): it hears that, not the call,
        and the call does not hear it (AudioBridge 1.1.2 mixes per room; ADR 0050)."""
        check_pcm(pcm)
        state = self._leg(leg)
        async with state.play_lock:
            await state.ready.wait()  # sent before the leg connects, it would be lost
            call = self._calls.get(leg.call_id)
            if state.ended or call is None:
                return False
            state.playing = True
            try:
                await self._place_all(call)
                return await self._say(state, pcm)
            finally:
                state.playing = False
                if not state.ended:
                    with contextlib.suppress(MediaError):
                        await self._place_all(call)

    async def _say(self, state: Leg, pcm: bytes) -> bool:
        session = self._session
        if session is None or not session.alive:
            raise EngineUnavailable("the link to janus is down")
        transport = await open_socket(self._tap_host)
        handle: int | None = None
        try:
            handle = await session.attach(PLUGIN)
            port = int(transport.get_extra_info("sockname")[1])
            joined, _ = await session.message(
                handle,
                {
                    "request": "join",
                    "room": state.home,
                    "group": PLAYER_GROUP,
                    "codec": "opus",
                    "muted": False,
                    "rtp": {
                        "ip": self._tap_host,
                        "port": port,
                        "payload_type": OPUS_PAYLOAD_TYPE,
                    },
                },
            )
            rtp = joined.get("rtp", {})
            target = (str(rtp["ip"]), int(rtp["port"]))
            return await send_paced(transport, target, pcm, lambda: state.ended)
        except JanusGone as exc:
            raise EngineUnavailable(f"janus: {exc}") from None
        except (JanusError, KeyError, ValueError):
            if state.ended:
                return False
            raise MediaError("media_error", "janus did not take the played audio") from None
        finally:
            transport.close()
            if handle is not None:
                with contextlib.suppress(JanusError, JanusGone):
                    await session.detach(handle)

    # MediaTaps

    async def start_recording(
        self, call_id: str, legs: Sequence[str], *, target: RecordingTarget
    ) -> None:
        call = self._calls.get(call_id)
        missing = [leg for leg in legs if call is None or leg not in call.legs]
        if call is None or missing or not legs:
            raise MediaError("unknown_leg", "record the open legs of a call")
        if call.recorder is not None:
            raise MediaError("recording_active", "this call is already being recorded")
        if self._sealers is None:
            raise MediaError("recording_unavailable", "this engine has no recording store")
        chosen = list(dict.fromkeys(legs))
        for leg_id in chosen:
            await self._tap(call, call.legs[leg_id])
        sealer = await asyncio.to_thread(self._sealers, target)
        if call.recorder is not None or self._calls.get(call_id) is not call:
            raise MediaError("recording_active", "the call changed while recording started")
        call.recorder, call.target = CallRecorder(sealer, chosen), target

    async def stop_recording(self, call_id: str) -> RecordingResult | None:
        call = self._calls.get(call_id)
        if call is not None and call.recorder is not None:
            await self._finish_recording(call)
        return await self._finished.take(call_id)

    async def live_audio(self, leg: LegRef) -> AsyncIterator[bytes]:
        state = self._leg(leg)
        await self._tap(self._calls[leg.call_id], state)
        assert state.tap is not None
        queue: asyncio.Queue[bytes | None] = asyncio.Queue(_TAP_QUEUE)
        if state.ended:
            return
        state.tap.queues.append(queue)
        try:
            while (pcm := await queue.get()) is not None:
                yield pcm
        finally:
            with contextlib.suppress(ValueError):
                state.tap.queues.remove(queue)

    async def _tap(self, call: Call, state: Leg) -> None:
        """Have Janus forward the leg's audio here (from its home room and, once there is
        one, from its group in the call's room) and start the call's tap clock."""
        async with call.lock:
            if state.tap is not None or state.ended:
                return
            if state.slot is None:
                raise MediaError(
                    "tap_unavailable",
                    f"janus taps only the first {TAP_SLOTS} legs of a call with more legs",
                )
            state.tap = Tap()
            try:
                await self._forward(state, state.home, group=HOME_GROUP)
                if call.room_made:
                    await self._forward(state, call.room, group=group_of(state.slot))
            except BaseException as exc:
                self._untap(state)  # nothing half-tapped is left
                state.tap = None
                if isinstance(exc, JanusGone):
                    raise EngineUnavailable(f"janus: {exc}") from None
                if isinstance(exc, JanusError):
                    raise MediaError("media_error", f"janus refused a tap ({exc.code})") from None
                raise
            activate(state)
            if call.clock is None:
                call.clock = asyncio.ensure_future(run_clock(lambda: self._tick(call)))

    async def _forward(self, state: Leg, room: str, *, group: str | None) -> None:
        assert state.tap is not None
        session = self._session
        if session is None or not session.alive:
            raise JanusGone("the link to janus is down")
        if self._receiver is None:
            self._receiver = await TapReceiver.open(self._tap_host)
        stream = self._receiver.new_stream(room, state.tap.inbound)
        body: JsonObject = {
            "request": "rtp_forward",
            "room": room,
            "host": self._tap_host,
            "port": self._receiver.port,
            "ssrc": stream.ssrc,
            "codec": "opus",
            "ptype": OPUS_PAYLOAD_TYPE,
            "srtp_suite": SRTP_SUITE,
            "srtp_crypto": stream.crypto,
        }
        if group is not None:
            body["group"] = group
        try:
            await session.message(state.handle, body)
        except BaseException:
            self._receiver.drop(stream)
            raise
        state.tap.streams[room] = stream

    def _tick(self, call: Call) -> None:
        heard = {
            leg_id: (SILENCE if state.held else state.tap.inbound.take())
            for leg_id, state in call.legs.items()
            if state.tap is not None
        }
        if call.recorder is not None:
            call.recorder.write([heard.get(leg, SILENCE) for leg in call.recorder.legs])
        for leg_id, samples in heard.items():
            tap = call.legs[leg_id].tap
            if tap is not None and tap.queues:
                pcm = tap.resampler.convert(samples)
                for queue in tap.queues:
                    put_latest(queue, pcm)

    async def _finish_recording(self, call: Call) -> None:
        recorder, target = call.recorder, call.target
        call.recorder = call.target = None
        if recorder is None or target is None:
            return
        await self._finished.finish(call.id, recorder, target)

    async def _end_call(self, call: Call) -> None:
        """The call's last leg is gone: stop its clock and finish its recording."""
        if call.clock is not None:
            call.clock.cancel()
        if call.recorder is not None:
            await self._finish_recording(call)

    # Rooms

    async def _place_all(self, call: Call) -> None:
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
                    inside = not state.playing and (
                        state.listen or (state.ref.leg_id in call.joined and not state.held)
                    )
                    target = call.room if inside else state.home
                    if inside and not call.room_made:
                        await self._create_room(session, state.handle, call.room, groups=True)
                        call.room_made = True
                        for tapped in call.legs.values():
                            if tapped.tap is not None and not tapped.ended:
                                await self._forward(tapped, call.room, group=group_of(tapped.slot))
                    if target != state.room:
                        move: JsonObject = {
                            "request": "changeroom",
                            "room": target,
                            "muted": state.held or state.listen,
                        }
                        move["group"] = group_of(state.slot) if target == call.room else HOME_GROUP
                        await session.message(state.handle, move)
                        state.room = target
                        activate(state)
                    else:
                        await session.message(
                            state.handle,
                            {"request": "configure", "muted": state.held or state.listen},
                        )
            except JanusGone as exc:
                raise EngineUnavailable(f"janus: {exc}") from None
            except JanusError as exc:
                raise MediaError(
                    "media_error", f"janus refused a room change ({exc.code}: {exc.reason})"
                ) from None

    @staticmethod
    async def _create_room(
        session: JanusSession, handle: int, room: str, *, groups: bool = False
    ) -> None:
        body: JsonObject = {
            "request": "create",
            "room": room,
            "permanent": False,
            "sampling_rate": SAMPLING_RATE,
            "audiolevel_event": False,
            "record": False,  # Janus's own recorder writes plaintext files: never
        }
        if groups:
            body["groups"] = [*(group_of(slot) for slot in range(TAP_SLOTS)), SHARED_GROUP]
        else:  # a home room: the leg, and the player of `play` (media/janus_player.py) in a
            # group of its own, so the leg's tap never carries what is played to it
            body["groups"] = [HOME_GROUP, PLAYER_GROUP]
            body["allow_rtp_participants"] = True
        await session.message(handle, body)

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
            state.ready.set()
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
                state.ready.set()
                if state.watchdog is not None:
                    state.watchdog.cancel()
                self._untap(state)
            await self._end_call(call)  # what was recorded until now is kept
        log.warning("media: lost janus (%s); every leg it held is gone", reason)
        try:
            await self.events.engine_lost(f"janus: {reason}")
        except Exception:
            log.exception("media: the leg-event sink failed")

    async def _watch_connect(self, state: Leg) -> None:
        await asyncio.sleep(self._connect_timeout)
        await self._end_leg(state, LegState.FAILED, "not connected in time")

    async def _report(self, state: Leg, leg_state: LegState, reason: str | None) -> None:
        try:
            await self.events.leg_changed(state.ref, leg_state, reason)
        except Exception:
            log.exception("media: the leg-event sink failed")

    async def _end_leg(self, state: Leg, leg_state: LegState, reason: str) -> None:
        if state.ended:
            return
        state.ended = True
        state.ready.set()
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
        self._untap(state)
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
        if call is not None and call.legs and not state.listen and not self._has_parties(call.id):
            for listener in list(call.legs.values()):  # nobody left to listen to
                await self._end_leg(listener, LegState.CLOSED, "call closed")
            return  # the last listener's end ended the call
        if last and call is not None:
            await self._end_call(call)

    def _untap(self, state: Leg) -> None:
        if state.tap is None:
            return
        if self._receiver is not None:
            for stream in state.tap.streams.values():
                self._receiver.drop(stream)
        for queue in state.tap.queues:
            put_latest(queue, None)

    def _leg(self, leg: LegRef) -> Leg:
        call = self._calls.get(leg.call_id)
        state = call.legs.get(leg.leg_id) if call is not None else None
        if state is None:
            raise MediaError("unknown_leg", "no such open leg")
        return state
