"""A socket ticket issued by one web process opens the WebSocket on another, once (ADR 0025
over ADR 0016's processes): `callvault serve` with two web processes, as real processes."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from websockets.exceptions import ConnectionClosed

from callvault.web.browser_session import CSRF_HEADER
from tests.support.serve_process import Serve, serving
from tests.support.wss import WssClient, open_wss

pytestmark = pytest.mark.slow

OWNER = {"workspace": "default", "email": "owner@callvault.local"}


def _socket_on(serve: Serve, pid: int, opened: contextlib.ExitStack) -> WssClient:
    """A WebSocket (not yet authenticated) served by the worker `pid`."""
    url = serve.base.replace("https://", "wss://") + "/api/v1/ws"
    for _ in range(100):
        ws = opened.enter_context(
            open_wss(url, ssl_context=serve.ctx, open_timeout=20, origin=serve.base)
        )
        if serve.worker_of_local_port(ws.local_address[1]) == pid:
            return ws
        ws.close()
    raise AssertionError(f"no WebSocket reached worker {pid}")


def _closed_with(ws: WssClient) -> int | None:
    try:
        ws.recv(timeout=20)
    except ConnectionClosed as exc:
        return exc.rcvd.code if exc.rcvd else None
    return None


def test_a_ticket_from_one_process_opens_a_socket_on_the_other_once(tmp_path: Path) -> None:
    with serving(tmp_path, processes=2) as serve:
        workers = serve.listening_workers()
        assert len(workers) == 2
        browser = serve.client("127.0.0.6")
        signed_in = browser.post(
            "/api/v1/auth/browser/sign-in",
            json={**OWNER, "password": serve.password},
            headers={CSRF_HEADER: "1"},
        )
        assert signed_in.status_code == 201, signed_in.text
        issuer = serve.pid_of(browser)  # the kept-alive connection stays on one worker
        (other,) = workers - {issuer}
        r = browser.post(
            "/api/v1/auth/browser/ws-ticket", headers={CSRF_HEADER: "1", "origin": serve.base}
        )
        assert r.status_code == 201, r.text
        assert serve.pid_of(browser) == issuer
        auth = json.dumps({"type": "auth", "ticket": r.json()["ticket"]})
        with contextlib.ExitStack() as opened:
            ws = _socket_on(serve, other, opened)
            ws.send(auth)
            assert json.loads(ws.recv(timeout=20)) == {
                "type": "ready",
                "user_id": signed_in.json()["user_id"],
            }
            # Spent: neither process takes it again.
            for pid in (issuer, other):
                replay = _socket_on(serve, pid, opened)
                replay.send(auth)
                assert _closed_with(replay) == 1008
