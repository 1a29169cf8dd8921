"""Recording a live call on request (`call.record`): a recording row on the call's log entry,
the media engine's taps writing the encrypted Ogg/Opus blob (one channel per party: caller,
callee) while the call runs, and the row made ready — and voice intelligence started —
when recording stops or the call ends (comms/recordings/live.py, ADR 0022).

Which process does what: the device's web process starts the recording; any web process
may stop it, since the media process keeps the recording's target and hands it back with
the result (so nothing about a running recording is stored here). A media process that dies
mid-recording leaves an 'uploading' row that the stale-upload sweep removes.

Policy and consent (ADR 0027, policy.py, consent.py): under `never` recording is refused,
under `always` it starts when the call is answered and cannot be stopped; before any
recording starts every party hears the announcement, and the consent ledger records it."""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol, runtime_checkable

from callvault.audit.service import AuditLog
from callvault.comms.calls.ingest import call_id_for_external
from callvault.comms.live import repository as live_repo
from callvault.comms.live.consent import Told, announce, write_ledger
from callvault.comms.live.errors import CallNotFound
from callvault.comms.live.policy import Mode, call_mode
from callvault.comms.live.service import external_id
from callvault.comms.live.values import Call, CallState, Notice, Refused
from callvault.comms.recordings import repository as recordings_repo
from callvault.comms.recordings.hooks import RecordingHooks
from callvault.comms.recordings.live import (
    begin_live_recording,
    finish_live_recording,
    unfinished_live_recordings,
)
from callvault.comms.recordings.schemas import Party
from callvault.comms.recordings.service import BLOB_KIND
from callvault.core.context import Actor
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.media.port import MediaError, MediaPlayback, MediaTaps, RecordingTarget
from callvault.storage.encrypted import EncryptedBlobStore

log = logging.getLogger("callvault.live")


@runtime_checkable
class _Taps(MediaTaps, Protocol):
    pass


def taps_of(engine: object) -> MediaTaps | None:
    """The engine's taps, when it has them (the media process's engine does)."""
    return engine if isinstance(engine, _Taps) else None


