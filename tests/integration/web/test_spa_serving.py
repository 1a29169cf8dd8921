"""The web app's files on the API's origin (ADR 0018): hashed assets cached as immutable,
index.html never cached and under the page CSP, client routes falling back to index.html
but API paths never, and a clear answer when the app was not built."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from callvault.web import openapi_export, spa
from tests.support.live import LiveServer, serving


@pytest.fixture
def built() -> Path:
    index = spa.STATIC_DIR / "index.html"
    if not index.is_file():
        pytest.fail("The web app is not built: run scripts/build-web.sh (make test does).")
    return index


def test_index_is_no_store_under_the_page_csp(live: LiveServer, built: Path) -> None:
    for path in ("/", "/calls", "/calls/some-id?direction=inbound", "/sign-in?next=/calls"):
        r = live.client().get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html")
        assert r.headers["cache-control"] == "no-store"
        assert r.text == built.read_text()
        csp = r.headers["content-security-policy"]
        host = live.base_url.removeprefix("https://")
        assert "script-src 'self';" in csp
        assert "style-src 'self';" in csp
        assert f"connect-src 'self' wss://{host};" in csp
        assert "unsafe-inline" not in csp
        assert "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp
        assert r.headers["permissions-policy"] == "camera=(), geolocation=(), microphone=(self)"


def test_a_forged_host_is_not_put_into_the_csp(live: LiveServer, built: Path) -> None:
    r = live.client().get("/", headers={"host": "evil.example; script-src *"})
    assert "evil" not in r.headers["content-security-policy"]


def test_hashed_assets_are_immutable(live: LiveServer, built: Path) -> None:
    names = re.findall(r'(?:src|href)="/assets/([^"]+)"', built.read_text())
    assert names, "index.html names no assets"
    for name in names:
        r = live.client().get(f"/assets/{name}")
        assert r.status_code == 200
        assert r.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert r.headers["content-type"].startswith(("text/javascript", "text/css"))


def test_api_paths_and_unknown_assets_stay_json_404s(live: LiveServer, built: Path) -> None:
    for path in ("/api/v1/no-such-thing", "/api/v1", "/assets/nope.js", "/assets/..%2Fapp.py"):
        r = live.client().get(path)
        assert r.status_code == 404, path
        assert r.headers["content-type"] == "application/json"
        assert r.json()["error"]["code"] == "not_found"


def test_without_a_build_the_page_says_how_to_build(
    database_url: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spa, "STATIC_DIR", tmp_path / "nothing-built")
    with serving(database_url, data_dir) as live:
        r = live.client().get("/calls")
        assert r.status_code == 503
        assert "scripts/build-web.sh" in r.text
        assert live.client().get("/healthz").status_code == 200


def test_the_exported_schema_is_the_served_one(live: LiveServer) -> None:
    served = live.client().get("/api/v1/openapi.json").json()
    assert openapi_export.document() == served


def test_assets_go_compressed_to_browsers_that_accept_gzip(live: LiveServer, built: Path) -> None:
    names = re.findall(r'(?:src|href)="/assets/([^"]+)"', built.read_text())
    for name in names:
        original = (spa.STATIC_DIR / "assets" / name).read_bytes()
        packed = live.client().get(f"/assets/{name}", headers={"accept-encoding": "gzip, br"})
        assert packed.headers["content-encoding"] == "gzip"
        assert packed.headers["vary"] == "accept-encoding"
        assert int(packed.headers["content-length"]) < len(original) / 2
        assert packed.content == original  # httpx undoes the gzip
        plain = live.client().get(f"/assets/{name}", headers={"accept-encoding": "identity"})
        assert "content-encoding" not in plain.headers
        assert plain.content == original
        refused = live.client().get(f"/assets/{name}", headers={"accept-encoding": "gzip;q=0"})
        assert "content-encoding" not in refused.headers
