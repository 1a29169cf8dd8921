"""One Chromium per test session (per xdist worker), a live server and fresh browser contexts
per test; a test fails on any console error or CSP violation (browser.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from callvault.web import spa
from tests.e2e.web.browser import CHROMIUM, CHROMIUM_ARGS, WebApp, web_app
from tests.support.databases import migrated_url
from tests.support.live import LiveServer, serving
from tests.support.oidc_provider import Provider, running_provider

# The pages run on SQLite only (what `make run` uses), unless CALLVAULT_TEST_WEB_BACKENDS
# names more ("sqlite,postgresql"): a page only reads and writes through the API, and every
# API route already runs on both backends in tests/integration; a browser test per backend
# doubled ~5 minutes of the suite's 20-minute budget for no path the API tests miss.
WEB_BACKENDS = os.environ.get("CALLVAULT_TEST_WEB_BACKENDS", "sqlite").split(",")


@pytest.fixture(scope="session", params=WEB_BACKENDS)
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The root conftest's migrated database, for the backends the page tests run on."""
    backend = request.param
    with migrated_url(backend, tmp_path_factory.mktemp(f"web-db-{backend}")) as url:
        yield url


# Per module, not per session: Playwright's sync API keeps an event loop running in the test
# thread while it is started, so every later test in the same worker that calls asyncio.run()
# (the realtime, Redis and protocol tests) would fail; a module's end stops it.
@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        message = "Debian's chromium is missing: run scripts/system-deps.sh"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    if not (spa.STATIC_DIR / "index.html").is_file():
        pytest.fail("The web app is not built: run scripts/build-web.sh (make test does).")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def web(live: LiveServer, chromium: Browser) -> Iterator[WebApp]:
    with web_app(live, chromium) as app:
        yield app


# Single sign-on pages: a server that admits the test provider's http://127.0.0.1 issuer
# (only oidc_allow_insecure_issuers does), and the provider itself.
@pytest.fixture
def sso_web(database_url: str, data_dir: Path, chromium: Browser) -> Iterator[WebApp]:
    with (
        serving(database_url, data_dir, oidc_allow_insecure_issuers=True) as live,
        web_app(live, chromium) as web,
    ):
        yield web


@pytest.fixture
def idp() -> Iterator[Provider]:
    with running_provider() as provider:
        yield provider
