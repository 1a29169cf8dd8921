"""The WebSocket endpoint (`/api/v1/ws`) on the same TLS server: live chat events.

Browsers cannot set an Authorization header on a WebSocket, and a token in the URL would end
up in logs, so the client authenticates with its first message, `{"type": "auth", "token":
...}`, within `ws_auth_timeout_seconds` (settings); otherwise the socket closes with 1008
(policy violation). Since no cookie is involved, a page on another origin cannot ride a
user's credentials into a socket (no cross-site WebSocket hijacking).

After `{"type": "ready"}` the client receives the events published to its user's channel
(`message.created`, `message.edited`, `message.deleted`, `conversation.created`,
`conversation.updated`, `conversation.read`, `conversation.member_added`,
`conversation.member_removed`, `conversation.messages_deleted`, `conversation.deleted`), each
rendered with its own rights at delivery. Every `ws_check_interval_seconds` the server
re-checks the session (a revoked or expired one closes the socket with 1008) and sends
`{"type": "ping"}`; a client may send `{"type": "ping"}` at any time and gets `{"type":
"pong"}`. A client too slow to keep up is closed with 1013 (try again later) and should
reconnect and refetch."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from starlette.concurrency import run_in_threadpool

from callvault.comms.chat import events as chat_events
from callvault.core.context import Actor, Origin
from callvault.core.errors import CallvaultError
from callvault.core.settings import Settings
from callvault.realtime.bus import Overflowed, Subscription
from callvault.wiring import Container

log = logging.getLogger("callvault.web.ws")

POLICY_VIOLATION = 1008
TRY_AGAIN_LATER = 1013

router = APIRouter()


@dataclass(frozen=True, slots=True)
class SocketPolicy:
    """The socket timings; the app factory builds it from Settings (tests may swap in
    shorter ones on `app.state.socket_policy`)."""

    auth_timeout: float = 5.0
    check_interval: float = 30.0
    max_client_message: int = 4096

    @classmethod
    def from_settings(cls, settings: Settings) -> SocketPolicy:
        return cls(
            auth_timeout=settings.ws_auth_timeout_seconds,
            check_interval=settings.ws_check_interval_seconds,
        )


class _Socket:
    """One authenticated connection: serialised sends, the token for re-checks."""

    def __init__(self, ws: WebSocket, container: Container, policy: SocketPolicy) -> None:
        self.ws = ws
        self.c = container
        self.policy = policy
        self._send_lock = asyncio.Lock()
        client = ws.client
        agent = ws.headers.get("user-agent")
        self.origin = Origin(
            ip=client.host if client else None, user_agent=agent[:512] if agent else None
        )

    async def send(self, payload: dict[str, Any]) -> None:
        async with self._send_lock:
            await self.ws.send_text(json.dumps(payload, separators=(",", ":")))

    async def close(self, code: int, reason: str) -> None:
        with contextlib.suppress(Exception):  # the peer may already be gone
            async with self._send_lock:
                await self.ws.close(code=code, reason=reason)

    async def authenticate(self, token: str) -> Actor:
        return await run_in_threadpool(self.c.authenticator.authenticate, token, origin=self.origin)

    async def read_token(self) -> str | None:
        """The token of the first message, or None (and the socket closed)."""
        try:
            message = await asyncio.wait_for(self.ws.receive(), self.policy.auth_timeout)
        except TimeoutError:
            await self.close(POLICY_VIOLATION, "auth_timeout")
            return None
        if message["type"] == "websocket.disconnect":
            return None
        data = _json(message.get("text"), self.policy.max_client_message)
        token = data.get("token") if data and data.get("type") == "auth" else None
        if not isinstance(token, str):
            await self.close(POLICY_VIOLATION, "auth_required")
            return None
        return token

    async def read_loop(self) -> None:
        """Answer the client's pings until it goes; anything else it sends is ignored."""
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                return
            data = _json(message.get("text"), self.policy.max_client_message)
            if data and data.get("type") == "ping":
                await self.send({"type": "pong"})

    async def deliver(self, token: str, actor: Actor, subscription: Subscription) -> None:
        """Forward events until the session ends or the client falls behind."""
        interval = self.policy.check_interval
        next_check = time.monotonic() + interval
        while True:
            try:
                event = await subscription.next(max(0.0, next_check - time.monotonic()))
            except Overflowed:
                await self.close(TRY_AGAIN_LATER, "too_slow")
                return
            if event is not None:
                out = await run_in_threadpool(
                    chat_events.render, self.c.db, keyring=self.c.keyring, actor=actor, event=event
                )
                if out is not None:
                    await self.send(out)
            if time.monotonic() >= next_check:
                try:
                    actor = await self.authenticate(token)
                except CallvaultError as exc:
                    await self.close(POLICY_VIOLATION, exc.code)
                    return
                await self.send({"type": "ping"})
                next_check = time.monotonic() + interval


def _json(text: object, limit: int) -> dict[str, Any] | None:
    if not isinstance(text, str) or len(text) > limit:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


@router.websocket("/ws")
async def websocket_endpoint(websocket: WebSocket) -> None:
    container: Container = websocket.app.state.container
    policy: SocketPolicy = getattr(
        websocket.app.state, "socket_policy", None
    ) or SocketPolicy.from_settings(container.settings)
    await websocket.accept()
    sock = _Socket(websocket, container, policy)
    token = await sock.read_token()
    if token is None:
        return
    try:
        actor = await sock.authenticate(token)
    except CallvaultError as exc:
        await sock.close(POLICY_VIOLATION, exc.code)
        return
    if actor.user_id is None or not chat_events.may_receive(actor):
        await sock.close(POLICY_VIOLATION, "permission_denied")
        return
    subscription = container.bus.subscribe(actor.workspace_id, actor.user_id)
    try:
        await sock.send({"type": "ready", "user_id": actor.user_id})
        tasks = {
            asyncio.create_task(sock.read_loop()),
            asyncio.create_task(sock.deliver(token, actor, subscription)),
        }
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for task in done:
            failure = task.exception()
            if failure is not None and not isinstance(failure, WebSocketDisconnect):
                log.error("websocket ended with %s", type(failure).__name__)
    except WebSocketDisconnect:
        pass
    finally:
        subscription.close()
        await sock.close(1000, "bye")
