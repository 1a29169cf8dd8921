"""A Janus session over its WebSocket API (protocol "janus-protocol"): transactions matched to
their replies, plugin handles, the keep-alive that holds the session open, and the events Janus
pushes (webrtcup, hangup, plugin notifications), handed on one at a time in arrival order.

Spoken here directly (the `websockets` client uvicorn already brings) rather than through a
Janus client library: the protocol is a few JSON verbs, and the engine must know exactly when
the link or the session is gone (ADR 0050). The API secret goes into every request and is
never logged: requests are never logged at all, only their verbs and Janus's error codes."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import WebSocketException
from websockets.typing import Subprotocol

log = logging.getLogger("callvault.media.janus")


def _no_frames(record: logging.LogRecord) -> bool:
    """websockets logs every frame at DEBUG ("> TEXT '{...}'"): ours carry the API secret."""
    return not str(record.msg).startswith(("> ", "< "))


# The WebSocket's own logger: connection-level messages only, never a frame's content,
# whatever level a deployment turns on.
_wire = logging.getLogger("callvault.media.janus.wire")
_wire.addFilter(_no_frames)

KEEPALIVE_SECONDS = 20.0  # Janus drops a session silent for session_timeout (60 s by default)
REQUEST_TIMEOUT_SECONDS = 15.0

JsonObject = dict[str, Any]
EventSink = Callable[[JsonObject], Awaitable[None]]
LostSink = Callable[[str], Awaitable[None]]


class JanusError(Exception):
    """Janus (or its plugin) refused a request; `code` is Janus's numeric error code."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"janus error {code}: {reason}")
        self.code = code
        self.reason = reason


class JanusGone(Exception):
    """The link to Janus or the session on it is gone (or never came up)."""


