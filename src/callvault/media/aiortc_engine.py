"""The embedded media engine: aiortc, one RTCPeerConnection per leg, a small mixer per call
(media/mixer.py) and the taps (recording, live audio). Runs in the media process (ADR 0022);
everything happens on that process's event loop except the decoding of received audio (one
thread for every leg, media/decode.py), recording encoding and key lookups, which run in
threads.

Only DTLS-SRTP is ever negotiated (offers are checked first, media/offer.py; aiortc itself
speaks nothing else). ICE uses host candidates plus the STUN/TURN servers a leg is opened
with, or the engine's configured ones; no public STUN server is asked by default."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field

import aioice.ice
from aiortc import (
    RTCConfiguration,
    RTCIceServer,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.mediastreams import MediaStreamTrack

from callvault.media.decode import DecoderThread, LegDecoding
from callvault.media.finished import FinishedRecordings
from callvault.media.mixer import (
    SILENCE,
    InboundAudio,
    OutboundTrack,
    TapResampler,
    mix_all,
    mix_for_each,
    read_track,
    run_clock,
)
from callvault.media.offer import check_offer, first_audio_codec
from callvault.media.playback import Playback, add, check_pcm
from callvault.media.port import (
    IceServer,
    LegEvents,
    LegRef,
    LegState,
    MediaError,
    RecordingResult,
    RecordingTarget,
)
from callvault.media.recording import CallRecorder
from callvault.storage.encrypted import BlobSealer

log = logging.getLogger("callvault.media")

# A leg whose ICE and DTLS have not completed by then never will: it fails and is closed.
CONNECT_TIMEOUT_SECONDS = 30.0
_TAP_QUEUE = 250  # 5 s of live audio waiting for a slow reader; older frames are dropped

SealerFactory = Callable[[RecordingTarget], BlobSealer]
# Fixed servers, or a function asked on every leg (time-limited TURN credentials expire).
IceServerSource = Sequence[IceServer] | Callable[[], Sequence[IceServer]]


def use_host_addresses(addresses: Sequence[str]) -> None:
    """Offer exactly these addresses as host candidates (aioice otherwise offers every
    interface address but 127.0.0.1). Process-wide: the media process has one engine."""
    chosen = list(addresses)
    aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: [
        a for a in chosen if (":" in a and use_ipv6) or (":" not in a and use_ipv4)
    ]


@dataclass(eq=False)
class _Leg:
    ref: LegRef
    pc: RTCPeerConnection
    inbound: InboundAudio = field(default_factory=InboundAudio)
    out: OutboundTrack = field(default_factory=OutboundTrack)
    held: bool = False
    ended: bool = False
    reader: asyncio.Task[None] | None = None  # only where decoding could not be taken over
    decoding: LegDecoding | None = None
    watchdog: asyncio.Task[None] | None = None
    taps: list[asyncio.Queue[bytes | None]] = field(default_factory=list)
    tap_resampler: TapResampler | None = None
    listen: bool = False  # a listen-only leg (ADR 0029): hears the mix, is never heard
    playback: Playback = field(default_factory=Playback)
    # Set when ICE and DTLS complete, or when the leg ends (whichever comes first).
    ready: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass(eq=False)
class _Call:
    id: str
    legs: dict[str, _Leg] = field(default_factory=dict)
    joined: tuple[str, ...] = ()
    clock: asyncio.Task[None] | None = None
    recorder: CallRecorder | None = None
    target: RecordingTarget | None = None


class AiortcEngine:
    """MediaEngine and MediaTaps on aiortc; create and use it on one event loop."""

    def __init__(
        self,
        events: LegEvents,
        *,
        sealers: SealerFactory | None = None,
        ice_servers: IceServerSource = (),
        connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
    ) -> None:
        self.events = events
        self._sealers = sealers
        self._ice_servers = ice_servers if callable(ice_servers) else tuple(ice_servers)
        self._connect_timeout = connect_timeout
        self._calls: dict[str, _Call] = {}
        self._finished = FinishedRecordings()
        self._decoder = DecoderThread()

    # MediaEngine

    async def open_leg(
        self, leg: LegRef, offer_sdp: str, *, ice_servers: Sequence[IceServer] = ()
    ) -> str:
        check_offer(offer_sdp)
        call = self._calls.get(leg.call_id)
        if call is not None and leg.leg_id in call.legs:
            raise MediaError("leg_exists", "this leg is already open")
        configured = self._ice_servers
        servers = tuple(ice_servers) or tuple(configured() if callable(configured) else configured)
        pc = RTCPeerConnection(
            RTCConfiguration(
                iceServers=[
                    RTCIceServer(urls=list(s.urls), username=s.username, credential=s.credential)
                    for s in servers
                ]
            )
        )
        state = _Leg(ref=leg, pc=pc)
        pc.on("track", lambda track: self._on_track(state, track))
        pc.on("connectionstatechange", lambda: self._on_state(state))
        try:
            await pc.setRemoteDescription(RTCSessionDescription(sdp=offer_sdp, type="offer"))
            if not any(t.kind == "audio" for t in pc.getTransceivers()):
                raise MediaError("bad_offer", "the offer has no audio")
            pc.addTrack(state.out)  # after the offer: the answer is then sendrecv
            await pc.setLocalDescription(await pc.createAnswer())
            if first_audio_codec(pc.localDescription.sdp) == "opus":
                state.out.send_opus()  # encoded by the track: see OutboundTrack
        except MediaError:
            await pc.close()
            raise
        except Exception as exc:  # aiortc's parser and negotiation errors
            await pc.close()
            raise MediaError("bad_offer", f"the offer cannot be answered: {exc}") from None
        except BaseException:  # cancelled (the requester went away): leave nothing open
            await asyncio.shield(pc.close())
            raise
        call = self._calls.get(leg.call_id)
        if call is None:
            call = self._calls[leg.call_id] = _Call(leg.call_id)
            call.clock = asyncio.ensure_future(self._run_clock(call))
        call.legs[leg.leg_id] = state
        state.watchdog = asyncio.ensure_future(self._watch_connect(state))
        return str(pc.localDescription.sdp)

    async def join(self, call_id: str, legs: Sequence[str]) -> None:
        call = self._calls.get(call_id)
        missing = [leg for leg in legs if call is None or leg not in call.legs]
        if call is None or missing:
            raise MediaError("unknown_leg", f"no open leg {missing[0]!r} in this call")
        call.joined = tuple(dict.fromkeys(legs))

    async def hold(self, leg: LegRef, held: bool) -> None:
        self._leg(leg).held = held

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
        await self._end_call(call)  # a call with no legs left is already gone

    async def close(self) -> None:
        """Close every call (the engine is stopping)."""
        for call_id in list(self._calls):
            await self.close_call(call_id)
        await asyncio.to_thread(self._decoder.close)

    # ListenIn (ADR 0029)

    async def open_listen_leg(
        self, leg: LegRef, offer_sdp: str, *, ice_servers: Sequence[IceServer] = ()
    ) -> str:
        if not self._has_parties(leg.call_id):
            raise MediaError("unknown_call", "no such call with open legs")
        answer = await self.open_leg(leg, offer_sdp, ice_servers=ice_servers)
        self._calls[leg.call_id].legs[leg.leg_id].listen = True
        if not self._has_parties(leg.call_id):  # the call ended while the offer was answered
            await self.close_leg(leg)
            raise MediaError("unknown_call", "no such call with open legs")
        return answer

    def _has_parties(self, call_id: str) -> bool:
        call = self._calls.get(call_id)
        return call is not None and any(not s.listen for s in call.legs.values())

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
        sealer = await asyncio.to_thread(self._sealers, target)
        if call.recorder is not None or self._calls.get(call_id) is not call:
            raise MediaError("recording_active", "the call changed while recording started")
        call.recorder, call.target = CallRecorder(sealer, list(dict.fromkeys(legs))), target

    async def stop_recording(self, call_id: str) -> RecordingResult | None:
        call = self._calls.get(call_id)
        if call is not None and call.recorder is not None:
            await self._finish_recording(call)
        return await self._finished.take(call_id)

    async def live_audio(self, leg: LegRef) -> AsyncIterator[bytes]:
        state = self._leg(leg)
        queue: asyncio.Queue[bytes | None] = asyncio.Queue(_TAP_QUEUE)
        if state.tap_resampler is None:
            state.tap_resampler = TapResampler()
        state.taps.append(queue)
        try:
            while (pcm := await queue.get()) is not None:
                yield pcm
        finally:
            with contextlib.suppress(ValueError):
                state.taps.remove(queue)

    # MediaPlayback

    async def play(self, leg: LegRef, pcm: bytes) -> bool:
        check_pcm(pcm)
        state = self._leg(leg)
        async with state.playback.lock:
            await state.ready.wait()  # sent before the leg connects, it would be lost
            if state.ended:
                return False
            return await state.playback.play(pcm)

    def has_leg(self, leg: LegRef) -> bool:
        call = self._calls.get(leg.call_id)
        return call is not None and leg.leg_id in call.legs

    # internals

    def _leg(self, leg: LegRef) -> _Leg:
        call = self._calls.get(leg.call_id)
        state = call.legs.get(leg.leg_id) if call is not None else None
        if state is None:
            raise MediaError("unknown_leg", "no such open leg")
        return state

    def _on_track(self, state: _Leg, track: MediaStreamTrack) -> None:
        if track.kind != "audio" or state.listen or state.reader or state.decoding:
            return
        receiver = next(
            (t.receiver for t in state.pc.getTransceivers() if t.receiver.track is track), None
        )
        if receiver is not None:
            state.decoding = self._decoder.attach(receiver, state.inbound)
        if state.decoding is None:  # an aiortc without the decoder queue: read the track
            log.warning("media: received audio is decoded per leg (aiortc internals changed)")
            state.reader = asyncio.ensure_future(read_track(track, state.inbound, lambda: None))

    async def _on_state(self, state: _Leg) -> None:
        pc_state = state.pc.connectionState
        if pc_state == "connected" and not state.ended:
            if state.watchdog is not None:
                state.watchdog.cancel()
            state.ready.set()
            await self._report(state, LegState.CONNECTED, None)
        elif pc_state == "failed":
            await self._end_leg(state, LegState.FAILED, "ICE or DTLS failed")
        elif pc_state == "closed":
            await self._end_leg(state, LegState.CLOSED, "closed by the device")

    async def _watch_connect(self, state: _Leg) -> None:
        await asyncio.sleep(self._connect_timeout)
        if state.pc.connectionState != "connected":
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
        call = self._calls.get(state.ref.call_id)
        if call is not None:
            call.legs.pop(state.ref.leg_id, None)
            call.joined = tuple(leg for leg in call.joined if leg != state.ref.leg_id)
        for task in (state.watchdog, state.reader):
            if task is not None and task is not asyncio.current_task():
                task.cancel()
        if state.decoding is not None:
            state.decoding.detach()
        for queue in state.taps:
            _put_latest(queue, None)
        state.playback.stop()
        state.ready.set()
        state.out.stop()
        try:
            await state.pc.close()
        except Exception:  # the leg is gone either way
            log.exception("media: a peer connection did not close cleanly")
        await self._report(state, leg_state, reason)
        if call is not None and not state.listen and not self._has_parties(call.id):
            for listener in list(call.legs.values()):  # nobody left to listen to
                await self._end_leg(listener, LegState.CLOSED, "call closed")
        if call is not None and not call.legs:
            await self._end_call(call)

    async def _end_call(self, call: _Call) -> None:
        if self._calls.get(call.id) is not call:
            return
        del self._calls[call.id]
        if call.clock is not None:
            call.clock.cancel()
        if call.recorder is not None:
            await self._finish_recording(call)

    async def _finish_recording(self, call: _Call) -> None:
        recorder, target = call.recorder, call.target
        call.recorder = call.target = None
        if recorder is None or target is None:
            return
        await self._finished.finish(call.id, recorder, target)

    async def _run_clock(self, call: _Call) -> None:
        await run_clock(lambda: self._tick(call))

    def _tick(self, call: _Call) -> None:
        taken = {
            leg_id: ((SILENCE, None) if state.held else state.inbound.take_frame())
            for leg_id, state in call.legs.items()
        }
        heard = {leg_id: samples for leg_id, (samples, _) in taken.items()}
        speaking = {
            leg: heard[leg] for leg in call.joined if leg in call.legs and not call.legs[leg].held
        }
        mixes = mix_for_each(speaking)
        # Two parties hear each other's frames unchanged, so each goes out as the Opus packet
        # it came in as, where it came in as one (no second encode; ADR 0022 "Forwarding").
        packets: dict[str, bytes | None] = {}
        if len(speaking) == 2:
            first, second = speaking
            packets = {first: taken[second][1], second: taken[first][1]}
        for leg_id, state in call.legs.items():
            if state.listen:
                continue
            said = state.playback.next_frame()
            if said is not None:  # the server speaks into this leg (greeting, announcement)
                state.out.offer(add(mixes.get(leg_id, SILENCE), said))
            elif leg_id in mixes:
                state.out.offer(mixes[leg_id], packets.get(leg_id))
        listeners = [state for state in call.legs.values() if state.listen]
        if listeners:
            everyone = mix_all(list(speaking.values()))
            for state in listeners:
                state.out.offer(everyone)
        if call.recorder is not None:
            call.recorder.write([heard.get(leg, SILENCE) for leg in call.recorder.legs])
        for leg_id, state in call.legs.items():
            if state.taps and state.tap_resampler is not None:
                pcm = state.tap_resampler.convert(heard[leg_id])
                for queue in state.taps:
                    _put_latest(queue, pcm)


def _put_latest(queue: asyncio.Queue[bytes | None], item: bytes | None) -> None:
    if queue.full():
        queue.get_nowait()
    queue.put_nowait(item)
