"""Voicemail on no answer or busy (issue #13 item 4, ADR 0027): when a live call to a user
ends unanswered, the state machine keeps the caller's leg (`TakeMessage` instead of
`CloseCall`) and this desk, in the web process that decided the end, takes a message:

1. the callee's greeting (their ready voicemail greeting, decoded; a generated chime when
   they have none) and a beep are played into the caller's leg (media port `play`);
2. the caller's leg alone is recorded by the engine's taps (Ogg/Opus into the encrypted blob
   store, kind `voicemail-take`) until the caller hangs up, stays silent for
   `silence_seconds`, or `max_seconds` pass;
3. the message goes into the callee's mailbox through the voicemail domain's own delivery
   (`deliver_message`: probed, stored, `on_received` hooks — transcription, redaction — and
   audited), with the caller as `caller_user_id` and the live call's id as idempotency key;
   the scratch blob is then removed. A take in which nobody spoke is dropped.

The caller's device is told `call.voicemail` when the call goes to voicemail (state.py) and
`call.ended {reason: "voicemail"}` when the desk is done. A caller who hangs up during the
greeting leaves nothing; during the recording, what was said is kept."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

import av
import numpy as np

from callvault.audit.service import AuditLog
from callvault.comms.live import repository as live_repo
from callvault.comms.live.models import VoicemailTake
from callvault.comms.live.prompts import decode_pcm, default_voicemail_greeting
from callvault.comms.live.recording import taps_of
from callvault.comms.live.tones import beep
from callvault.comms.live.values import Call, Notice, TakeMessage
from callvault.comms.voicemail import repository as voicemail_repo
from callvault.comms.voicemail.hooks import VoicemailHooks
from callvault.comms.voicemail.ingest import deliver_message
from callvault.comms.voicemail.media import GREETING_KIND
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.media.port import (
    MAX_PLAY_SECONDS,
    PLAY_RATE,
    LegRef,
    MediaEngine,
    MediaError,
    MediaPlayback,
    MediaTaps,
    RecordingTarget,
)
from callvault.storage.encrypted import EncryptedBlobStore

log = logging.getLogger("callvault.live")

TAKE_KIND = "voicemail-take"  # the engine's scratch blob, removed once delivered
TAKE_MARGIN_SECONDS = 60.0
# A take whose recording never appeared (the engine died with it) is given up after this.
TAKE_GIVE_UP = timedelta(hours=1)
# A 20 ms frame quieter than this (RMS, of 32768) is silence: about -40 dBFS.
SILENCE_RMS = 330.0
Publish = Callable[[str, tuple[Notice, ...]], None]


@runtime_checkable
class _Playback(MediaPlayback, Protocol):
    pass


def playback_of(engine: object) -> MediaPlayback | None:
    """The engine's playback, when it has it (the media process's engine does)."""
    return engine if isinstance(engine, _Playback) else None


@dataclass(frozen=True, slots=True)
class VoicemailLimits:
    max_seconds: float = 120.0
    silence_seconds: float = 6.0


class VoicemailDesk:
    def __init__(
        self,
        *,
        db: Database,
        keyring: Keyring,
        blobs: EncryptedBlobStore,
        audit: AuditLog,
        hooks: VoicemailHooks,
        limits: VoicemailLimits,
    ) -> None:
        self.db, self.keyring, self.blobs, self.audit = db, keyring, blobs, audit
        self.hooks, self.limits = hooks, limits
        self._running: set[asyncio.Task[str | None]] = set()
        self._legs: dict[str, LegRef] = {}  # device id -> its leg, while a take runs here
        self._active: set[str] = set()  # scratch blobs of the takes running here

    def start(
        self, engine: MediaEngine | None, call: Call, action: TakeMessage, publish: Publish
    ) -> asyncio.Task[str | None]:
        """Take the message in the background (the deciding request does not wait for it)."""
        task = asyncio.ensure_future(self.take(engine, call, action, publish))
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return task

    async def hang_up(self, engine: MediaEngine, device_id: str) -> None:
        """The device went away: close its leg if this process is taking its message."""
        leg = self._legs.get(device_id)
        if leg is not None:
            with contextlib.suppress(MediaError):
                await engine.close_leg(leg)

    async def close(self) -> None:
        """Stop every take in progress (the app is stopping); their legs are closed."""
        for task in list(self._running):
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)

    async def take(
        self, engine: MediaEngine | None, call: Call, action: TakeMessage, publish: Publish
    ) -> str | None:
        """Greeting, beep, recording, delivery; the new message's id, or None."""
        leg = LegRef(call.id, action.leg)
        message_id: str | None = None
        self._legs[action.leg] = leg
        try:
            play, taps = playback_of(engine), taps_of(engine)
            if play is None or taps is None:
                log.warning("voicemail unavailable: the media engine cannot play or record")
                return None
            greeting = await asyncio.to_thread(
                self._greeting, call.workspace_id, action.mailbox_user_id
            )
            if not await play.play(leg, greeting) or not await play.play(leg, beep()):
                log.info("voicemail: no message, the caller left before the beep")
                return None
            target = RecordingTarget(call.workspace_id, new_id(), kind=TAKE_KIND)
            take = Take.of(call, action, target.object_id)
            await asyncio.to_thread(self._note, take)
            keep = False  # True: the take stays for the sweep (recover) to deliver
            try:
                await taps.start_recording(call.id, [leg.leg_id], target=target)
                spoke = await self._listen(taps, leg)
                if await taps.stop_recording(call.id) is None:
                    log.info("voicemail: no message, its recording was lost")
                elif not spoke:
                    log.info("voicemail: no message, the caller said nothing after the beep")
                else:
                    message_id = await asyncio.to_thread(self._deliver, take)
            except MediaError:
                raise  # the engine lost the recording with it: nothing to keep
            except BaseException:  # cancelled (the app is stopping) or a store hiccup:
                keep = True  # what was said is not lost, the sweep delivers it
                raise
            finally:
                if keep:
                    self._active.discard(take.object_id)  # now the sweep's to recover
                else:
                    await asyncio.to_thread(self._drop, take)
            return message_id
        except MediaError as exc:
            log.warning("voicemail not taken: %s", exc.code)
            return None
        except Exception as exc:  # the caller's call must still end
            log.error("voicemail not taken: %s", getattr(exc, "code", type(exc).__name__))
            return None
        finally:
            self._legs.pop(action.leg, None)
            if engine is not None:
                with contextlib.suppress(MediaError):
                    await asyncio.shield(engine.close_call(call.id))
            data: dict[str, str | None] = {"call_id": call.id, "reason": "voicemail"}
            if message_id is not None:
                data["voicemail_id"] = message_id
            publish(
                call.workspace_id,
                (Notice("call.ended", call.caller_user_id, call.caller_device_id, data),),
            )

    async def _listen(self, taps: MediaTaps, leg: LegRef) -> bool:
        """Until the leg closes, `silence_seconds` of silence, or `max_seconds`; whether the
        caller said anything."""
        quiet_limit = max(1, int(self.limits.silence_seconds * 50))  # 20 ms frames
        spoke, quiet = False, 0
        frames: AsyncIterator[bytes] = taps.live_audio(leg)
        try:
            async with asyncio.timeout(self.limits.max_seconds):
                async for pcm in frames:
                    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
                    loud = bool(samples.size) and float(np.sqrt(np.mean(samples**2))) > SILENCE_RMS
                    spoke = spoke or loud
                    quiet = 0 if loud else quiet + 1
                    if quiet >= quiet_limit:
                        break
        except TimeoutError:
            pass
        except MediaError:  # the leg closed before the tap began
            pass
        finally:
            aclose = getattr(frames, "aclose", None)
            if aclose is not None:
                with contextlib.suppress(Exception):
                    await aclose()
        return spoke

    def _greeting(self, workspace_id: str, mailbox_user_id: str) -> bytes:
        """The mailbox's ready greeting as PLAY_RATE PCM (at most MAX_PLAY_SECONDS); the
        default spoken greeting when there is none or it cannot be decoded."""
        with self.db.read() as session:
            row = voicemail_repo.ready_greeting(session, workspace_id, mailbox_user_id)
            if row is None:
                return default_voicemail_greeting()
            data = b"".join(
                self.blobs.open_range(
                    session, workspace_id=workspace_id, kind=GREETING_KIND, object_id=row.id
                )
            )
        try:
            return decode_pcm(data)
        except (av.error.FFmpegError, ValueError) as exc:  # stored audio was probed; still
            log.warning("voicemail greeting not playable: %s", type(exc).__name__)
            return default_voicemail_greeting()

    # ---- takes a process left behind ---------------------------------------------------------

    def abandoned_after(self) -> timedelta:
        """How old a take must be before it is surely nobody's: the longest greeting, the
        beep, the longest message, and a margin."""
        return timedelta(seconds=MAX_PLAY_SECONDS + self.limits.max_seconds + TAKE_MARGIN_SECONDS)

    async def recover(self, engine: MediaEngine | None, *, now: datetime | None = None) -> int:
        """Deliver the takes of web processes that died or stopped mid-message: finish the
        engine's recording if it still runs (the caller's own process may hold the leg), then
        deliver what was said and remove the scratch blob. How many messages were delivered."""
        now = now or utcnow()
        stale = await asyncio.to_thread(self._stale, now - self.abandoned_after())
        taps, delivered = taps_of(engine), 0
        for take in stale:
            if take.object_id in self._active:
                continue  # this process's own take, still running
            if taps is not None and engine is not None:
                with contextlib.suppress(MediaError):
                    await taps.stop_recording(take.live_call_id)
                with contextlib.suppress(MediaError):
                    await engine.close_call(take.live_call_id)
            try:
                delivered += await asyncio.to_thread(self._recover, take, now)
            except Exception as exc:  # one bad take must not stop the others; retried later
                code = getattr(exc, "code", type(exc).__name__)
                log.error("voicemail take not recovered: %s", code)
        return delivered

    def _stale(self, before: datetime) -> list[Take]:
        with self.db.read() as session:
            return [Take.from_row(row) for row in live_repo.takes_started_before(session, before)]

    def _recover(self, take: Take, now: datetime) -> int:
        data = self._read(take)
        if data is not None and _has_speech(data):
            self._deliver(take, data)
            self._drop(take)
            log.warning("voicemail recovered from a stopped process")
            return 1
        if data is None and now - take.started_at < TAKE_GIVE_UP:
            return 0  # not written yet (the engine may still be finishing it): next sweep
        self._drop(take)
        return 0

    # ---- the message and its scratch blob -----------------------------------------------------

    def _note(self, take: Take) -> None:
        with self.db.write() as session:
            live_repo.add_take(session, take.row())
        self._active.add(take.object_id)

    def _read(self, take: Take) -> bytes | None:
        ws = take.workspace_id
        if not self.blobs.exists(workspace_id=ws, kind=TAKE_KIND, object_id=take.object_id):
            return None
        with self.db.read() as session:
            return b"".join(
                self.blobs.open_range(
                    session, workspace_id=ws, kind=TAKE_KIND, object_id=take.object_id
                )
            )

    def _deliver(self, take: Take, data: bytes | None = None) -> str:
        if data is None:
            data = self._read(take)
            if data is None:
                raise MediaError("no_recording", "the take's recording is missing")
        delivered = deliver_message(
            self.db,
            keyring=self.keyring,
            blobs=self.blobs,
            audit=self.audit,
            hooks=self.hooks,
            actor=Actor.system(take.workspace_id, reason="live-calls"),
            mailbox_id=take.mailbox_user_id,
            caller_number=None,
            caller_user_id=take.caller_user_id,
            caller_contact_id=None,
            received_at=take.received_at,
            idempotency_key=f"live-call:{take.live_call_id}",  # never twice for one call
            chunks=iter([data]),
        )
        return delivered.message.id

    def _drop(self, take: Take) -> None:
        self.blobs.delete(workspace_id=take.workspace_id, kind=TAKE_KIND, object_id=take.object_id)
        with self.db.write() as session:
            live_repo.remove_take(session, take.object_id)
        self._active.discard(take.object_id)


