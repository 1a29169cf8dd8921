"""Chat fixtures: conversations and messages through the API, and a real WebSocket client
(TLS, trusting the test server's certificate) that authenticates with its first message."""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import httpx
from websockets.exceptions import ConnectionClosed

from tests.support.live import LiveServer, Member
from tests.support.wss import WssClient, open_wss

API = "/api/v1/chat"
# How long an expected event may take to arrive: a wait returns as soon as it comes, so a
# generous bound costs nothing, and on a loaded two-core run (the full suite, browsers beside)
# one delivery once took over a second. Checks that nothing arrives keep their short windows.
ARRIVES_S = 5.0


def conversation(
    live: LiveServer,
    m: Member,
    others: list[Member],
    *,
    kind: str = "group",
    title: str | None = None,
) -> str:
    body: dict[str, Any] = {"kind": kind, "member_ids": [o.user_id for o in others]}
    if title is not None:
        body["title"] = title
    r = live.client(m.token).post(f"{API}/conversations", json=body)
    assert r.status_code in (200, 201), r.text
    return str(r.json()["id"])


def post(live: LiveServer, m: Member, conversation_id: str, body: str) -> dict[str, Any]:
    r = live.client(m.token).post(
        f"{API}/conversations/{conversation_id}/messages", json={"body": body}
    )
    assert r.status_code == 201, r.text
    out: dict[str, Any] = r.json()
    return out


def upload(
    api: httpx.Client,
    conversation_id: str,
    data: bytes,
    *,
    filename: str = "notes.txt",
    content_type: str = "text/plain",
) -> httpx.Response:
    return api.post(
        f"{API}/conversations/{conversation_id}/attachments",
        content=data,
        headers={"content-type": content_type, "x-filename": quote(filename)},
    )


def ws_url(live: LiveServer) -> str:
    return live.base_url.replace("https://", "wss://") + "/api/v1/ws"


def ssl_context(live: LiveServer) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(live.cert))


@contextmanager
def raw_socket(live: LiveServer, *, origin: str | None = None) -> Iterator[WssClient]:
    """origin: the Origin header a browser page would send (none by default)."""
    with open_wss(ws_url(live), ssl_context=ssl_context(live), origin=origin) as ws:
        yield ws


@contextmanager
def socket(live: LiveServer, m: Member) -> Iterator[WssClient]:
    """A socket signed in as m (after its "ready")."""
    with raw_socket(live) as ws:
        ws.send(json.dumps({"type": "auth", "token": m.token}))
        ready = json.loads(ws.recv(timeout=10))
        assert ready == {"type": "ready", "user_id": m.user_id}, ready
        yield ws


def events(ws: WssClient, *, within: float, skip_pings: bool = True) -> list[dict[str, Any]]:
    """Everything the socket receives for `within` seconds."""
    out: list[dict[str, Any]] = []
    deadline = time.monotonic() + within
    while (left := deadline - time.monotonic()) > 0:
        try:
            event = json.loads(ws.recv(timeout=left))
        except TimeoutError:
            break
        if not (skip_pings and event.get("type") == "ping"):
            out.append(event)
    return out


def next_event(ws: WssClient, *, within: float, kind: str | None = None) -> dict[str, Any]:
    """The first non-ping event (of this kind, if given) within the time; AssertionError
    when none arrives."""
    deadline = time.monotonic() + within
    while (left := deadline - time.monotonic()) > 0:
        try:
            event: dict[str, Any] = json.loads(ws.recv(timeout=left))
        except TimeoutError:
            break
        if event.get("type") != "ping" and kind in (None, event.get("type")):
            return event
    raise AssertionError(f"no event within {within}s")


def close_code(ws: WssClient, *, within: float) -> int | None:
    """The close code the server sends within the time (None: still open)."""
    deadline = time.monotonic() + within
    while (left := deadline - time.monotonic()) > 0:
        try:
            ws.recv(timeout=left)
        except TimeoutError:
            return None
        except ConnectionClosed as exc:
            return exc.rcvd.code if exc.rcvd else None
    return None
