"""Sign-in, the return path, throttling shown, sign-out (real server, real Chromium)."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, expect

from tests.e2e.web.browser import WebApp, web_app
from tests.support.live import create_workspace, serving


def test_sign_in_errors_then_back_where_the_user_was_going(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-signin")
    page, watcher = web.page()
    page.goto(web.url + "/calls?direction=outbound")
    expect(page).to_have_url(web.url + "/sign-in?next=%2Fcalls%3Fdirection%3Doutbound")
    expect(page.get_by_role("heading", name="Sign in to callvault")).to_be_visible()
    web.check_page(page, "sign-in")

    watcher.allow_http(401)  # the wrong password's answer
    web.sign_in_with_form(page, owner, password="not my password")
    expect(page.get_by_role("alert")).to_have_text("Wrong workspace, email or password.")
    expect(page.get_by_label("Email")).to_have_value(owner.email)  # what was typed stays

    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(web.url + "/calls?direction=outbound")
    expect(page.get_by_label("Direction")).to_have_value("outbound")
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("Calls")


def test_sign_out_returns_to_sign_in_and_the_session_is_gone(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-signout")
    page, _ = web.signed_in_page(owner)
    page.goto(web.url + "/")
    expect(page.get_by_role("heading", name="Welcome, Owner of web-signout")).to_be_visible()
    web.check_page(page, "home")
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(web.url + "/sign-in")
    page.goto(web.url + "/devices")
    expect(page).to_have_url(web.url + "/sign-in?next=%2Fdevices")


def test_throttled_sign_in_says_when_to_try_again(
    database_url: str, data_dir: Path, chromium: Browser
) -> None:
    with (
        serving(
            database_url, data_dir, signin_free_failures_per_pair=1, signin_first_delay_seconds=60
        ) as live,
        web_app(live, chromium) as web,
    ):
        owner = create_workspace(live.container, "web-throttle")
        page, watcher = web.page()
        watcher.allow_http(401, 429)
        page.goto(web.url + "/sign-in")
        web.sign_in_with_form(page, owner, password="wrong once")
        expect(page.get_by_role("alert")).to_have_text("Wrong workspace, email or password.")
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("alert")).to_contain_text("try again later")
        expect(page.get_by_role("alert")).to_contain_text(" s)")
        web.shot(page, "sign-in-throttled")


def test_keyboard_only_sign_in_and_navigation(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-keys")
    page, _ = web.page()
    page.goto(web.url + "/sign-in")
    expect(page.get_by_role("heading", name="Sign in to callvault")).to_be_focused()
    for value in (owner.slug, owner.email, "correct horse battery staple"):
        page.keyboard.press("Tab")
        page.keyboard.type(value)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Welcome, Owner of web-keys")).to_be_visible()
    # The first Tab reaches the skip link, which takes focus past the navigation.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Home", exact=True)).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Phone", exact=True)).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Calls", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(web.url + "/calls")
    # A navigation moves focus to the new page's content.
    expect(page.locator("main#main")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Direction")).to_be_focused()
