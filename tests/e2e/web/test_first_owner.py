"""A fresh install's first owner in the browser: `callvault init --link` prints a one-time
link, which names the account; the owner chooses a password on it and is signed in with it
straight away. Plain `callvault init` prints a sign-in link
that fills the form the same way; the generated password works there, and opens only the
choice of the owner's own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect
from typer.testing import CliRunner

from callvault.cli.main import app
from tests.e2e.web.browser import WebApp, web_app
from tests.support.databases import empty_all_tables
from tests.support.live import live_server, make_container

LINK = re.compile(r"https://127\.0\.0\.1:8443(/invite/cvi_\S+)")
SIGN_IN = re.compile(r"https://127\.0\.0\.1:8443(/sign-in#\S+)")
PASSWORD = re.compile(r"password:\s+(\S+)")


Fresh = tuple[dict[str, str], Path, str]


@pytest.fixture
def fresh(database_url: str, data_dir: Path) -> Fresh:
    """An empty database and data directory, and the environment that points the CLI at them."""
    env = {"CALLVAULT_DATA_DIR": str(data_dir), "CALLVAULT_DATABASE_URL": database_url}
    return env, data_dir, database_url


@contextmanager
def serving(fresh: Fresh, chromium: Browser) -> Iterator[WebApp]:
    """`callvault serve` over what init made, and the browser to use it."""
    _, data_dir, database_url = fresh
    c = make_container(database_url, data_dir)
    try:
        with live_server(c) as live, web_app(live, chromium) as web:
            yield web
    finally:
        empty_all_tables(c.db)
        c.close()


def test_first_owner_sets_a_password_from_the_init_link(fresh: Fresh, chromium: Browser) -> None:
    env = fresh[0]
    out = CliRunner().invoke(app, ["init", "--workspace", "Acme-Co", "--link"], env=env)
    assert out.exit_code == 0, out.output
    assert "password:" not in out.output  # no generated password: the owner chooses one
    link = LINK.search(out.output)
    assert link, out.output
    with serving(fresh, chromium) as web:
        page, watcher = web.page()
        page.goto(web.url + "/")  # nobody signed in: sign-in, with no "where you were"
        expect(page.get_by_role("heading", name="Sign in to callvault")).to_be_visible()
        expect(page.get_by_text("continue where you were")).to_have_count(0)
        page.get_by_text("First sign-in after installing callvault?").click()
        expect(page.get_by_text("callvault user reset-password")).to_be_visible()
        web.check_page(page, "first-run-sign-in")

        page.goto(web.url + link.group(1))
        expect(page.get_by_role("heading", name="Set your password")).to_be_visible()
        whose = "For owner@callvault.local in workspace My company (acme-co)."
        expect(page.get_by_text(whose)).to_be_visible()
        page.get_by_label("New password", exact=True).fill("our own first passphrase")
        page.get_by_label("New password again").fill("our own first passphrase")
        page.get_by_role("button", name="Set password").click()
        # Signed in with the password just chosen; it is the owner's own, so nothing holds.
        expect(page.get_by_role("heading", name="Welcome, Owner")).to_be_visible()
        web.check_page(page, "first-run-signed-in")
        assert watcher.problems == []


def test_plain_init_prints_a_sign_in_link_the_password_works_on(
    fresh: Fresh, chromium: Browser
) -> None:
    out = CliRunner().invoke(app, ["init"], env=fresh[0])
    assert out.exit_code == 0, out.output
    sign_in, password = SIGN_IN.search(out.output), PASSWORD.search(out.output)
    assert sign_in and password, out.output
    with serving(fresh, chromium) as web:
        page, _ = web.page()
        page.goto(web.url + sign_in.group(1))
        expect(page.get_by_label("Workspace")).to_have_value("default")
        expect(page.get_by_label("Email")).to_have_value("owner@callvault.local")
        page.get_by_label("Password").fill(password.group(1))
        page.get_by_role("button", name="Sign in").click()
        # The printed password is a temporary one: the app asks for the owner's own first.
        expect(page.get_by_role("heading", name="Change your password")).to_be_visible()
        page.get_by_label("Current password").fill(password.group(1))
        own = "our own first passphrase"
        page.get_by_label("New password (at least 8 characters; common ones are refused)").fill(own)
        page.get_by_label("New password again").fill(own)
        page.get_by_role("button", name="Change password").click()
        expect(page.get_by_role("heading", name="Welcome, Owner")).to_be_visible()