@dataclass(frozen=True, slots=True)
class Take:
    """One voicemail message being recorded: its scratch blob and whose message it is."""

    workspace_id: str
    object_id: str
    live_call_id: str
    mailbox_user_id: str
    caller_user_id: str
    started_at: datetime
    received_at: datetime

    @classmethod
    def of(cls, call: Call, action: TakeMessage, object_id: str) -> Take:
        now = utcnow()
        return cls(
            call.workspace_id,
            object_id,
            call.id,
            action.mailbox_user_id,
            call.caller_user_id,
            started_at=now,
            received_at=call.ended_at or now,
        )

    @classmethod
    def from_row(cls, row: VoicemailTake) -> Take:
        return cls(
            row.workspace_id,
            row.object_id,
            row.live_call_id,
            row.mailbox_user_id,
            row.caller_user_id,
            started_at=row.started_at,
            received_at=row.started_at,
        )

    def row(self) -> VoicemailTake:
        return VoicemailTake(
            object_id=self.object_id,
            workspace_id=self.workspace_id,
            live_call_id=self.live_call_id,
            mailbox_user_id=self.mailbox_user_id,
            caller_user_id=self.caller_user_id,
            started_at=self.started_at,
        )


def _has_speech(data: bytes) -> bool:
    """Whether any 20 ms frame of the recorded take is louder than silence (what `_listen`
    decides live)."""
    try:
        pcm = np.frombuffer(decode_pcm(data), dtype="<i2").astype(np.float32)
    except (av.error.FFmpegError, ValueError):
        return False  # unreadable: nothing a mailbox owner could play
    frame = PLAY_RATE // 50
    usable = pcm[: pcm.size - pcm.size % frame].reshape(-1, frame)
    return bool(usable.size) and bool((np.sqrt((usable**2).mean(axis=1)) > SILENCE_RMS).any())