class LiveRecorder:
    def __init__(
        self,
        *,
        db: Database,
        keyring: Keyring,
        blobs: EncryptedBlobStore,
        audit: AuditLog,
        hooks: RecordingHooks | None,
    ) -> None:
        self.db, self.keyring, self.blobs, self.audit, self.hooks = db, keyring, blobs, audit, hooks

    async def toggle(
        self,
        taps: MediaTaps | None,
        *,
        actor: Actor,
        device_id: str,
        call_id: str,
        on: bool,
        play: MediaPlayback | None = None,
    ) -> tuple[Notice, ...]:
        """A party's `call.record`: start or stop; the notices telling both parties."""
        call = await asyncio.to_thread(self._load, actor.workspace_id, call_id)
        if call is None:
            raise CallNotFound("No such call.")
        if call.side_of(device_id) is None:
            raise Refused("not_in_call", "Only a party to the answered call can record it.")
        if taps is None or play is None:
            raise MediaError("recording_unavailable", "this media engine cannot record")
        mode = await asyncio.to_thread(self.mode_of, call)
        if on:
            if mode is Mode.NEVER:
                raise Refused("recording_forbidden", "The recording policy forbids recording.")
            recording_id: str | None = await self.start(taps, call, play=play, mode=mode)
            after = await asyncio.to_thread(self._load, call.workspace_id, call.id)
            if after is None or after.state is not CallState.ANSWERED:
                # Hung up while recording started: the end may have missed it; finish here.
                await self.stop(taps, call.workspace_id, call.id)
        else:
            if mode is Mode.ALWAYS:
                raise Refused("recording_required", "The recording policy requires recording.")
            recording_id = await self.stop(taps, call.workspace_id, call.id)
            if recording_id is None:
                raise Refused("not_recording", "The call is not being recorded.")
        assert actor.user_id is not None
        return _told_parties(call, on=on, by_user_id=actor.user_id, recording_id=recording_id)

    async def auto_start(
        self, taps: MediaTaps | None, play: MediaPlayback | None, call: Call
    ) -> tuple[Notice, ...]:
        """An answered call under an `always` policy starts recording by itself (after the
        announcement); the notices, or none when the policy does not say always."""
        if call.callee_device_id is None:
            return ()
        mode = await asyncio.to_thread(self.mode_of, call)
        if mode is not Mode.ALWAYS:
            return ()
        if taps is None or play is None:
            log.error("recording policy 'always' but the engine cannot record")
            return ()
        recording_id = await self.start(taps, call, play=play, mode=mode)
        return _told_parties(call, on=True, by_user_id=None, recording_id=recording_id)

    def mode_of(self, call: Call) -> Mode:
        users = [u for u in (call.caller_user_id, call.callee_user_id) if u is not None]
        with self.db.read() as s:
            return call_mode(s, call.workspace_id, users)

    def _load(self, workspace_id: str, call_id: str) -> Call | None:
        with self.db.read() as s:
            return live_repo.load(s, workspace_id, call_id)

    async def start(self, taps: MediaTaps, call: Call, *, play: MediaPlayback, mode: Mode) -> str:
        """Announce, then record the answered call's two legs; the recording's id. Refused
        when a party's leg closed during the announcement (nobody is recorded untold) or the
        call has no call-log entry yet; MediaError (e.g. recording_active) from the engine,
        with the row removed again. The consent ledger gets a row per party told."""
        assert call.callee_device_id is not None
        told = await announce(play, call)
        if told is None:
            raise Refused("not_announced", "A party left before hearing the announcement.")
        recording_id = await asyncio.to_thread(self._begin, call)
        target = RecordingTarget(workspace_id=call.workspace_id, object_id=recording_id)
        try:
            await taps.start_recording(
                call.id, [call.caller_device_id, call.callee_device_id], target=target
            )
        except BaseException:
            await asyncio.to_thread(self._discard, call.workspace_id, recording_id)
            raise
        await asyncio.to_thread(self._ledger, call, recording_id, mode, told)
        return recording_id

    def _ledger(self, call: Call, recording_id: str, mode: Mode, told: list[Told]) -> None:
        with self.db.write() as s:
            log_id = call_id_for_external(
                s,
                keyring=self.keyring,
                workspace_id=call.workspace_id,
                external_call_id=external_id(call.id, call.segment),
            )
            assert log_id is not None  # _begin found it
            write_ledger(
                s,
                audit=self.audit,
                workspace_id=call.workspace_id,
                call_log_id=log_id,
                live_call_id=call.id,
                recording_id=recording_id,
                policy=mode.value,
                told=told,
                actor=Actor.system(call.workspace_id, reason="live-calls"),
            )

    def _begin(self, call: Call) -> str:
        with self.db.write() as s:
            log_id = call_id_for_external(
                s,
                keyring=self.keyring,
                workspace_id=call.workspace_id,
                external_call_id=external_id(call.id, call.segment),
            )
            if log_id is None:
                raise Refused("not_answered", "The call is not answered.")
            return begin_live_recording(
                s,
                workspace_id=call.workspace_id,
                call_id=log_id,
                channel_map=[Party.CALLER, Party.CALLEE],
            )

    def _discard(self, workspace_id: str, recording_id: str) -> None:
        self.blobs.delete(workspace_id=workspace_id, kind=BLOB_KIND, object_id=recording_id)
        with self.db.write() as s:
            recordings_repo.delete_ids(s, workspace_id, [recording_id])

    async def stop(self, taps: MediaTaps, workspace_id: str, call_id: str) -> str | None:
        """Finish the call's recording if there is one; the ready recording's id. A blob that
        is unusable is removed with its row (logged, not raised: the call still ends)."""
        result = await taps.stop_recording(call_id)
        if result is None:
            return None
        try:
            await asyncio.to_thread(
                finish_live_recording,
                self.db,
                blobs=self.blobs,
                audit=self.audit,
                workspace_id=workspace_id,
                recording_id=result.object_id,
                hooks=self.hooks,
            )
        except Exception as exc:  # the row and blob are gone: say so, let the call end
            log.error("live recording not kept: %s", getattr(exc, "code", type(exc).__name__))
            return None
        return result.object_id

    async def discard_unfinished(self, call: Call) -> int:
        """Remove the call's live recordings the engine never finished (it died, or the
        recording failed): no orphan row or blob outlives the call. How many went."""

        def unfinished() -> list[str]:
            with self.db.write() as s:  # the external-id lookup locks the call-log row
                log_ids = [
                    found
                    for segment in range(call.segment + 1)
                    if (
                        found := call_id_for_external(
                            s,
                            keyring=self.keyring,
                            workspace_id=call.workspace_id,
                            external_call_id=external_id(call.id, segment),
                        )
                    )
                    is not None
                ]
                return unfinished_live_recordings(
                    s, workspace_id=call.workspace_id, call_ids=log_ids
                )

        ids = await asyncio.to_thread(unfinished)
        for recording_id in ids:
            await asyncio.to_thread(self._discard, call.workspace_id, recording_id)
        return len(ids)


async def end_recording(recorder: LiveRecorder | None, engine: object, call: Call) -> None:
    """At the end of a call: finish its recording (an engine that is gone is only logged),
    then remove any the engine could not finish."""
    taps = taps_of(engine)
    if recorder is None or taps is None:
        return
    try:
        await recorder.stop(taps, call.workspace_id, call.id)
    except MediaError as exc:
        log.warning("live recording stop failed: %s", exc.code)
    if await recorder.discard_unfinished(call):
        log.warning("live recording lost with its media; removed")


def _told_parties(
    call: Call, *, on: bool, by_user_id: str | None, recording_id: str | None
) -> tuple[Notice, ...]:
    """`call.recording` for both parties (by_user_id None: the policy started it)."""
    assert call.callee_user_id is not None
    data = {
        "call_id": call.id,
        "recording": "true" if on else "false",
        "by_user_id": by_user_id,
        "recording_id": recording_id,
    }
    return (
        Notice("call.recording", call.caller_user_id, call.caller_device_id, data),
        Notice("call.recording", call.callee_user_id, call.callee_device_id, data),
    )
