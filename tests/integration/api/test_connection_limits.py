"""Slow and idle clients are cut off and others keep being served (issue 10 item 3); a
request the HTTP parser rejects gets the JSON error format (item 5). Raw sockets against a
real server with short limits: what a slowloris client, an idle socket and a client with a
wrong Content-Length actually send."""

from __future__ import annotations

import json
import socket
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from callvault.web.connection_limits import ConnectionTable, LimitedConfig
from callvault.web.guarded_protocol import MAX_HEADERS
from tests.integration.comms.chat.helpers import raw_socket
from tests.support.databases import migrated_url
from tests.support.live import LiveServer, live_server, make_container

pytestmark = pytest.mark.slow

LIMITS = {
    "tls_handshake_timeout_seconds": 1.0,
    "http_idle_timeout_seconds": 1.0,
    "http_header_timeout_seconds": 1.5,
    "http_body_timeout_seconds": 1.5,
    "http_keep_alive_seconds": 1,
    "max_connections_per_client": 4,
    "max_connections": 6,
}
OTHER_ADDRESS = "127.0.0.2"  # Linux routes all of 127/8 to loopback: a second client


@contextmanager
def started(tmp: pytest.TempPathFactory, **settings: object) -> Iterator[LiveServer]:
    """A server over its own SQLite database (connection handling is the same on both)."""
    with migrated_url("sqlite", tmp.mktemp("db")) as url:
        c = make_container(url, tmp.mktemp("data"), **settings)
        try:
            with live_server(c) as live:
                yield live
        finally:
            c.close()


def settled(live: LiveServer) -> LiveServer:
    """The server once the connections of the test before have all ended."""
    table = connections(live)
    deadline = time.monotonic() + 5
    while table.total and time.monotonic() < deadline:
        time.sleep(0.05)
    assert table.total == 0, dict(table.per_client)
    return live


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with started(tmp_path_factory, **LIMITS) as live:
        yield live


@pytest.fixture
def live(server: LiveServer) -> LiveServer:
    return settled(server)


@pytest.fixture(scope="module")
def patient(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """Caps as above, but idle connections stay long enough to be counted at leisure."""
    with started(tmp_path_factory, **{**LIMITS, "http_idle_timeout_seconds": 60.0}) as live:
        yield live


def connections(live: LiveServer) -> ConnectionTable:
    config = live.server.config
    assert isinstance(config, LimitedConfig)
    return config.connections


def tcp(live: LiveServer, source: str = "127.0.0.1") -> socket.socket:
    port = live.container.settings.port
    return socket.create_connection(("127.0.0.1", port), timeout=10, source_address=(source, 0))


def tls(live: LiveServer, source: str = "127.0.0.1") -> ssl.SSLSocket:
    ctx = ssl.create_default_context(cafile=str(live.cert))
    return ctx.wrap_socket(tcp(live, source), server_hostname="127.0.0.1")


def read_until_closed(sock: socket.socket, within: float) -> tuple[bytes, float]:
    """Everything the server sends until it closes, and how long that took."""
    start, data = time.monotonic(), b""
    sock.settimeout(within)
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except (ConnectionResetError, ssl.SSLEOFError, BrokenPipeError):
        pass
    except TimeoutError:
        pytest.fail(f"still open after {within} s; received {data!r}")
    return data, time.monotonic() - start


def responses(data: bytes) -> list[tuple[int, dict[str, object]]]:
    """(status, JSON body) of each response in a raw byte stream."""
    out = []
    while data:
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode().split("\r\n")
        headers = dict(line.lower().split(": ", 1) for line in lines[1:])
        assert headers["content-type"] == "application/json", head
        length = int(headers["content-length"])
        out.append((int(lines[0].split()[1]), json.loads(rest[:length])))
        data = rest[length:]
    return out


def served(live: LiveServer, source: str = "127.0.0.1") -> int:
    ctx = ssl.create_default_context(cafile=str(live.cert))
    transport = httpx.HTTPTransport(verify=ctx, local_address=source)
    with httpx.Client(transport=transport, timeout=5) as client:
        return client.get(f"{live.base_url}/healthz").status_code


def test_idle_connection_is_closed(live: LiveServer) -> None:
    with tls(live) as sock:
        data, took = read_until_closed(sock, within=5)
    assert data == b"" and took < 3


def test_silent_tcp_connection_is_closed_during_the_handshake(live: LiveServer) -> None:
    with tcp(live) as sock:  # never sends a ClientHello
        data, took = read_until_closed(sock, within=5)
    assert data == b"" and took < 3


def test_slowloris_is_cut_off_while_others_are_served(live: LiveServer) -> None:
    """Header lines dripped slower than the head timeout allows: answered 408 and closed
    after ~1.5 s, however busy the client keeps the socket; meanwhile others are served."""
    with tls(live) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        start = time.monotonic()
        try:
            for i in range(30):
                time.sleep(0.2)
                sock.sendall(f"X-Drip-{i}: a\r\n".encode())
                if i == 2:
                    assert served(live) == 200
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass
        data, _ = read_until_closed(sock, within=5)
        took = time.monotonic() - start
    ((status, body),) = responses(data)
    assert status == 408 and body["error"]["code"] == "request_timeout"  # type: ignore[index]
    assert 1.2 < took < 4
    assert served(live) == 200


def test_stalled_body_gets_408_and_the_app_stops_waiting(live: LiveServer) -> None:
    with tls(live) as sock:
        sock.sendall(
            b"POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: x\r\n"
            b'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"work'
        )
        data, took = read_until_closed(sock, within=6)
    ((status, body),) = responses(data)
    assert status == 408 and body["error"]["code"] == "request_timeout"  # type: ignore[index]
    assert took < 4


def test_connections_per_address_are_capped_and_other_addresses_served(
    patient: LiveServer,
) -> None:
    live = settled(patient)
    held = [tls(live) for _ in range(LIMITS["max_connections_per_client"])]
    try:
        time.sleep(0.2)
        with tls(live) as refused:
            data, _ = read_until_closed(refused, within=5)
        ((status, body),) = responses(data)
        assert status == 429 and body["error"]["code"] == "too_many_connections"  # type: ignore[index]
        assert served(live, source=OTHER_ADDRESS) == 200
        # The server total (6) is reached: a third address is told the server is busy.
        held += [tls(live, source=OTHER_ADDRESS) for _ in range(2)]
        time.sleep(0.2)
        with tls(live, source="127.0.0.3") as busy:
            data, _ = read_until_closed(busy, within=5)
        assert responses(data)[0][0] == 503
    finally:
        for sock in held:
            sock.close()
    time.sleep(0.3)
    assert served(live) == 200  # the slots came back


@pytest.mark.parametrize(
    "length",
    [b"abc", b"-1", b"1e3", b"5, 6"],
    ids=["non-numeric", "negative", "exponent", "conflicting"],
)
def test_bad_content_length_gets_the_json_error(live: LiveServer, length: bytes) -> None:
    with tls(live) as sock:
        sock.sendall(
            b"POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
            b"\r\nContent-Length: " + length + b"\r\n\r\n{}"
        )
        data, _ = read_until_closed(sock, within=5)
    ((status, body),) = responses(data)
    assert status == 400 and body["error"]["code"] == "malformed_request"  # type: ignore[index]


def test_body_longer_than_its_content_length_gets_the_json_error(live: LiveServer) -> None:
    """The bytes past the declared length are read as the next request: a JSON 400 too."""
    with tls(live) as sock:
        sock.sendall(
            b"POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
            b'\r\nContent-Length: 2\r\n\r\n{}, "extra": "bytes"}'
        )
        data, _ = read_until_closed(sock, within=5)
    answers = responses(data)  # all JSON (the declared two bytes may be answered first)
    assert [status for status, _ in answers[:-1]] in ([], [422])
    assert answers[-1][0] == 400
    assert answers[-1][1]["error"]["code"] == "malformed_request"  # type: ignore[index]


def test_too_many_headers_get_431(live: LiveServer) -> None:
    extra = b"".join(b"x-h%d: v\r\n" % n for n in range(MAX_HEADERS))
    with tls(live) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + extra + b"\r\n")
        data, _ = read_until_closed(sock, within=5)
    ((status, body),) = responses(data)
    assert status == 431 and body["error"]["code"] == "request_head_too_large"  # type: ignore[index]
    assert served(live) == 200


