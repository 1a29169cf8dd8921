"""An unexpected error is a generic JSON 500 with the same security headers as every other
response: Starlette answers it outside the app's middleware (an outside probe found a 500
with no HSTS, nosniff, CSP or no-store)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from callvault.web import errors
from callvault.web.middleware import SECURITY_HEADERS


def test_a_500_carries_the_security_headers_and_no_detail() -> None:
    app = FastAPI()
    errors.install(app)

    @app.get("/boom")
    def boom() -> None:
        raise OverflowError("date value out of range: 0001-01-01")

    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.get("/boom")
    assert r.status_code == 500
    assert r.json()["error"]["code"] == "internal_error"
    assert "0001" not in r.text
    for name, value in SECURITY_HEADERS:
        assert r.headers[name.decode()] == value.decode()
