"""Listen-in (ADR 0029): a supervisor silently hears a live call of their team.

`call.listen {call_id, sdp}` from a supervisor's device opens a listen-only leg in the media
engine (media.port.ListenIn): it hears the mix of both parties and is never heard by them.
Who may: owners and admins any answered call of their workspace; a supervisor a call with a
member of a group they supervise on it; nobody a call they are a party of, nor one of another
workspace (answered as not found, so calls elsewhere cannot be probed). The parties are not
told (see the ADR for why, and what the organisation must do instead); every start and stop
is audited, with who listened, to which call, and why it stopped.

Listeners live in the process that holds the supervisor's socket: a listen ends when the
supervisor sends `call.unlisten`, when that socket goes, or when the engine closes the leg
(the call ended: close_call takes every leg, the listener's too)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from callvault.audit.service import AuditLog
from callvault.comms.live import repository as repo
from callvault.comms.live.errors import CallNotFound
from callvault.comms.live.state import CallState, Refused
from callvault.core.context import Actor
from callvault.core.permissions import Permission, allows
from callvault.db.engine import Database
from callvault.identity import service as identity
from callvault.media.port import EngineUnavailable, LegRef, ListenIn, MediaEngine, MediaError
from callvault.realtime.bus import Bus, Event

log = logging.getLogger("callvault.live")

PREFIX = "listen:"  # a listen leg's id: never a device id (those are UUIDs)


def leg_id_for(device_id: str) -> str:
    return PREFIX + device_id


def is_listen_leg(leg_id: str) -> bool:
    return leg_id.startswith(PREFIX)


@dataclass(frozen=True, slots=True)
class _Listening:
    actor: Actor
    device_id: str
    leg: LegRef


class ListenIns:
    def __init__(
        self,
        *,
        db: Database,
        audit: AuditLog,
        bus: Bus,
        engine: Callable[[], MediaEngine | None],
    ) -> None:
        self.db, self.audit, self.bus, self._engine = db, audit, bus, engine
        self._active: dict[LegRef, _Listening] = {}

    def listening(self, call_id: str) -> list[str]:
        """User ids listening to the call through this process (tests, the ADR's checks)."""
        return [x.actor.user_id or "" for x in self._active.values() if x.leg.call_id == call_id]

    async def start(self, actor: Actor, device_id: str, call_id: str, sdp: str) -> str:
        """Open the listen leg; the engine's SDP answer. Refused or CallNotFound otherwise."""
        engine = self._engine()
        if engine is None:
            raise EngineUnavailable()
        if not isinstance(engine, ListenIn):
            raise Refused("listen_unavailable", "This media engine cannot listen in.")
        await asyncio.to_thread(self._check, actor, call_id)
        leg = LegRef(call_id, leg_id_for(device_id))
        if leg in self._active:
            raise Refused("already_listening", "This device is already listening to the call.")
        answer = await engine.open_listen_leg(leg, sdp)
        self._active[leg] = _Listening(actor, device_id, leg)
        try:
            await asyncio.to_thread(self._audit, actor, call_id, "call.listen.start", None)
        except BaseException:
            self._active.pop(leg, None)
            await self._close(engine, leg)
            raise
        return answer

    async def stop(self, device_id: str, call_id: str) -> bool:
        """Stop this device's listen to the call; False when it was not listening."""
        return await self._end(LegRef(call_id, leg_id_for(device_id)), "stopped", close=True)

    async def device_gone(self, device_id: str) -> None:
        for leg in [leg for leg, x in self._active.items() if x.device_id == device_id]:
            await self._end(leg, "disconnected", close=True)

    async def leg_closed(self, leg: LegRef, reason: str) -> None:
        """The engine closed (or lost) a listen leg: the call ended, or the device went."""
        await self._end(leg, reason, close=False)

    async def call_ended(self, call_id: str) -> None:
        """The call ended (its legs, the listeners' too, are closed with it)."""
        for leg in [leg for leg in self._active if leg.call_id == call_id]:
            await self._end(leg, "call_ended", close=False)

    async def _end(self, leg: LegRef, reason: str, *, close: bool) -> bool:
        listening = self._active.pop(leg, None)
        if listening is None:
            return False
        engine = self._engine()
        if close and engine is not None:
            await self._close(engine, leg)
        actor = listening.actor
        # Audited before the listener is told, so whatever the listener does next (listen
        # again, say) comes after this stop in the audit log.
        try:
            await asyncio.to_thread(self._audit, actor, leg.call_id, "call.listen.stop", reason)
        except Exception as exc:  # the listen is over either way; the failure is logged
            log.error("listen-in stop not audited: %s", type(exc).__name__)
        if actor.user_id is not None:
            data = {"call_id": leg.call_id, "reason": reason, "device_id": listening.device_id}
            event = Event(type="call.listen_ended", workspace_id=actor.workspace_id, data=data)
            self.bus.publish(actor.workspace_id, [actor.user_id], event)
        return True

    @staticmethod
    async def _close(engine: MediaEngine, leg: LegRef) -> None:
        try:
            await engine.close_leg(leg)
        except MediaError as exc:
            log.warning("listen leg clean-up failed: %s", exc.code)

    def _check(self, actor: Actor, call_id: str) -> None:
        with self.db.read() as s:
            call = repo.load(s, actor.workspace_id, call_id)
            if call is None:
                raise CallNotFound("No such call.")
            parties = {call.caller_user_id, call.callee_user_id} - {None}
            if actor.user_id in parties:
                raise Refused("permission_denied", "You are on this call.")
            if not (
                allows(actor.role, Permission.CALLS_READ_ALL, actor.scopes)
                or (
                    allows(actor.role, Permission.CALLS_READ_TEAM, actor.scopes)
                    and parties & identity.supervised_user_ids(s, actor=actor)
                )
            ):
                raise Refused("permission_denied", "You may only listen to your teams' calls.")
            if call.state is not CallState.ANSWERED:
                raise Refused("not_answered", "Only an answered call can be listened to.")

    def _audit(self, actor: Actor, call_id: str, action: str, reason: str | None) -> None:
        details: dict[str, str] = {} if reason is None else {"reason": reason}
        with self.db.write() as s:
            self.audit.record(
                s,
                workspace_id=actor.workspace_id,
                actor=actor,
                action=action,
                object_type="live_call",
                object_id=call_id,
                details=details,
            )