def test_headers_larger_than_the_head_limit_get_431(live: LiveServer) -> None:
    headers = b"".join(b"x-h%d: %s\r\n" % (n, b"v" * 1000) for n in range(40))  # 40 KB
    with tls(live) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + headers + b"\r\n")
        data, _ = read_until_closed(sock, within=5)
    ((status, body),) = responses(data)
    assert status == 431 and body["error"]["code"] == "request_head_too_large"  # type: ignore[index]


def test_a_header_that_never_ends_is_cut_off_before_the_head_timeout(live: LiveServer) -> None:
    """A megabyte into one header, never finished: refused as it grows (431 or, with the
    client's bytes still unread, a reset), not held until the 1.5 s head timeout's 408."""
    with tls(live) as sock:
        sock.settimeout(5)
        start = time.monotonic()
        try:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nx-big: " + b"v" * 1_000_000)
            data, _ = read_until_closed(sock, within=5)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            data = b""
        took = time.monotonic() - start
    assert b" 408 " not in data and took < 1.4
    assert data == b"" or responses(data)[0][0] == 431
    assert served(live) == 200


def test_a_large_head_within_the_limit_is_served(live: LiveServer) -> None:
    with tls(live) as sock:
        sock.sendall(
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\nx-big: "
            + b"v" * 30_000
            + b"\r\n\r\n"
        )
        data, _ = read_until_closed(sock, within=5)
    assert data.startswith(b"HTTP/1.1 200")


def test_keep_alive_connection_is_closed_after_its_timeout(live: LiveServer) -> None:
    with tls(live) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        data, took = read_until_closed(sock, within=5)
    assert data.startswith(b"HTTP/1.1 200") and took < 3


def test_limits_come_from_the_settings(tmp_path: Path) -> None:
    from callvault.core.settings import Settings
    from callvault.web.connection_limits import ConnectionLimits

    limits = ConnectionLimits.from_settings(Settings(data_dir=tmp_path, **LIMITS))  # type: ignore[arg-type]
    assert (limits.header_timeout, limits.max_per_client, limits.max_total) == (1.5, 4, 6)


def test_a_websocket_keeps_its_slot_until_it_closes(patient: LiveServer) -> None:
    live = settled(patient)
    with raw_socket(live):
        time.sleep(0.2)
        assert dict(connections(live).per_client) == {"127.0.0.1": 1}
    settled(live)  # released by the WebSocket protocol it was handed to
