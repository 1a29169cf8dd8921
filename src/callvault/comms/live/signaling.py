"""Live-call signaling for one web process: devices, client messages, timers, media.

Each open WebSocket of a user who may place calls is one *device* (`connect` registers it in
`live_devices`; `disconnect` removes it and acts on its calls as the state machine says: a
ringing device stops, an only ringing device ends the call as missed, a party's device ends
the call as completed). Client messages (protocol.py) become commands applied in the
database (service.py); notices reach devices through the realtime bus, whichever process
holds their sockets; the media engine (callvault.media.port) is asked for legs here, before
anything is stored, so an offer the engine refuses leaves nothing behind.

Timers: every web process runs `run_sweeps`, which ends calls whose ring deadline passed
and forgets devices not seen for `stale_seconds` (their process died). The conditional
writes make it harmless that every process sweeps: one wins each change. A voicemail step
plugs in at `on_missed` (called after a call ends unanswered, with the outcome)."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from callvault.audit.service import AuditLog
from callvault.comms.live import protocol as p
from callvault.comms.live import repository as repo
from callvault.comms.live import service
from callvault.comms.live.assist_events import ASSIST_EVENTS, as_sent
from callvault.comms.live.listen import ListenIns, is_listen_leg
from callvault.comms.live.recording import LiveRecorder, end_recording, taps_of
from callvault.comms.live.service import LivePolicy, Target
from callvault.comms.live.state import (
    Answer,
    Call,
    CallState,
    Cancel,
    CloseCall,
    CloseLeg,
    Command,
    Decline,
    DeviceGone,
    Dtmf,
    EndReason,
    Hangup,
    Hold,
    HoldLeg,
    Join,
    MediaFailed,
    Mute,
    Notice,
    Outcome,
    Refused,
    SegmentAnswered,
    TakeMessage,
    Timeout,
    Transfer,
)
from callvault.comms.live.voicemail import VoicemailDesk, playback_of
from callvault.core.allowance import Allowance
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import CallvaultError
from callvault.core.ids import new_id
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.media.listeners import AnsweredCall, CallListener, CallParty, LiveAudio
from callvault.media.port import (
    EngineUnavailable,
    LegEvents,
    LegRef,
    LegState,
    MediaEngine,
    MediaError,
)
from callvault.realtime.bus import Bus, Event

log = logging.getLogger("callvault.live")

Send = Callable[[dict[str, Any]], Awaitable[None]]
EngineFactory = Callable[[LegEvents], MediaEngine]
MissedHook = Callable[[Outcome], Awaitable[None]]
_UNANSWERED = frozenset({EndReason.MISSED, EndReason.BUSY, EndReason.UNAVAILABLE})


@dataclass
class LiveDevice:
    """One signed-in socket and its allowance of signaling messages: 10 a second, 20 at
    once (a keypad burst, a quick hold/resume)."""

    id: str
    actor: Actor
    allowance: Allowance = field(default_factory=lambda: Allowance(rate=10.0, burst=20.0))


class LiveCalls:
    """Implements the media port's LegEvents sink, so the engine reports to it."""

    SWEEP_SECONDS = 1.0
    STALE_SWEEP_EVERY = 10

    def __init__(
        self,
        *,
        db: Database,
        keyring: Keyring,
        audit: AuditLog,
        bus: Bus,
        policy: LivePolicy,
        engine_factory: EngineFactory | None,
        on_missed: tuple[MissedHook, ...] = (),
        recorder: LiveRecorder | None = None,
        voicemail: VoicemailDesk | None = None,
        listeners: tuple[CallListener, ...] = (),
    ) -> None:
        self.db, self.keyring, self.audit, self.bus, self.policy = db, keyring, audit, bus, policy
        self.on_missed, self.recorder, self.voicemail = on_missed, recorder, voicemail
        # Told when an answered call's legs are joined (the live transcript, ADR 0028).
        self.listeners = listeners
        self.engine: MediaEngine | None = engine_factory(self) if engine_factory else None
        # Silent listen-in by supervisors (ADR 0029).
        self.listens = ListenIns(db=db, audit=audit, bus=bus, engine=lambda: self.engine)
        if policy.voicemail and not (
            voicemail is not None and playback_of(self.engine) and taps_of(self.engine)
        ):  # nothing here can take a message: unanswered calls just end
            self.policy = replace(policy, voicemail=False)
        self.sweeper: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Future[None]] = set()

    # ---- devices -------------------------------------------------------------------------

    async def connect(self, actor: Actor) -> LiveDevice | None:
        if not service.may_call(actor):
            return None
        device = LiveDevice(new_id(), actor)
        await asyncio.to_thread(
            service.register_device, self.db, actor=actor, device_id=device.id, now=utcnow()
        )
        return device

    async def touch(self, device: LiveDevice) -> None:
        await asyncio.to_thread(service.touch_device, self.db, device_id=device.id, now=utcnow())

    async def disconnect(self, device: LiveDevice) -> None:
        await self.listens.device_gone(device.id)
        await self._forget(device.id)
        if self.voicemail is not None and self.engine is not None:
            await self.voicemail.hang_up(self.engine, device.id)  # a take this process runs

    async def _forget(self, device_id: str) -> None:
        calls = await asyncio.to_thread(service.forget_device, self.db, device_id=device_id)
        for workspace_id, call_id in calls:
            await self._system(workspace_id, call_id, DeviceGone(device_id, utcnow()))

    def render(self, device: LiveDevice, event: Event) -> dict[str, Any] | None:
        """A call event as this device receives it (None: it is for another device)."""
        if event.workspace_id != device.actor.workspace_id:
            return None
        target = event.data.get("device_id")
        if target is not None and target != device.id:
            return None
        out: dict[str, Any] = {"type": event.type}
        for key, value in event.data.items():
            if key == "device_id":
                continue
            # Fields that are not strings, as one JSON text (ADR 0028). Not "body": an assist
            # card's body is a plain field of its own.
            if key == "fields_json" and value is not None:
                out.update(json.loads(value))
                continue
            out[key] = value == "true" if key in ("held", "muted", "recording") else value
        return as_sent(out) if event.type in ASSIST_EVENTS else out

    # ---- client messages -----------------------------------------------------------------

    async def handle(self, device: LiveDevice, data: dict[str, Any], send: Send) -> None:
        """Act on one signaling message; every failure is answered with `call.error`."""
        ref = {k: data[k] for k in ("call_id", "client_ref") if isinstance(data.get(k), str)}
        try:
            if not device.allowance.take():
                raise Refused("rate_limited", "Too many messages; slow down.")
            if not service.may_call(device.actor):
                raise Refused("permission_denied", "Your role does not allow live calls.")
            message = p.parse(data)
            await self._dispatch(device, message, send)
        except p.BadMessage as exc:
            await send({"type": "call.error", "code": "bad_message", "message": exc.message, **ref})
        except Refused as exc:
            await send({"type": "call.error", "code": exc.code, "message": exc.message, **ref})
        except MediaError as exc:
            await send({"type": "call.error", "code": exc.code, "message": str(exc), **ref})
        except CallvaultError as exc:
            await send({"type": "call.error", "code": exc.code, "message": exc.message, **ref})
        except Exception as exc:  # a database hiccup: answer it, keep the socket (and its calls)
            log.error("live-call message failed: %s", type(exc).__name__)
            await send(
                {"type": "call.error", "code": "internal_error", "message": "Try again.", **ref}
            )

    async def _dispatch(self, device: LiveDevice, m: p.Message, send: Send) -> None:
        if isinstance(m, p.Invite):
            await self._invite(device, m, send)
            return
        if isinstance(m, p.AnswerMsg):
            await self._answer(device, m, send)
            return
        if isinstance(m, p.RecordMsg):
            await self._record(device, m)
            return
        if isinstance(m, p.ListenMsg):
            sdp = await self.listens.start(device.actor, device.id, m.call_id, m.sdp)
            await send({"type": "call.listening", "call_id": m.call_id, "sdp": sdp})
            return
        if isinstance(m, p.UnlistenMsg):
            if not await self.listens.stop(device.id, m.call_id):
                raise Refused("not_listening", "This device is not listening to that call.")
            return
        now = utcnow()
        command: Command
        if isinstance(m, p.Simple):
            if m.type == "call.decline":
                command = Decline(device.id, now)
            elif m.type == "call.cancel":
                command = Cancel(device.id, now)
            else:
                command = Hangup(device.id, now)
        elif isinstance(m, p.HoldMsg):
            command = Hold(device.id, m.held)
        elif isinstance(m, p.MuteMsg):
            command = Mute(device.id, m.muted)
        elif isinstance(m, p.DtmfMsg):
            command = Dtmf(device.id, m.digits)
        else:
            command = await self._transfer_command(device, m, now)
        outcome = await self._act(device.actor, m.call_id, command)
        await self._follow(outcome)
        if isinstance(command, (Hangup, Cancel)) and not outcome.changed:
            await self._leave_voicemail(outcome.call, device.id)

    async def _leave_voicemail(self, call: Call, device_id: str) -> None:
        """A caller hanging up while their ended call takes a message: close their leg (in
        whichever process runs the take: the engine ends its playback and recording)."""
        if (
            call.voicemail
            and call.state is CallState.ENDED
            and call.end_reason in _UNANSWERED
            and device_id == call.caller_device_id
            and self.engine is not None
        ):
            await self._quietly(self.engine.close_leg(LegRef(call.id, device_id)))

    async def _transfer_command(self, device: LiveDevice, m: p.TransferMsg, now: Any) -> Command:
        actor = device.actor
        target = Target("user", m.to.user_id)

        def devices() -> tuple[str, ...]:
            with self.db.read() as s:
                users = service.target_users(s, actor, target)
                fresh = now - timedelta(seconds=self.policy.stale_seconds)
                return tuple(
                    d for d, _ in repo.devices_of(s, actor.workspace_id, users, fresh_after=fresh)
                )

        found = await asyncio.to_thread(devices)
        deadline = now + timedelta(seconds=self.policy.ring_seconds)
        return Transfer(device.id, m.to.user_id, found, now, deadline)

    async def _invite(self, device: LiveDevice, m: p.Invite, send: Send) -> None:
        engine = self._engine()
        actor, now = device.actor, utcnow()
        to = m.to
        target = (
            Target("user", to.user_id) if isinstance(to, p.ToUser) else Target("group", to.group_id)
        )
        await asyncio.to_thread(self._check_invite, actor, device.id, target, now)
        call_id = new_id()
        leg = LegRef(call_id, device.id)
        answer_sdp = await engine.open_leg(leg, m.sdp)
        try:
            outcome = await asyncio.to_thread(self._place, actor, device.id, call_id, target, now)
        except BaseException:
            await self._quietly(engine.close_leg(leg))
            raise
        await send({"type": "call.trying", "call_id": call_id, "client_ref": m.client_ref})
        await send({"type": "call.answer_sdp", "call_id": call_id, "sdp": answer_sdp})
        await self._follow(outcome)

    def _check_invite(self, actor: Actor, device_id: str, target: Target, now: Any) -> None:
        with self.db.read() as s:
            service.check_invite(
                s, actor=actor, device_id=device_id, target=target, now=now, policy=self.policy
            )

    def _place(
        self, actor: Actor, device_id: str, call_id: str, target: Target, now: Any
    ) -> Outcome:
        with self.db.write() as s:
            return service.place_call(
                s,
                keyring=self.keyring,
                audit=self.audit,
                actor=actor,
                device_id=device_id,
                call_id=call_id,
                target=target,
                now=now,
                policy=self.policy,
            )

    async def _answer(self, device: LiveDevice, m: p.AnswerMsg, send: Send) -> None:
        engine = self._engine()
        await asyncio.to_thread(
            service.ringing_here,
            self.db,
            actor=device.actor,
            call_id=m.call_id,
            device_id=device.id,
        )
        leg = LegRef(m.call_id, device.id)
        answer_sdp = await engine.open_leg(leg, m.sdp)
        try:
            outcome = await self._act(device.actor, m.call_id, Answer(device.id, utcnow()))
        except BaseException:
            await self._quietly(engine.close_leg(leg))
            raise
        await send({"type": "call.answer_sdp", "call_id": m.call_id, "sdp": answer_sdp})
        await self._follow(outcome)

    async def _record(self, device: LiveDevice, m: p.RecordMsg) -> None:
        if self.recorder is None:
            raise Refused("recording_unavailable", "Recording is not available here.")
        engine = self._engine()
        notices = await self.recorder.toggle(
            taps_of(engine),
            actor=device.actor,
            device_id=device.id,
            call_id=m.call_id,
            on=m.on,
            play=playback_of(engine),
        )
        service.publish(self.bus, device.actor.workspace_id, notices)

    def _ringing_here(self, device: LiveDevice, call_id: str) -> None:
        service.ringing_here(self.db, actor=device.actor, call_id=call_id, device_id=device.id)

    def _engine(self) -> MediaEngine:
        if self.engine is None:
            raise EngineUnavailable()
        return self.engine

    # ---- applying and following commands -------------------------------------------------

    async def _act(self, actor: Actor, call_id: str, command: Command) -> Outcome:
        return await asyncio.to_thread(
            service.act,
            self.db,
            keyring=self.keyring,
            audit=self.audit,
            actor=actor,
            call_id=call_id,
            command=command,
            voicemail=self.policy.voicemail,
        )

    async def _system(self, workspace_id: str, call_id: str, command: Command) -> None:
        actor = Actor.system(workspace_id, reason="live-calls")
        try:
            outcome = await self._act(actor, call_id, command)
        except (CallvaultError, Refused) as exc:
            log.info(
                "live call command %s not applied: %s",
                type(command).__name__,
                getattr(exc, "code", "refused"),
            )
            return
        await self._follow(outcome)

    async def _follow(self, outcome: Outcome) -> None:
        """Media actions, then the notices; an engine failure ends the call as failed."""
        if not outcome.changed and not outcome.notices:
            return
        call = outcome.call
        failed = False
        for action in outcome.media:
            try:
                await self._media(call, action)
            except MediaError as exc:
                log.warning("media action %s failed: %s", type(action).__name__, exc.code)
                failed = not isinstance(action, (CloseLeg, CloseCall))
        service.publish(self.bus, call.workspace_id, outcome.notices)
        if self.recorder is not None and any(
            isinstance(op, SegmentAnswered) for op in outcome.record
        ):  # a recording policy of `always` starts recording now (after the announcement)
            self._background(self._auto_record(call))
        if call.end_reason in _UNANSWERED and outcome.before.state != call.state:
            for hook in self.on_missed:  # later: voicemail takes the caller here
                await hook(outcome)
        if failed:
            await self._system(call.workspace_id, call.id, MediaFailed(None, utcnow()))

    def _background(self, step: Awaitable[None]) -> None:
        task = asyncio.ensure_future(step)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _auto_record(self, call: Call) -> None:
        assert self.recorder is not None
        engine = self.engine
        try:
            notices = await self.recorder.auto_start(taps_of(engine), playback_of(engine), call)
        except (MediaError, Refused, CallvaultError) as exc:
            log.warning("policy recording not started: %s", getattr(exc, "code", "refused"))
            return
        except Exception as exc:
            log.error("policy recording not started: %s", type(exc).__name__)
            return
        service.publish(self.bus, call.workspace_id, notices)

    async def _media(self, call: Call, action: object) -> None:
        engine, call_id = self.engine, call.id
        if engine is None:
            return
        if isinstance(action, Join):
            await engine.join(call_id, action.legs)
            await self._tell_listeners(call, engine)
        elif isinstance(action, HoldLeg):
            await engine.hold(LegRef(call_id, action.leg), action.held)
        elif isinstance(action, CloseLeg):
            await engine.close_leg(LegRef(call_id, action.leg))
        elif isinstance(action, TakeMessage):
            if self.voicemail is None:  # voicemail on, but nothing here to take it
                await engine.close_call(call_id)
                notice = Notice(
                    "call.ended",
                    call.caller_user_id,
                    action.leg,
                    {
                        "call_id": call_id,
                        "reason": call.end_reason.value if call.end_reason else None,
                    },
                )
                service.publish(self.bus, call.workspace_id, (notice,))
                return
            self.voicemail.start(
                engine, call, action, lambda ws, notices: service.publish(self.bus, ws, notices)
            )
        elif isinstance(action, CloseCall):
            try:
                await engine.close_call(call_id)
            finally:
                # A recording ends with its call: kept if the engine finished it, else removed.
                await end_recording(self.recorder, engine, call)
                await self.listens.call_ended(call_id)

    async def _tell_listeners(self, call: Call, engine: MediaEngine) -> None:
        """After the join: an answered call's parties to whoever follows its audio."""
        if not self.listeners or not isinstance(engine, LiveAudio):
            return
        if call.callee_user_id is None or call.callee_device_id is None:
            return
        answered = AnsweredCall(
            workspace_id=call.workspace_id,
            call_id=call.id,
            parties=(
                CallParty("caller", call.caller_user_id, call.caller_device_id),
                CallParty("callee", call.callee_user_id, call.callee_device_id),
            ),
        )
        for listener in self.listeners:
            try:
                await listener.call_answered(answered, engine)
            except Exception as exc:  # a listener must never stop the call
                log.error("call listener failed: %s", type(exc).__name__)

    @staticmethod
    async def _quietly(step: Awaitable[None]) -> None:
        try:
            await step
        except MediaError as exc:
            log.warning("media clean-up failed: %s", exc.code)

    # ---- timers ---------------------------------------------------------------------------

    async def sweep(self, *, stale: bool = True) -> None:
        """One pass: ring deadlines passed; devices of dead processes and the voicemail
        takes such processes left (every STALE_SWEEP_EVERY passes)."""
        now = utcnow()

        def due() -> tuple[list[tuple[str, str]], list[str]]:
            with self.db.read() as s:
                gone = repo.stale_devices(s, now - timedelta(seconds=self.policy.stale_seconds))
                return repo.due_calls(s, now), gone if stale else []

        calls, gone = await asyncio.to_thread(due)
        for workspace_id, call_id in calls:
            await self._system(workspace_id, call_id, Timeout(now))
        for device_id in gone:
            await self._forget(device_id)
        if stale and self.voicemail is not None:
            await self.voicemail.recover(self.engine)  # takes of processes that died

    def start_sweeps(self) -> None:
        """Start this process's sweeper (on the running loop)."""
        self.sweeper = asyncio.create_task(self.run_sweeps())

    async def stop_sweeps(self) -> None:
        """Stop the sweeper and any voicemail this process is taking (the app is stopping)."""
        if self.sweeper is not None:
            self.sweeper.cancel()
            await asyncio.gather(self.sweeper, return_exceptions=True)
            self.sweeper = None
        if self.voicemail is not None:
            await self.voicemail.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def run_sweeps(self) -> None:
        """Until cancelled (the app's lifespan runs one per web process)."""
        rounds = 0
        while True:
            try:
                await self.sweep(stale=rounds % self.STALE_SWEEP_EVERY == 0)
            except Exception as exc:  # a database hiccup must not stop the timers for good
                log.error("live-call sweep failed: %s", type(exc).__name__)
            rounds += 1
            await asyncio.sleep(self.SWEEP_SECONDS)

    # ---- the media port's LegEvents -------------------------------------------------------

    async def leg_changed(self, leg: LegRef, state: LegState, reason: str | None) -> None:
        del reason  # the engine's words; the call's end reason is signaling's to decide
        if state is LegState.CONNECTED:
            return
        if is_listen_leg(leg.leg_id):  # a listener's leg never changes the call itself
            await self.listens.leg_closed(leg, state.value)
            return
        workspace_id = await asyncio.to_thread(self._workspace_of, leg.call_id)
        if workspace_id is None:
            return
        now = utcnow()
        command: Command = (
            Hangup(leg.leg_id, now) if state is LegState.CLOSED else MediaFailed(leg.leg_id, now)
        )
        await self._system(workspace_id, leg.call_id, command)

    async def engine_lost(self, reason: str) -> None:
        del reason  # may name hosts or paths: not logged
        log.error("media engine lost; ending every live call")
        calls = await asyncio.to_thread(self._unended)
        for workspace_id, call_id in calls:
            await self._system(workspace_id, call_id, MediaFailed(None, utcnow()))

    def _workspace_of(self, call_id: str) -> str | None:
        with self.db.read() as s:
            return repo.workspace_of(s, call_id)

    def _unended(self) -> list[tuple[str, str]]:
        with self.db.read() as s:
            return repo.unended_calls(s)
