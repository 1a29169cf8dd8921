"""The WebSocket endpoint (`/api/v1/ws`) on the same TLS server: live chat events.

Browsers cannot set an Authorization header on a WebSocket, and a token in the URL would end
up in logs, so the client authenticates with its first message, `{"type": "auth", "token":
...}`, within `ws_auth_timeout_seconds` (settings); otherwise the socket closes with 1008
(policy violation). Since no cookie is involved, a page on another origin cannot ride a
user's credentials into a socket (no cross-site WebSocket hijacking). The web app, whose
session is an HttpOnly cookie it cannot read, sends `{"type": "auth", "ticket": ...}`
instead: a single-use ticket of at most 30 s that a cookie-authenticated, CSRF-checked POST
(`/auth/browser/ws-ticket`) gave it; a ticket is refused on a socket whose handshake came
from a page of another origin (ADR 0025).

After `{"type": "ready"}` the client receives the events published to its user's channel
(`message.created`, `message.edited`, `message.deleted`, `conversation.created`,
`conversation.updated`, `conversation.read`, `conversation.member_added`,
`conversation.member_removed`, `conversation.messages_deleted`, `conversation.deleted`), each
rendered with its own rights at delivery. Every `ws_check_interval_seconds` the server
re-checks the session (a revoked or expired one closes the socket with 1008) and sends
`{"type": "ping"}`; a client may send `{"type": "ping"}` at any time and gets `{"type":
"pong"}`. A client too slow to keep up is closed with 1013 (try again later) and should
reconnect and refetch.

Live-call signaling (`call.*` messages both ways) rides the same socket: each socket of a
user who may take calls is one device that can ring; the messages and their dispatch are
callvault.comms.live (protocol.py documents them, ADR 0023)."""

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
from callvault.comms.live import protocol as live_protocol
from callvault.comms.live.signaling import LiveCalls, LiveDevice
from callvault.core.allowance import Allowance
from callvault.core.context import Actor, Origin
from callvault.core.errors import CallvaultError
from callvault.core.settings import Settings
from callvault.governance.alerts import delivery as alert_events
from callvault.identity.errors import PasswordChangeRequired
from callvault.identity.mfa.errors import MfaEnrolmentRequired
from callvault.identity.socket_tickets import service as socket_tickets
from callvault.realtime.bus import Event, Overflowed, Subscription
from callvault.web.browser_session import CsrfRejected
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
    max_client_message: int = live_protocol.MAX_MESSAGE_BYTES  # an SDP offer fits
    ticket_seconds: float = 20.0  # a page asks for one just before it connects
    # Every message a client sends, of any kind (pings, signaling, junk): a socket past
    # this allowance is closed (1008 rate_limited). Signaling has its own, smaller one.
    messages_per_second: float = 30.0
    message_burst: float = 90.0  # a call's set-up: offer, candidates, keypad tones

    @classmethod
    def from_settings(cls, settings: Settings) -> SocketPolicy:
        return cls(
            auth_timeout=settings.ws_auth_timeout_seconds,
            check_interval=settings.ws_check_interval_seconds,
        )


def socket_policy(app: Any) -> SocketPolicy:
    policy: SocketPolicy | None = getattr(app.state, "socket_policy", None)
    return policy or SocketPolicy.from_settings(app.state.container.settings)


@dataclass(frozen=True, slots=True)
class Credential:
    """What the first message authenticates with: a bearer token or a socket ticket."""

    kind: str  # "token" or "ticket"
    value: str