class JanusSession:
    """One Janus session on one WebSocket; create with `open`, end with `close`."""

    def __init__(self, socket: ClientConnection, secret: str | None) -> None:
        self._socket = socket
        self._secret = secret
        self._session_id: int | None = None
        self._pending: dict[str, tuple[asyncio.Future[JsonObject], bool]] = {}
        self._events: asyncio.Queue[JsonObject | None] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []
        self._gone: str | None = None
        self._on_event: EventSink | None = None
        self._on_lost: LostSink | None = None

    @classmethod
    async def open(
        cls,
        url: str,
        secret: str | None,
        *,
        on_event: EventSink,
        on_lost: LostSink,
        timeout: float = REQUEST_TIMEOUT_SECONDS,
    ) -> JanusSession:
        """Connect, create a session and start its keep-alive. Raises JanusGone when Janus
        cannot be reached, JanusError when it refuses (for example a wrong API secret)."""
        try:
            socket = await asyncio.wait_for(
                connect(
                    url,
                    subprotocols=[Subprotocol("janus-protocol")],
                    max_size=2**22,
                    logger=_wire,
                ),
                timeout,
            )
        except (OSError, TimeoutError, WebSocketException) as exc:
            raise JanusGone(f"janus is not reachable: {type(exc).__name__}") from None
        session = cls(socket, secret)
        session._tasks.append(asyncio.ensure_future(session._read()))
        try:
            created = await session._send({"janus": "create"}, timeout=timeout)
        except BaseException:
            await session._shut()
            raise
        session._session_id = int(created["data"]["id"])
        session._on_event, session._on_lost = on_event, on_lost
        session._tasks.append(asyncio.ensure_future(session._dispatch()))
        session._tasks.append(asyncio.ensure_future(session._keep_alive()))
        return session

    @property
    def alive(self) -> bool:
        return self._gone is None

    async def attach(self, plugin: str) -> int:
        reply = await self._send({"janus": "attach", "plugin": plugin})
        return int(reply["data"]["id"])

    async def detach(self, handle: int) -> None:
        await self._send({"janus": "detach", "handle_id": handle})

    async def message(
        self, handle: int, body: JsonObject, jsep: JsonObject | None = None
    ) -> tuple[JsonObject, JsonObject | None]:
        """A plugin request; returns the plugin's data and the JSEP it answered with, if any.
        Synchronous plugin requests answer at once, asynchronous ones (join, configure,
        changeroom) after an ack, with an event of the same transaction; either way a plugin
        error becomes JanusError."""
        request: JsonObject = {"janus": "message", "handle_id": handle, "body": body}
        if jsep is not None:
            request["jsep"] = jsep
        reply = await self._send(request, ack_is_reply=False)
        data: JsonObject = reply.get("plugindata", {}).get("data", {})
        if "error_code" in data:
            raise JanusError(int(data["error_code"]), str(data.get("error", "")))
        return data, reply.get("jsep")

    async def close(self) -> None:
        """Destroy the session (its handles hang up) and close the link."""
        if self.alive and self._session_id is not None:
            with contextlib.suppress(JanusError, JanusGone):
                await self._send({"janus": "destroy"}, timeout=5.0)
        self._gone = self._gone or "closed"
        await self._shut()

    # internals

    async def _send(
        self, request: JsonObject, *, ack_is_reply: bool = True, timeout: float | None = None
    ) -> JsonObject:
        if self._gone is not None:
            raise JanusGone(self._gone)
        transaction = secrets.token_hex(8)
        request = {**request, "transaction": transaction}
        if self._secret is not None:
            request["apisecret"] = self._secret
        if self._session_id is not None:
            request["session_id"] = self._session_id
        future: asyncio.Future[JsonObject] = asyncio.get_running_loop().create_future()
        self._pending[transaction] = (future, ack_is_reply)
        try:
            await self._socket.send(json.dumps(request))
            return await asyncio.wait_for(future, timeout or REQUEST_TIMEOUT_SECONDS)
        except TimeoutError:
            raise JanusGone(f"janus did not answer {request['janus']!r} in time") from None
        except WebSocketException:
            raise JanusGone("the link to janus broke") from None
        finally:
            self._pending.pop(transaction, None)

    async def _read(self) -> None:
        reason = "the link to janus closed"
        try:
            async for raw in self._socket:
                try:
                    message = json.loads(raw)
                except ValueError:
                    log.warning("janus: ignored a message that is not JSON")
                    continue
                if isinstance(message, dict) and not self._settle(message):
                    if message.get("janus") == "timeout":
                        reason = "janus ended the session (timeout)"
                        await self._socket.close()  # the next request opens a new one
                        break
                    self._events.put_nowait(message)
        except WebSocketException:
            pass
        except asyncio.CancelledError:
            reason = self._gone or "closed"
            raise
        finally:
            self._lose(reason)

    def _settle(self, message: JsonObject) -> bool:
        """Complete the request this message answers; False when it answers none."""
        kind = message.get("janus")
        entry = self._pending.get(str(message.get("transaction", "")))
        if entry is None:
            return False
        future, ack_is_reply = entry
        if future.done():
            return True
        if kind == "ack" and not ack_is_reply:
            return True  # the event with the same transaction follows
        if kind == "error":
            error = message.get("error", {})
            future.set_exception(JanusError(int(error.get("code", 0)), str(error.get("reason"))))
        else:
            future.set_result(message)
        return True

    def _lose(self, reason: str) -> None:
        first = self._gone is None
        self._gone = self._gone or reason
        for future, _ in self._pending.values():
            if not future.done():
                future.set_exception(JanusGone(self._gone))
        if first:
            self._events.put_nowait(None)  # the dispatcher then reports the loss, in order

    async def _dispatch(self) -> None:
        while (event := await self._events.get()) is not None:
            assert self._on_event is not None
            try:
                await self._on_event(event)
            except Exception:
                log.exception("janus: handling an event failed")
        if self._on_lost is not None and self._gone != "closed":
            await self._on_lost(self._gone or "the link to janus closed")

    async def _keep_alive(self) -> None:
        while self.alive:
            await asyncio.sleep(KEEPALIVE_SECONDS)
            try:
                await self._send({"janus": "keepalive"})
            except JanusGone:
                return
            except JanusError as exc:  # the session is unknown to Janus: it is gone
                self._lose(f"janus refused the keep-alive ({exc.code})")
                await self._socket.close()
                return

    async def _shut(self) -> None:
        with contextlib.suppress(WebSocketException, OSError):
            await self._socket.close()
        current = asyncio.current_task()
        for task in self._tasks:
            if task is not current:
                task.cancel()
        for task in self._tasks:
            if task is not current:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
