"""uvicorn's HTTP protocol with the limits it lacks (ADR 0011): a connection must start a
request soon after it opens, send the whole request head in time and keep a request body
moving; a request head is bounded in bytes and in headers; each client address, and the
server, holds a bounded number of connections; and a request the parser rejects (a bad
Content-Length, say) gets the API's JSON error, not uvicorn's plain text."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from uvicorn.server import ServerState
from websockets.protocol import State

from callvault.web.connection_limits import LimitedConfig, Slot
from callvault.web.errors import error_body
from callvault.web.middleware import SECURITY_HEADERS

log = logging.getLogger("callvault.web.connections")

# The request line and headers. Browsers and API clients send a few KiB (nginx refuses more than
# 32 KiB by default); httptools keeps a header whole in memory until it ends, so without a
# bound one unauthenticated request could hold megabytes (an outside probe sent 8 MB to
# /healthz and got 200).
MAX_HEAD_BYTES = 32 * 1024
MAX_HEADERS = 100
_HEAD_TOO_LARGE = (
    f"The request head is larger than {MAX_HEAD_BYTES // 1024} KiB or has more than "
    f"{MAX_HEADERS} headers."
)


class _HeadTooLarge(Exception):
    """Raised from a parser callback: httptools stops and uvicorn calls send_400_response."""


_REFUSALS = {
    "per_client": (429, "too_many_connections", "Too many open connections from your address."),
    "total": (503, "server_busy", "The server has too many open connections; retry soon."),
}


def raw_error(status: int, code: str, message: str) -> bytes:
    """A whole HTTP/1.1 error response in the API's JSON format, closing the connection
    (for answers given outside any ASGI request cycle)."""
    body = json.dumps(error_body(code, message)).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        *SECURITY_HEADERS,
    ]
    if status in (429, 503):
        headers.append((b"retry-after", b"1"))
    head = b"".join(name + b": " + value + b"\r\n" for name, value in headers)
    return STATUS_LINE[status] + head + b"\r\n" + body


class GuardedHttpProtocol(HttpToolsProtocol):
    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        assert isinstance(config, LimitedConfig), "serve with a LimitedConfig"
        self.limits = config.limits
        self.table = config.connections
        self.slot: Slot | None = None
        # One deadline at a time: before the first request, for the request head, or for
        # the next piece of a request body (uvicorn's own keep-alive timer covers the gaps
        # between requests).
        self.deadline: asyncio.TimerHandle | None = None
        self.body_timeout_at = 0.0
        # The request head being read: the bytes of its request line and headers as the
        # parser hands them over, its headers, and the bytes received since the chunk it
        # began in (a header still arriving is in none of the parser's pieces yet).
        self.in_head = True
        self.head_began = False
        self.head_bytes = 0
        self.header_count = 0
        self.head_received = 0
        self.head_refused = False

    # connection

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        address = self.client[0] if self.client else "unknown"
        slot = self.table.acquire(address)
        if isinstance(slot, str):
            status, code, message = _REFUSALS[slot]
            log.warning("connection refused (%s): %s", code, address)
            transport.write(raw_error(status, code, message))
            transport.close()
            return
        self.slot = slot
        self._arm(self.limits.idle_timeout, self._idle_expired)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if self.slot is not None:
            self.slot.release()
            self.slot = None
        super().connection_lost(exc)

    def handle_websocket_upgrade(self) -> None:
        self._disarm()
        super().handle_websocket_upgrade()
        # The socket now belongs to the WebSocket protocol: its end releases the slot.
        upgraded = self.transport.get_protocol()
        if isinstance(upgraded, GuardedWebSocketProtocol):
            upgraded.slot, self.slot = self.slot, None

    def data_received(self, data: bytes) -> None:
        self.head_began = False
        super().data_received(data)
        if not self.in_head or self.transport.is_closing():
            return
        # A head still incomplete. The chunk it began in may also hold the request before
        # it, so counting starts with the next one: never more than the head's own bytes.
        self.head_received = 0 if self.head_began else self.head_received + len(data)
        if self.head_received > MAX_HEAD_BYTES:
            self._refuse_head()

    # parser callbacks

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.in_head, self.head_began = True, True
        self.head_bytes = self.header_count = self.head_received = 0
        self._arm(self.limits.header_timeout, self._head_expired)

    def on_url(self, url: bytes) -> None:
        self._count_head(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self.header_count += 1
        self._count_head(len(name) + len(value) + 4)  # ": " and CRLF
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self.in_head = False
        self._disarm()
        super().on_headers_complete()
        if self.transport.is_closing() or not _expects_body(self.headers):
            return
        self.body_timeout_at = self.loop.time() + self.limits.body_timeout
        self._arm(self.limits.body_timeout, self._body_stalled)

    def on_body(self, body: bytes) -> None:
        # Moving a deadline is cheaper than a new timer per chunk of a large upload.
        self.body_timeout_at = self.loop.time() + self.limits.body_timeout
        super().on_body(body)

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()

    def send_400_response(self, msg: str) -> None:
        del msg  # uvicorn's plain-text message; the parser's reason is not kept
        if self.head_refused:
            self._refuse_head()
            return
        self.transport.write(
            raw_error(
                400,
                "malformed_request",
                "The request is not valid HTTP/1.1 (request line, headers or Content-Length).",
            )
        )
        self.transport.close()

    # the request head

    def _count_head(self, size: int) -> None:
        if self.header_count > MAX_HEADERS or self.head_bytes + size > MAX_HEAD_BYTES:
            self.head_refused = True
            raise _HeadTooLarge
        self.head_bytes += size

    def _refuse_head(self) -> None:
        self._disarm()
        log.warning("request head too large: refused with 431")
        self.transport.write(raw_error(431, "request_head_too_large", _HEAD_TOO_LARGE))
        self.transport.close()

    # deadlines

    def _arm(self, seconds: float, expired: Callable[[], None]) -> None:
        self._disarm()
        self.deadline = self.loop.call_later(seconds, expired)

    def _disarm(self) -> None:
        if self.deadline is not None:
            self.deadline.cancel()
            self.deadline = None

    def _idle_expired(self) -> None:
        self.deadline = None
        self.transport.close()

    def _head_expired(self) -> None:
        self.deadline = None
        if self.flow.read_paused:  # a pipelined request waits for us, not for its client
            self._arm(self.limits.header_timeout, self._head_expired)
            return
        self._time_out("The request head did not arrive in time.")

    def _body_stalled(self) -> None:
        self.deadline = None
        now = self.loop.time()
        if self.flow.read_paused:  # the app is not reading yet: the wait is ours
            self.body_timeout_at = now + self.limits.body_timeout
        if self.body_timeout_at > now:  # data came since the timer was set
            self._arm(self.body_timeout_at - now, self._body_stalled)
            return
        self._time_out(
            "The request body stopped arriving (is Content-Length larger than the body?)."
        )

    def _time_out(self, message: str) -> None:
        """Answer 408 unless a response is already under way, and close."""
        cycle = self.cycle
        if cycle is None or not cycle.response_started:
            self.transport.write(raw_error(408, "request_timeout", message))
        if cycle is not None and not cycle.response_complete:
            # The app (if waiting for the body) sees a disconnect; its late answer is dropped.
            cycle.disconnected = True
            cycle.message_event.set()
        self.transport.close()


class GuardedWebSocketProtocol(WebSocketsSansIOProtocol):
    """The WebSocket protocol a guarded connection upgrades to; it keeps the slot."""

    slot: Slot | None = None

    def connection_lost(self, exc: Exception | None) -> None:
        if self.slot is not None:
            self.slot.release()
            self.slot = None
        super().connection_lost(exc)

    def shutdown(self) -> None:
        # uvicorn sends a 1012 close on shutdown unless the app already sent one; when the
        # client closed first, the websockets library has already answered its close, so
        # sending another raises InvalidState and aborts the server's shutdown.
        if self.handshake_complete and not self.close_sent and self.conn.state is not State.OPEN:
            self.stop_keepalive()
            self.queue.put_nowait({"type": "websocket.disconnect", "code": 1012})
            self.transport.close()
            return
        super().shutdown()


def _expects_body(headers: list[tuple[bytes, bytes]]) -> bool:
    for name, value in headers:
        if name == b"transfer-encoding" or (name == b"content-length" and value.strip() != b"0"):
            return True
    return False
