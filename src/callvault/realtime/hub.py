"""The embedded-mode event hub (ADR 0016): a Unix socket, readable by this user only, that
the supervisor of `callvault serve` runs in a thread of its own. Every web process (and the
job process) keeps one connection to it; a frame one of them sends is written to all the
others, unchanged. The hub keeps no state but its connections, so it cannot fall out of
step with anything: a process that loses its link reconnects and tells its own subscribers
to resynchronise (realtime/hub_bus.py).

One slow peer never holds up the others: frames are written without waiting, and a peer
whose unsent backlog passes `max_backlog_bytes` is disconnected (it reconnects and its
subscribers refetch) instead of growing the supervisor's memory."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
from pathlib import Path

from callvault.realtime.frames import FrameError, read_framed

log = logging.getLogger("callvault.realtime.hub")

DEFAULT_MAX_BACKLOG_BYTES = 8 * 1024 * 1024


class Hub:
    def __init__(self, path: Path, *, max_backlog_bytes: int = DEFAULT_MAX_BACKLOG_BYTES) -> None:
        self.path = path
        self.max_backlog_bytes = max_backlog_bytes
        self._peers: set[asyncio.StreamWriter] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._listening = threading.Event()
        self._failure: BaseException | None = None

    @property
    def peer_count(self) -> int:
        return len(self._peers)

    def start(self, timeout: float = 10.0) -> None:
        """Listen (in a daemon thread); returns once the socket accepts connections."""
        self._thread = threading.Thread(target=self._run, name="event-hub", daemon=True)
        self._thread.start()
        if not self._listening.wait(timeout):
            raise RuntimeError("the event hub did not start")
        if self._failure is not None:
            raise RuntimeError(f"the event hub could not listen on {self.path}") from self._failure

    def stop(self) -> None:
        loop, stopped = self._loop, self._stopped
        if loop is not None and stopped is not None:
            with contextlib.suppress(RuntimeError):  # its loop already ended
                loop.call_soon_threadsafe(stopped.set)
        if self._thread is not None:
            self._thread.join(10)
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported to start(), or logged if it dies later
            self._failure = exc
            if self._listening.is_set():
                log.exception("the event hub stopped")
            self._listening.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # left by a supervisor that was killed
        # Created inside the data directory (0700) and narrowed at once: no other user
        # could reach it even in between.
        server = await asyncio.start_unix_server(self._peer, path=str(self.path))
        os.chmod(self.path, 0o600)
        self._listening.set()
        async with server:
            await self._stopped.wait()
            # Stop accepting first (the kernel resets connections still in the backlog),
            # then let connections the loop already accepted register as peers, so that no
            # process is left holding a link nobody serves.
            server.close()
            for _ in range(3):
                await asyncio.sleep(0)
            for writer in list(self._peers):
                writer.close()

    async def _peer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._peers.add(writer)
        try:
            while True:
                frame = await read_framed(reader)
                self._broadcast(frame, writer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass  # the peer went away; it reconnects if it is still running
        except FrameError as exc:
            log.warning("event hub: dropped a peer that sent a bad frame (%s)", exc)
        finally:
            self._peers.discard(writer)
            writer.close()

    def _broadcast(self, frame: bytes, sender: asyncio.StreamWriter) -> None:
        for peer in list(self._peers):
            if peer is sender or peer.is_closing():
                continue
            if peer.transport.get_write_buffer_size() > self.max_backlog_bytes:
                log.warning("event hub: dropped a peer that stopped reading")
                self._peers.discard(peer)
                peer.close()
                continue
            peer.write(frame)
