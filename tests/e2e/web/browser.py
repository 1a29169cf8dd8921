"""Driving the web app in Debian's Chromium (Playwright, no downloaded browser): a context
per test, every console error, page error and CSP violation collected, screenshots and
axe-core checks of each page."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Locator, Page, expect

from callvault.web.browser_session import COOKIE
from tests.support import factories as f
from tests.support.live import PASSWORD, LiveServer, Member

ROOT = Path(__file__).resolve().parents[3]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts" / "web"
AXE = ROOT / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
# Reports CSP violations to the test: added through the DevTools protocol, which the page's
# CSP does not apply to (the page itself may run no inline script).
REPORT_VIOLATIONS = """
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolation(
    `${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
});
"""
_FAILED_LOAD = re.compile(r"Failed to load resource: the server responded with a status of (\d+)")


@dataclass
class Watcher:
    """What went wrong in one browser context. A test that provokes an HTTP error on purpose
    (a wrong password: 401) says so with allow_http; Chromium logs those as console errors."""

    name: str
    problems: list[str] = field(default_factory=list)
    allowed_statuses: set[int] = field(default_factory=set)

    def allow_http(self, *statuses: int) -> None:
        self.allowed_statuses.update(statuses)

    def console(self, message: ConsoleMessage) -> None:
        if message.type not in ("error", "warning"):
            return
        failed = _FAILED_LOAD.search(message.text)
        if failed and int(failed.group(1)) in self.allowed_statuses:
            return
        if message.type == "warning" and "Content-Security-Policy" not in message.text:
            return
        self.problems.append(f"console {message.type}: {message.text} @ {message.location}")


@dataclass
class WebApp:
    """The live server plus the browser; contexts made here are checked when the test ends."""

    live: LiveServer
    browser: Browser
    backend: str
    watchers: list[Watcher] = field(default_factory=list)
    contexts: list[BrowserContext] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.live.base_url

    def page(self, name: str = "browser", *, width: int = 1280) -> tuple[Page, Watcher]:
        context = self.browser.new_context(
            ignore_https_errors=True, viewport={"width": width, "height": 900}
        )
        self.contexts.append(context)
        watcher = Watcher(name)
        self.watchers.append(watcher)
        context.expose_function(
            "__cspViolation", lambda text: watcher.problems.append(f"CSP: {text}")
        )
        context.add_init_script(REPORT_VIOLATIONS)
        page = context.new_page()
        page.on("console", watcher.console)
        page.on("pageerror", lambda e: watcher.problems.append(f"page error: {e}"))
        return page, watcher

    def signed_in_page(self, m: Member, name: str = "browser", **kw: Any) -> tuple[Page, Watcher]:
        """A context holding a session cookie for m, made as sign-in would make it (the
        sign-in form itself is tested on its own)."""
        page, watcher = self.page(name, **kw)
        token, _ = f.session_token(self.live.container, m.workspace_id, m.user_id)
        page.context.add_cookies(
            [
                {
                    "name": COOKIE,
                    "value": token,
                    "url": self.url + "/",
                    "secure": True,
                    "httpOnly": True,
                    "sameSite": "Strict",
                }
            ]
        )
        return page, watcher

    def sign_in_with_form(self, page: Page, m: Member, password: str = PASSWORD) -> None:
        page.get_by_label("Workspace").fill(m.slug)
        page.get_by_label("Email").fill(m.email)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()

    def shot(self, page: Page, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{self.backend}.png"), full_page=True)

    def check_page(self, page: Page, name: str) -> None:
        """Screenshot, then axe-core: no serious or critical accessibility violation. The
        page is looked at once nothing on it still says it is loading (a status line that
        starts "Loading": the home page's calls, the call page's chart)."""
        expect(page.get_by_role("status").filter(has_text=_LOADING)).to_have_count(0)
        self.shot(page, name)
        violations = axe_violations(page)
        assert violations == [], f"{name}: {violations}"

    def problems(self) -> list[str]:
        return [f"[{w.name}] {p}" for w in self.watchers for p in w.problems]

    def close(self) -> None:
        for context in self.contexts:
            context.close()


_LOADING = re.compile(r"^\s*Loading")


def axe_violations(page: Page) -> list[str]:
    """Serious and critical axe-core findings (run through the DevTools protocol, as the
    page's CSP forbids injecting a script)."""
    page.evaluate(AXE.read_text())
    result: dict[str, Any] = page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations']})"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + json.dumps([n["target"] for n in v["nodes"]][:5])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@contextmanager
def web_app(live: LiveServer, browser: Browser) -> Iterator[WebApp]:
    backend = (
        "postgresql" if live.container.settings.database_url.startswith("postgres") else "sqlite"
    )
    app = WebApp(live, browser, backend)
    try:
        yield app
    finally:
        app.close()
    assert app.problems() == [], "\n".join(app.problems())


def wait_until(page: Page, expression: str, *, timeout: float = 5.0) -> Any:
    """Poll a page expression until it is truthy. Not page.wait_for_function: its polling
    compiles the predicate with eval inside the page, which the page's CSP rightly refuses;
    page.evaluate goes through the DevTools protocol instead."""
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(expression)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        page.wait_for_timeout(50)


def audio_seconds(page: Page, selector: str = "audio") -> float:
    """The length of the audio the page's player loaded (its metadata came through the
    session cookie: media requests carry it)."""
    wait_until(page, f"document.querySelector({json.dumps(selector)})?.readyState >= 1")
    return float(page.evaluate(f"document.querySelector({json.dumps(selector)}).duration"))


def nav_section(page: Page, name: str) -> Locator:
    """The main navigation with its section `name` ("Admin", "Account") opened: those links
    are in the page only while their section is open."""
    nav = page.get_by_role("navigation", name="Main")
    button = nav.get_by_role("button", name=name, exact=True)
    if button.get_attribute("aria-expanded") != "true":
        button.click()
    return nav


def save_sso(page: Page, form: Locator, password: str = PASSWORD) -> None:
    """Save the single sign-on form, confirmed with the owner's password in the dialog that
    Save opens (ADR 0043, addendum)."""
    form.get_by_role("button", name="Save").click()
    dialog = page.get_by_role("dialog", name=re.compile("^Confirm with your password"))
    dialog.get_by_label("Your password").fill(password)
    dialog.get_by_role("button", name="Save settings").click()
    expect(dialog).to_be_hidden()
