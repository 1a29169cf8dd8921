"""An invitation's one-time link: set a password (the policy's message shown, the link not
spent by a refused one), then sign in with it; the link works once."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.web.browser import WebApp
from tests.support.live import Member, create_workspace, sign_in

NEW_PASSWORD = "a brand new passphrase"


def test_invited_user_sets_a_password_and_signs_in(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-invite")
    r = web.live.client(sign_in(web.live, owner)).post(
        "/api/v1/users",
        json={"email": "nia@web-invite.example.com", "name": "Nia", "role": "member"},
    )
    assert r.status_code == 201, r.text
    link = r.json()["invitation"]["url"]
    assert link.startswith(web.url + "/invite/")

    page, watcher = web.page()
    page.goto(link)
    expect(page.get_by_role("heading", name="Set your password")).to_be_visible()
    # The link says whose password this is, and in which workspace they will sign in.
    whose = "For nia@web-invite.example.com in workspace web-invite."
    expect(page.get_by_text(whose)).to_be_visible()
    web.check_page(page, "invite")
    watcher.allow_http(422, 400)
    page.get_by_label("New password", exact=True).fill("password")
    page.get_by_label("New password again").fill("password")
    page.get_by_role("button", name="Set password").click()
    expect(page.get_by_role("alert")).to_be_visible()
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("New password again").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set password").click()
    expect(page.get_by_role("status")).to_have_text("You can sign in with it now.")

    page.get_by_role("link", name="Sign in").click()
    expect(page.get_by_label("Workspace")).to_have_value("web-invite")
    expect(page.get_by_label("Email")).to_have_value("nia@web-invite.example.com")
    nia = Member(
        owner.workspace_id, owner.slug, r.json()["id"], "nia@web-invite.example.com", owner.role
    )
    web.sign_in_with_form(page, nia, NEW_PASSWORD)
    expect(page.get_by_role("heading", name="Welcome, Nia")).to_be_visible()

    # The link was spent.
    again, again_watcher = web.page("again")
    again_watcher.allow_http(400, 404, 410, 422)
    again.goto(link)
    again.get_by_label("New password", exact=True).fill(NEW_PASSWORD + "!")
    again.get_by_label("New password again").fill(NEW_PASSWORD + "!")
    again.get_by_role("button", name="Set password").click()
    expect(again.get_by_role("alert")).to_be_visible()
