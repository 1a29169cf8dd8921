"""One Chromium per test session (per xdist worker), a live server and fresh browser contexts
per test; a test fails on any console error or CSP violation (browser.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from callvault.web import spa
from tests.e2e.web.browser import CHROMIUM, CHROMIUM_ARGS, WebApp, web_app
from tests.support.live import LiveServer


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
