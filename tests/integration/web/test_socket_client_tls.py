"""The tests' WebSocket client (tests/support/wss.py) does all the TLS work of a socket on one
thread. OpenSSL allows one SSL object to be used by one thread at a time; websockets' threaded
blocking client read on a background thread while the test's thread wrote, and about one
socket in a few thousand lost its upgrade answer or read a corrupt record (ADR 0035). This
records, through the ssl module's own hook for the class of a context's SSL objects, which
thread each read, write and handshake step ran on, over a real socket to a real server."""

from __future__ import annotations

import json
import ssl
import threading
from collections import defaultdict
from typing import Any

import pytest

from tests.integration.comms.chat.helpers import ssl_context, ws_url
from tests.support.live import LiveServer, create_workspace, sign_in
from tests.support.wss import open_wss

pytestmark = pytest.mark.slow

# SSL object (by id) -> {operation: threads it ran on}
Seen = dict[int, dict[str, set[int]]]


def recording_context(live: LiveServer, seen: Seen) -> ssl.SSLContext:
    class RecordingSSLObject(ssl.SSLObject):
        def _note(self, operation: str) -> None:
            seen[id(self)][operation].add(threading.get_ident())

        def do_handshake(self) -> None:
            self._note("handshake")
            super().do_handshake()

        def read(self, *args: Any, **kwargs: Any) -> Any:
            self._note("read")
            return super().read(*args, **kwargs)

        def write(self, data: Any) -> int:
            self._note("write")
            return super().write(data)

    ctx = ssl_context(live)
    ctx.sslobject_class = RecordingSSLObject
    return ctx


def test_a_sockets_tls_reads_and_writes_run_on_one_thread(live: LiveServer) -> None:
    owner = create_workspace(live.container, "tls-thread")
    sign_in(live, owner)
    seen: Seen = defaultdict(lambda: defaultdict(set))
    with open_wss(ws_url(live), ssl_context=recording_context(live, seen)) as ws:
        ws.send(json.dumps({"type": "auth", "token": owner.token}))
        assert json.loads(ws.recv(timeout=10))["type"] == "ready"
        for _ in range(20):  # writes while the server's answers are arriving
            ws.send(json.dumps({"type": "ping"}))
        for _ in range(20):
            assert json.loads(ws.recv(timeout=10)) == {"type": "pong"}

    assert len(seen) == 1, seen  # the socket's one SSL object
    (operations,) = seen.values()
    assert {"handshake", "read", "write"} <= set(operations), operations
    threads = set().union(*operations.values())
    assert len(threads) == 1, operations
    assert threading.get_ident() not in threads  # the loop thread, not the test's
