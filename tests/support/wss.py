"""A blocking WebSocket client for tests: websockets' asyncio client, run on one event-loop
thread shared by every socket of the test process, behind send/recv/close calls.

Why not websockets' own blocking client (websockets.sync): it reads its TLS socket in a
background thread while the caller's thread writes to it, so OpenSSL's SSL_read and
SSL_write run at the same time on one SSL object, which OpenSSL does not support (only
different SSL objects may be used from different threads). Under TLS 1.3 the server's
post-handshake session tickets arrive just as the client writes its upgrade request, and
the overlap, about once in a few thousand sockets on a loaded machine, lost the request (no
handshake answer), or corrupted the stream (WRONG_VERSION_NUMBER, DECRYPTION_FAILED_OR_
BAD_RECORD_MAC). The server was never at fault: the same load with this client, against the
same uvloop server, failed no socket (ADR 0035). Here all TLS work of a socket happens on the
loop thread, through asyncio's memory-BIO TLS, one operation at a time."""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from types import TracebackType
from typing import Any, TypeVar

from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Data, Origin

T = TypeVar("T")

# A bound on every blocking call that has no timeout of its own, so that a hang fails the test
# with a TimeoutError instead of stalling the run.
CALL_SECONDS = 30.0


class _LoopThread:
    """The event loop all test sockets live on (started on first use, daemon)."""

    _lock = threading.Lock()
    _loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def run(cls, coro: Coroutine[Any, Any, T], timeout: float | None) -> T:
        future: Future[T] = asyncio.run_coroutine_threadsafe(coro, cls._get())
        try:
            return future.result(timeout)
        except TimeoutError:
            future.cancel()  # not left running on the loop
            raise

    @classmethod
    def _get(cls) -> asyncio.AbstractEventLoop:
        with cls._lock:
            if cls._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(
                    target=loop.run_forever, name="test-wss-client", daemon=True
                ).start()
                cls._loop = loop
            return cls._loop


class WssClient:
    """One open socket. recv/send raise websockets' ConnectionClosed once it is closed, as
    the blocking client did; recv raises TimeoutError when nothing arrives in time."""

    def __init__(self, connection: ClientConnection) -> None:
        self._conn = connection

    @property
    def local_address(self) -> Any:
        return self._conn.local_address

    def send(self, message: Data) -> None:
        _LoopThread.run(self._conn.send(message), CALL_SECONDS)

    def recv(self, timeout: float | None = None) -> Data:
        # Cancelling websockets' asyncio recv() loses nothing: a message that arrives later
        # is returned by the next recv.
        return _LoopThread.run(
            asyncio.wait_for(self._conn.recv(), timeout), None if timeout is None else timeout + 5
        )

    def close(self) -> None:
        # websockets bounds the closing handshake itself (close_timeout, 10 s by default).
        _LoopThread.run(self._conn.close(), CALL_SECONDS)

    def __enter__(self) -> WssClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_wss(
    url: str,
    *,
    ssl_context: ssl.SSLContext,
    origin: str | None = None,
    open_timeout: float = 30.0,
) -> WssClient:
    """Connect and complete the WebSocket handshake (TimeoutError after open_timeout: generous,
    since a loaded machine once took more than 10 s to answer a test server's handshake)."""

    async def opened() -> ClientConnection:
        return await connect(
            url,
            ssl=ssl_context,
            open_timeout=open_timeout,
            origin=Origin(origin) if origin else None,
        )

    return WssClient(_LoopThread.run(opened(), open_timeout + 5))
