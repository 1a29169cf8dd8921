"""A web process's handle on the media process (ADR 0022): the MediaEngine and MediaTaps
ports over the Unix-socket link (media/ipc.py). Create, start and use it on the process's
event loop; LegEvents are called there too.

While the link is down every request fails at once with EngineUnavailable (nothing waits for
a process that may not come back). When an established link breaks, the media process died
or was restarted, and every leg it held is gone with it: pending requests fail, live-audio
taps end, and `engine_lost` is reported once, so signaling ends those calls cleanly. The
link is then re-established in the background whenever the process is back."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from callvault.media import ipc
from callvault.media.port import (
    PLAY_RATE,
    EngineUnavailable,
    IceServer,
    LegEvents,
    LegRef,
    LegState,
    MediaError,
    RecordingResult,
    RecordingTarget,
)

log = logging.getLogger("callvault.media")

REQUEST_TIMEOUT_SECONDS = 30.0
_PLAY_PART = 32 * 1024  # bytes of PCM per frame (base64 and JSON stay under the frame limit)
_TAP_QUEUE = 250


class MediaClient:
    def __init__(
        self,
        path: Path,
        events: LegEvents,
        *,
        reconnect_delay: float = 0.2,
        request_timeout: float = REQUEST_TIMEOUT_SECONDS,
    ) -> None:
        self.path = path
        self.events = events
        self.reconnect_delay = reconnect_delay
        self.request_timeout = request_timeout
        self.connected = asyncio.Event()
        self._writer: asyncio.StreamWriter | None = None
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self._taps: dict[int, asyncio.Queue[bytes | None]] = {}
        self._ids = itertools.count(1)
        self._task: asyncio.Task[None] | None = None
        # Leg events and engine_lost reach the sink one at a time, in the order they came.
        self._outbox: asyncio.Queue[Callable[[], Awaitable[None]]] = asyncio.Queue()
        self._dispatcher: asyncio.Task[None] | None = None

    async def start(self, timeout: float | None = None) -> None:
        """Keep the link up from now on; with a timeout, wait that long for it first
        (EngineUnavailable if it does not come up)."""
        if self._task is None:
            self._task = asyncio.ensure_future(self._keep_linked())
            self._dispatcher = asyncio.ensure_future(self._dispatch())
        if timeout is not None:
            try:
                await asyncio.wait_for(self.connected.wait(), timeout)
            except TimeoutError:
                raise EngineUnavailable(f"no media process answers at {self.path}") from None

    async def close(self) -> None:
        for task in (self._task, self._dispatcher):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._task = self._dispatcher = None

    # MediaEngine

    async def open_leg(
        self, leg: LegRef, offer_sdp: str, *, ice_servers: Sequence[IceServer] = ()
    ) -> str:
        reply = await self._request(
            "open_leg",
            call_id=leg.call_id,
            leg_id=leg.leg_id,
            offer=offer_sdp,
            ice_servers=ipc.ice_to_json(tuple(ice_servers)),
        )
        return str(reply["answer"])

    async def join(self, call_id: str, legs: Sequence[str]) -> None:
        await self._request("join", call_id=call_id, legs=list(legs))

    async def hold(self, leg: LegRef, held: bool) -> None:
        await self._request("hold", call_id=leg.call_id, leg_id=leg.leg_id, held=held)

    async def close_leg(self, leg: LegRef) -> None:
        await self._request("close_leg", call_id=leg.call_id, leg_id=leg.leg_id)

    async def close_call(self, call_id: str) -> None:
        await self._request("close_call", call_id=call_id)

    # ListenIn (ADR 0029)

    async def open_listen_leg(
        self, leg: LegRef, offer_sdp: str, *, ice_servers: Sequence[IceServer] = ()
    ) -> str:
        reply = await self._request(
            "open_listen_leg",
            call_id=leg.call_id,
            leg_id=leg.leg_id,
            offer=offer_sdp,
            ice_servers=ipc.ice_to_json(tuple(ice_servers)),
        )
        return str(reply["answer"])

    # MediaTaps

    async def start_recording(
        self, call_id: str, legs: Sequence[str], *, target: RecordingTarget
    ) -> None:
        await self._request(
            "start_recording", call_id=call_id, legs=list(legs), target=ipc.target_to_json(target)
        )

    async def stop_recording(self, call_id: str) -> RecordingResult | None:
        return ipc.result_from_json(await self._request("stop_recording", call_id=call_id))

    async def live_audio(self, leg: LegRef) -> AsyncIterator[bytes]:
        sub = next(self._ids)
        queue: asyncio.Queue[bytes | None] = asyncio.Queue(_TAP_QUEUE)
        self._taps[sub] = queue
        try:
            await self._request("tap", sub=sub, call_id=leg.call_id, leg_id=leg.leg_id)
            while (pcm := await queue.get()) is not None:
                yield pcm
        finally:
            if self._taps.pop(sub, None) is not None and self.connected.is_set():
                with contextlib.suppress(MediaError):
                    await self._request("untap", sub=sub)

    # MediaPlayback

    async def play(self, leg: LegRef, pcm: bytes) -> bool:
        sub = next(self._ids)
        parts = [pcm[i : i + _PLAY_PART] for i in range(0, len(pcm), _PLAY_PART)] or [b""]
        for part in parts[:-1]:
            await self._request("play_part", sub=sub, pcm=base64.b64encode(part).decode())
        # The reply comes when the audio has been sent: after the leg connects (the engine
        # waits for it) and the audio's own length.
        seconds = len(pcm) / (2 * PLAY_RATE)
        reply = await self._request(
            "play",
            _timeout=2 * self.request_timeout + seconds,
            sub=sub,
            call_id=leg.call_id,
            leg_id=leg.leg_id,
            pcm=base64.b64encode(parts[-1]).decode(),
        )
        return bool(reply)

    # the link

    async def _request(self, op: str, _timeout: float | None = None, **args: Any) -> Any:
        writer = self._writer
        if writer is None or writer.is_closing():
            raise EngineUnavailable()
        request_id = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        try:
            writer.write(ipc.encode({"id": request_id, "op": op, "args": args}))
            return await asyncio.wait_for(future, _timeout or self.request_timeout)
        except TimeoutError:
            raise EngineUnavailable("the media engine did not answer in time") from None
        finally:
            self._pending.pop(request_id, None)

    async def _keep_linked(self) -> None:
        while True:
            try:
                reader, writer = await asyncio.open_unix_connection(str(self.path))
            except OSError:
                await asyncio.sleep(self.reconnect_delay)
                continue
            self._writer = writer
            self.connected.set()
            try:
                while True:
                    self._receive(ipc.decode(await ipc.read_framed(reader)))
            except (asyncio.IncompleteReadError, ConnectionError, ipc.FrameError):
                pass
            finally:
                self._writer = None
                self.connected.clear()
                writer.close()
                self._lost()
            self._outbox.put_nowait(lambda: self.events.engine_lost("the media process stopped"))
            log.warning("lost the link to the media process; reconnecting")
            await asyncio.sleep(self.reconnect_delay)

    async def _dispatch(self) -> None:
        while True:
            report = await self._outbox.get()
            try:
                await report()
            except Exception:
                log.exception("media: the leg-event sink failed")

    def _lost(self) -> None:
        for future in self._pending.values():
            if not future.done():
                future.set_exception(EngineUnavailable("the media process stopped"))
        for queue in self._taps.values():
            _put_latest(queue, None)

    def _receive(self, message: dict[str, Any]) -> None:
        event = message.get("ev")
        if event is None:
            future = self._pending.get(message.get("id", -1))
            if future is not None and not future.done():
                if "err" in message:
                    future.set_exception(ipc.error_from(message["err"]))
                else:
                    future.set_result(message.get("ok"))
        elif event == "leg":
            try:
                leg = LegRef(str(message["call_id"]), str(message["leg_id"]))
                state = LegState(message["state"])
            except (KeyError, ValueError):
                log.warning("ignored a malformed leg event from the media process")
                return
            reason = message.get("reason")
            why = None if reason is None else str(reason)
            self._outbox.put_nowait(lambda: self.events.leg_changed(leg, state, why))
        elif event == "lost":  # the engine behind the media process lost its media (Janus)
            why = str(message.get("reason", "the media engine was lost"))
            self._outbox.put_nowait(lambda: self.events.engine_lost(why))
        elif event in ("audio", "audio_end"):
            queue = self._taps.get(message.get("sub", -1))
            if queue is not None:
                pcm = base64.b64decode(message["pcm"]) if event == "audio" else None
                _put_latest(queue, pcm)


def _put_latest(queue: asyncio.Queue[bytes | None], item: bytes | None) -> None:
    if queue.full():
        queue.get_nowait()
    queue.put_nowait(item)
