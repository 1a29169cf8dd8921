"""ASGI middleware: security headers, body length limit, per-client rate limit."""

from __future__ import annotations

import json
import logging
import math
import re
import time
from typing import Any, cast

from limits import RateLimitItem, parse
from limits.storage import MemoryStorage, Storage
from limits.storage.base import SlidingWindowCounterSupport
from limits.strategies import SlidingWindowCounterRateLimiter
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

# While the rate limiter's store cannot be reached: what a refused client is told to wait,
# and how often the failure is logged (not once per request).
STORE_RETRY_SECONDS = 5
STORE_FAILURE_LOG_SECONDS = 30.0

SECURITY_HEADERS = [
    (b"strict-transport-security", b"max-age=63072000; includeSubDomains"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), geolocation=(), microphone=()"),
    (b"cache-control", b"no-store"),
]


async def _send_error(
    send: Send,
    status: int,
    code: str,
    message: str,
    extra_headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": headers + SECURITY_HEADERS + (extra_headers or []),
        }
    )
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                existing = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in existing
                ]
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    """Refuse bodies over the limit: by Content-Length before reading anything, and by
    counting bytes as a body without a length streams in (raised as an HTTP 413 inside the
    app, so it reaches the JSON error handler)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_bytes: int,
        upload_paths: tuple[str, ...] = (),
        max_upload_bytes: int | None = None,
    ) -> None:
        self.app = app
        self.default_max = max_bytes
        # Streaming upload routes (recordings, attachments) get their own, larger limit.
        self.upload_paths = [re.compile(p) for p in upload_paths]
        self.max_upload_bytes = max_upload_bytes or max_bytes

    def limit_for(self, path: str) -> int:
        if any(p.fullmatch(path) for p in self.upload_paths):
            return self.max_upload_bytes
        return self.default_max

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes = self.limit_for(scope.get("path", ""))
        for key, value in scope.get("headers", []):
            if key != b"content-length":
                continue
            if not value.isdigit():
                await _send_error(send, 400, "bad_request", "Invalid Content-Length.")
                return
            if int(value) > max_bytes:
                await _send_error(
                    send, 413, "payload_too_large", f"The body exceeds {max_bytes} bytes."
                )
                return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    raise HTTPException(413, f"The body exceeds {max_bytes} bytes.")
            return message

        await self.app(scope, counting_receive, send)


class RateLimit:
    """A sliding-window-counter limit per client address. The counters live in `storage`:
    this process's memory by default, the table the web processes of one `callvault serve`
    share (web/shared_rate_storage.py), or a `limits` Redis storage between nodes; the
    strategy is the same for all three (two counters per address, cheap wherever they are;
    ADR 0016)."""

    def __init__(self, app: ASGIApp, *, limit: str, storage: Storage | None = None) -> None:
        self.app = app
        self.item: RateLimitItem = parse(limit)
        self.limiter = SlidingWindowCounterRateLimiter(storage or MemoryStorage())
        self.storage = cast(SlidingWindowCounterSupport, self.limiter.storage)
        # limits' own key for an address is `item.key_for(address)`: built once, filled in
        # per request (the strategy's hit() costs more than the counters themselves).
        self._key = self.item.key_for("{}")
        self._expiry = self.item.get_expiry()
        self._failure_logged = 0.0

    def _store_failed(self, exc: Exception) -> None:
        now = time.monotonic()
        if now - self._failure_logged >= STORE_FAILURE_LOG_SECONDS:  # once a while, not per request
            self._failure_logged = now
            log.error("rate-limit store unavailable (%s): requests refused", type(exc).__name__)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in ("/healthz", "/readyz"):
            await self.app(scope, receive, send)
            return
        client: Any = scope.get("client")
        key = self._key.format(client[0] if client else "unknown")
        try:
            allowed = self.storage.acquire_sliding_window_entry(key, self.item.amount, self._expiry)
        except Exception as exc:  # whatever the store raises: refuse
            # The counters cannot be read (Redis unreachable, in cluster mode): refused, never
            # let through uncounted, with a code that says why (ADR 0021 addendum).
            self._store_failed(exc)
            await _send_error(
                send,
                503,
                "rate_limit_unavailable",
                "The rate limiter's store cannot be reached; try again shortly.",
                [(b"retry-after", str(STORE_RETRY_SECONDS).encode())],
            )
            return
        if not allowed:
            stats = self.limiter.get_window_stats(self.item, client[0] if client else "unknown")
            retry = max(1, math.ceil(stats.reset_time - time.time()))
            await _send_error(
                send,
                429,
                "rate_limited",
                "Too many requests; slow down.",
                [(b"retry-after", str(retry).encode())],
            )
            return
        await self.app(scope, receive, send)
