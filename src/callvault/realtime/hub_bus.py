"""The `Bus` of one process among several (ADR 0016): events go to this process's own
subscribers at once, and through the supervisor's hub (realtime/hub.py) to every other
process's. A daemon thread with its own event loop keeps the link, so publishing works from
any thread of any kind of process (a web worker's request threads, the job process).

When the link breaks, events from the other processes may have been lost on the way: every
local subscriber is told so (`Overflowed`, which closes its WebSocket with 1013) and
refetches after reconnecting, rather than silently missing a message. What this process
publishes meanwhile waits (up to `max_pending` frames) and is sent once the link is back."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import deque
from collections.abc import Iterable
from pathlib import Path

from callvault.realtime.bus import Event, InProcessBus, Subscription
from callvault.realtime.frames import FrameError, body_of, decode, encode, framed, read_framed

log = logging.getLogger("callvault.realtime.hub")

DEFAULT_MAX_PENDING = 10_000


class HubBus:
    def __init__(
        self,
        path: Path,
        *,
        local: InProcessBus | None = None,
        reconnect_delay: float = 0.2,
        max_pending: int = DEFAULT_MAX_PENDING,
    ) -> None:
        self.path = path
        self.local = local or InProcessBus()
        self.reconnect_delay = reconnect_delay
        self._pending: deque[bytes] = deque(maxlen=max_pending)
        self._writer: asyncio.StreamWriter | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self.connected = threading.Event()

    # Bus

    def publish(self, workspace_id: str, user_ids: Iterable[str], event: Event) -> None:
        users = tuple(user_ids)
        self.local.publish(workspace_id, users, event)
        frame = framed(encode(users, event))
        if self._thread is None:
            raise RuntimeError("HubBus.start() was not called")
        loop = self._loop
        try:
            if loop is None:
                raise RuntimeError("closed")
            loop.call_soon_threadsafe(self._send, frame)
        except RuntimeError:  # closed: the process is stopping, its local delivery is done
            log.warning("event not sent to other processes: the hub link is closed")

    def subscribe(self, workspace_id: str, user_id: str) -> Subscription:
        return self.local.subscribe(workspace_id, user_id)

    # lifecycle

    def start(self, timeout: float = 10.0) -> None:
        """Start the link and wait until it is up (so that no event published after start is
        missed by this process); RuntimeError if the hub cannot be reached in time."""
        self._thread = threading.Thread(target=self._run, name="event-hub-link", daemon=True)
        self._thread.start()
        self._ready.wait(timeout)
        if not self.connected.wait(timeout):
            self.close()
            raise RuntimeError(f"no event hub answers at {self.path}")

    def close(self) -> None:
        loop, stopped = self._loop, self._stopped
        if loop is not None and stopped is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stopped.set)
        if self._thread is not None:
            self._thread.join(5)

    # the link's thread

    def _run(self) -> None:
        asyncio.run(self._link())

    async def _link(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        self._ready.set()
        stop = asyncio.ensure_future(self._stopped.wait())
        try:
            while not self._stopped.is_set():
                session = asyncio.ensure_future(self._session())
                await asyncio.wait({session, stop}, return_when=asyncio.FIRST_COMPLETED)
                if not session.done():
                    session.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await session
                    break
                await asyncio.wait({stop}, timeout=self.reconnect_delay)
        finally:
            stop.cancel()
            self._loop = None

    async def _session(self) -> None:
        try:
            reader, writer = await asyncio.open_unix_connection(str(self.path))
        except OSError:
            return  # not there (yet, or any more): the caller retries
        self._writer = writer
        while self._pending:
            writer.write(self._pending.popleft())
        self.connected.set()
        try:
            while True:
                self._deliver(await read_framed(reader))
        except (asyncio.IncompleteReadError, ConnectionError, FrameError):
            pass
        finally:
            self._writer = None
            self.connected.clear()
            writer.close()
            # Whatever other processes published while the link was down is lost here.
            self.local.overflow_all()
            if self._stopped is not None and not self._stopped.is_set():
                log.warning("lost the link to the event hub; reconnecting")

    def _send(self, frame: bytes) -> None:
        if self._writer is not None and not self._writer.is_closing():
            self._writer.write(frame)
        else:
            if len(self._pending) == self._pending.maxlen:
                log.warning("event hub link down too long: dropping the oldest unsent event")
            self._pending.append(frame)

    def _deliver(self, frame: bytes) -> None:
        try:
            delivery = decode(body_of(frame))
        except FrameError as exc:
            log.warning("ignored a malformed event from the hub (%s)", exc)
            return
        self.local.publish(delivery.event.workspace_id, delivery.user_ids, delivery.event)
