"""TLS only (1.2+), security headers, health probes, OpenAPI, rate limiting."""

from __future__ import annotations

import os
import socket
import ssl
import warnings

import pytest

from tests.support.live import LiveServer, live_server, make_container

pytestmark = pytest.mark.slow


def test_tls_1_1_refused_1_2_and_1_3_accepted(live: LiveServer) -> None:
    port = live.container.settings.port
    for version, ok in (
        (ssl.TLSVersion.TLSv1_1, False),
        (ssl.TLSVersion.TLSv1_2, True),
        (ssl.TLSVersion.TLSv1_3, True),
    ):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        try:
            with warnings.catch_warnings():  # asking for TLS 1.1 on purpose
                warnings.simplefilter("ignore", DeprecationWarning)
                ctx.minimum_version = ctx.maximum_version = version
            ctx.set_ciphers("ALL:@SECLEVEL=0")
        except (ValueError, ssl.SSLError):
            assert not ok
            continue
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            if ok:
                with ctx.wrap_socket(raw) as tls:
                    assert tls.version() in ("TLSv1.2", "TLSv1.3")
            else:
                with pytest.raises(ssl.SSLError):
                    ctx.wrap_socket(raw)


@pytest.mark.parametrize(
    ("ciphers", "ok"),
    [
        ("ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA", False),
        # The two CBC suites OpenSSL's default list offered in TLS 1.2.
        ("ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384", False),
        ("ECDHE-ECDSA-AES128-GCM-SHA256", True),
        ("ECDHE-ECDSA-AES256-GCM-SHA384", True),
        ("ECDHE-ECDSA-CHACHA20-POLY1305", True),
    ],
)
def test_tls_1_2_offers_aead_suites_only(live: LiveServer, ciphers: str, ok: bool) -> None:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=str(live.cert))
    ctx.minimum_version = ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(ciphers)
    port = live.container.settings.port
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        if not ok:
            with pytest.raises(ssl.SSLError):  # no shared cipher: the server hangs up
                ctx.wrap_socket(raw, server_hostname="127.0.0.1").close()
            return
        with ctx.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            name, version, _ = tls.cipher()  # type: ignore[misc]
            assert version == "TLSv1.2" and name == ciphers


def test_plain_http_gets_no_http_answer(live: LiveServer) -> None:
    """The only listener speaks TLS: a plain HTTP request never gets an HTTP response."""
    with socket.create_connection(("127.0.0.1", live.container.settings.port), timeout=5) as raw:
        raw.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        try:
            data = raw.recv(4096)
        except (ConnectionResetError, TimeoutError):
            data = b""
    assert not data.startswith(b"HTTP/")


def test_security_headers_on_every_response(live: LiveServer) -> None:
    client = live.client()
    for r in (client.get("/healthz"), client.get("/api/v1/me"), client.get("/nope")):
        assert r.headers["strict-transport-security"].startswith("max-age=")
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert "default-src 'none'" in r.headers["content-security-policy"]
        assert r.headers["cache-control"] == "no-store"
        assert "server" not in r.headers


def test_health_readiness_and_openapi(live: LiveServer) -> None:
    client = live.client()
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and all(ready.json()["checks"].values())
    # Unauthenticated: ready or not and which check failed, nothing about the processes
    # (ADR 0016, addendum): no pid, no worker count, no version.
    assert set(ready.json()) == {"status", "checks"}
    assert str(os.getpid()) not in ready.text
    spec = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/auth/sign-in" in spec["paths"]
    assert spec["paths"]["/api/v1/users"]["post"]["x-callvault-access"] == "users.manage"


def test_rate_limit(database_url: str, data_dir) -> None:
    from tests.support.databases import empty_all_tables

    # Per hour: a sliding window counter weighs in the previous window's hits, so a test
    # that crossed a window's end could get one more through.
    c = make_container(database_url, data_dir, rate_limit="5/hour")
    try:
        with live_server(c) as server:
            client = server.client()
            codes = [client.get("/api/v1/me").status_code for _ in range(7)]
            assert codes[:5] == [401] * 5 and codes[5:] == [429, 429]
            r = client.get("/api/v1/me")
            assert (
                r.json()["error"]["code"] == "rate_limited" and int(r.headers["retry-after"]) >= 1
            )
            assert client.get("/healthz").status_code == 200  # probes are never limited
    finally:
        empty_all_tables(c.db)
        c.close()