class _Socket:
    """One authenticated connection: serialised sends, the credential for re-checks."""

    def __init__(
        self, ws: WebSocket, container: Container, policy: SocketPolicy, live: LiveCalls
    ) -> None:
        self.ws = ws
        self.c = container
        self.policy = policy
        self.live = live
        self.device: LiveDevice | None = None
        self._send_lock = asyncio.Lock()
        self._token: str | None = None
        self._digest: str | None = None
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

    async def sign_in(self, credential: Credential) -> Actor:
        """Authenticate the first message's credential; later checks re-authenticate the
        same session (a ticket is spent at once: they use the session it named)."""
        if credential.kind == "ticket":
            if self._foreign_origin():
                raise CsrfRejected("This socket was opened by a page of another origin.")
            digest = await run_in_threadpool(
                socket_tickets.redeem_ticket, self.c.db, ticket=credential.value
            )
            self._digest = digest
        else:
            self._token = credential.value
        return await self.authenticate()

    async def authenticate(self) -> Actor:
        auth = self.c.authenticator
        if self._token is not None:
            acting = await run_in_threadpool(auth.authenticate, self._token, origin=self.origin)
        else:
            assert self._digest is not None
            acting = await run_in_threadpool(
                auth.authenticate_session_hash, self._digest, origin=self.origin
            )
        if acting.password_temporary:  # as every HTTP route but the change (web/deps.py)
            raise PasswordChangeRequired("Choose your own password before anything else.")
        if acting.mfa_enrolment_required:  # as every HTTP route but the enrolment
            raise MfaEnrolmentRequired("Turn on two-step sign-in before anything else.")
        return acting

    def _foreign_origin(self) -> bool:
        origin = self.ws.headers.get("origin")
        if origin is None:  # not a browser: no page to have come from
            return False
        scheme = "https" if self.ws.url.scheme == "wss" else "http"
        return origin != f"{scheme}://{self.ws.headers.get('host', '')}"

    async def read_credential(self) -> Credential | None:
        """The credential of the first message, or None (and the socket closed)."""
        try:
            message = await asyncio.wait_for(self.ws.receive(), self.policy.auth_timeout)
        except TimeoutError:
            await self.close(POLICY_VIOLATION, "auth_timeout")
            return None
        if message["type"] == "websocket.disconnect":
            return None
        data = _json(message.get("text"), self.policy.max_client_message)
        if data and data.get("type") == "auth":
            for kind in ("token", "ticket"):
                value = data.get(kind)
                if isinstance(value, str):
                    return Credential(kind, value)
        await self.close(POLICY_VIOLATION, "auth_required")
        return None

    async def read_loop(self) -> None:
        """Answer the client's pings and hand call signaling to the live-call module until
        it goes; anything else it sends is ignored. A client past its allowance is closed."""
        allowance = Allowance(self.policy.messages_per_second, self.policy.message_burst)
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                return
            if not allowance.take():
                log.warning("websocket closed: over its message allowance")
                await self.close(POLICY_VIOLATION, "rate_limited")
                return
            data = _json(message.get("text"), self.policy.max_client_message)
            if data and data.get("type") == "ping":
                await self.send({"type": "pong"})
            elif data and live_protocol.is_signaling(data):
                if self.device is None:
                    await self.send(_not_for_calls)
                else:
                    await self.live.handle(self.device, data, self.send)

    async def _render(self, actor: Actor, event: Event) -> dict[str, Any] | None:
        if event.type.startswith("call."):
            return self.live.render(self.device, event) if self.device else None
        if event.type.startswith(alert_events.EVENT_PREFIX):
            return await run_in_threadpool(alert_events.render, self.c.db, actor=actor, event=event)
        return await run_in_threadpool(
            chat_events.render, self.c.db, keyring=self.c.keyring, actor=actor, event=event
        )

    async def deliver(self, actor: Actor, subscription: Subscription) -> None:
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
                out = await self._render(actor, event)
                if out is not None:
                    await self.send(out)
            if time.monotonic() >= next_check:
                try:
                    actor = await self.authenticate()
                except CallvaultError as exc:
                    await self.close(POLICY_VIOLATION, exc.code)
                    return
                if self.device is not None:
                    await self.live.touch(self.device)
                await self.send({"type": "ping"})
                next_check = time.monotonic() + interval


_not_for_calls = {
    "type": "call.error",
    "code": "permission_denied",
    "message": "This connection cannot place or receive calls.",
}


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
    policy = socket_policy(websocket.app)
    live: LiveCalls = websocket.app.state.live
    await websocket.accept()
    sock = _Socket(websocket, container, policy, live)
    credential = await sock.read_credential()
    if credential is None:
        return
    try:
        actor = await sock.sign_in(credential)
    except CallvaultError as exc:
        await sock.close(POLICY_VIOLATION, exc.code)
        return
    # Chat's members, and the audit log's readers (security alerts): auditors hold no chat.
    receives = chat_events.may_receive(actor) or alert_events.may_receive(actor)
    if actor.user_id is None or not receives:
        await sock.close(POLICY_VIOLATION, "permission_denied")
        return
    subscription = container.bus.subscribe(actor.workspace_id, actor.user_id)
    try:
        sock.device = await live.connect(actor)
        await sock.send({"type": "ready", "user_id": actor.user_id})
        tasks = {
            asyncio.create_task(sock.read_loop()),
            asyncio.create_task(sock.deliver(actor, subscription)),
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
        if sock.device is not None:  # its calls stop ringing or end, even if we are cancelled
            await asyncio.shield(live.disconnect(sock.device))
        await sock.close(1000, "bye")
