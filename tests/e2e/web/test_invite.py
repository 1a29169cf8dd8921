"""An invitation's one-time link: checked as the page opens (a dead link says so, with no form
to fill in), then a password set (the policy's message shown, the link not spent by a refused
one) and the user signed in with it; if that sign-in is refused, the sign-in page, filled in."""

from __future__ import annotations

from datetime import timedelta

from playwright.sync_api import Page, expect
from sqlalchemy import update

from callvault.core.clock import utcnow
from callvault.core.permissions import Role
from callvault.identity.invitations.models import Invitation
from tests.e2e.web.browser import WebApp
from tests.support.live import PASSWORD, Member, add_user, create_workspace, sign_in

NEW_PASSWORD = "a brand new passphrase"


def _invite(web: WebApp, owner: Member, email: str) -> str:
    r = web.live.client(sign_in(web.live, owner)).post(
        "/api/v1/users", json={"email": email, "name": "Nia", "role": "member"}
    )
    assert r.status_code == 201, r.text
    link: str = r.json()["invitation"]["url"]
    assert link.startswith(web.url + "/invite/")
    return link


def _set_password(page: Page, password: str) -> None:
    page.get_by_label("New password", exact=True).fill(password)
    page.get_by_label("New password again").fill(password)
    page.get_by_role("button", name="Set password").click()


def _expect_no_form(page: Page) -> None:
    expect(page.get_by_label("New password", exact=True)).to_have_count(0)
    expect(page.get_by_role("button", name="Set password")).to_have_count(0)


def test_invited_user_sets_a_password_and_is_signed_in(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-invite", name="Web Invite Ltd")
    # Without the fragment (a link copied short): the page learns the account from the check.
    link = _invite(web, owner, "nia@web-invite.example.com").partition("#")[0]

    page, watcher = web.page()
    page.goto(link)
    expect(page.get_by_role("heading", name="Set your password")).to_be_focused()
    # The link says whose password this is, and in which workspace they will sign in.
    whose = "For nia@web-invite.example.com in workspace Web Invite Ltd (web-invite)."
    expect(page.get_by_text(whose)).to_be_visible()
    web.check_page(page, "invite")
    watcher.allow_http(422, 400)
    _set_password(page, "password")
    expect(page.get_by_role("alert")).to_be_visible()
    _set_password(page, NEW_PASSWORD)
    # Signed in straight away, with the password just chosen: no second form to fill in.
    expect(page.get_by_role("heading", name="Welcome, Nia")).to_be_visible()
    expect(page).to_have_url(web.url + "/")
    web.check_page(page, "invite-signed-in")

    # The link was spent: opened again, it says so before anything is typed.
    again, again_watcher = web.page("again")
    again_watcher.allow_http(404)
    again.goto(link)
    expect(again.get_by_role("heading", name="This link is not valid")).to_be_focused()
    expect(again.get_by_role("alert")).to_contain_text(
        "ask an admin of your workspace", ignore_case=True
    )
    _expect_no_form(again)
    web.check_page(again, "invite-used")


def test_an_expired_or_made_up_link_says_so_at_once(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-invite-dead")
    link = _invite(web, owner, "nia@web-invite-dead.example.com")
    with web.live.container.db.write() as s:
        s.execute(update(Invitation).values(expires_at=utcnow() - timedelta(seconds=1)))

    page, watcher = web.page()
    watcher.allow_http(404, 410)
    page.goto(link)
    expect(page.get_by_role("heading", name="This link has expired")).to_be_focused()
    expect(page.get_by_role("alert")).to_have_text(
        "It can no longer set a password. Ask an admin of your workspace for a new link."
    )
    _expect_no_form(page)
    web.check_page(page, "invite-expired")

    page.goto(web.url + "/invite/cvi_" + "0" * 32 + "A" * 43)
    expect(page.get_by_role("heading", name="This link is not valid")).to_be_visible()
    _expect_no_form(page)
    page.goto(web.url + "/invite/not-a-link")
    expect(page.get_by_role("heading", name="This link is not valid")).to_be_visible()
    _expect_no_form(page)


def test_when_the_sign_in_after_is_refused_the_sign_in_page_is_filled_in(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-invite-closing")
    link = _invite(web, owner, "nia@web-invite-closing.example.com").partition("#")[0]
    # A closing workspace lets only owners in: the password is set, the sign-in refused.
    closing = web.live.client(owner.token).post(
        "/api/v1/workspace/closure", json={"password": PASSWORD}
    )
    assert closing.status_code == 202, closing.text

    page, watcher = web.page()
    watcher.allow_http(401)  # the sign-in's `workspace_closing`
    page.goto(link)
    _set_password(page, NEW_PASSWORD)
    expect(page.get_by_role("heading", name="Your password is set")).to_be_focused()
    expect(page.get_by_role("status")).to_have_text("You can sign in with it now.")
    web.check_page(page, "invite-set")
    page.get_by_role("link", name="Sign in").click()
    expect(page.get_by_label("Workspace")).to_have_value("web-invite-closing")
    expect(page.get_by_label("Email")).to_have_value("nia@web-invite-closing.example.com")


def test_a_reset_link_takes_the_admins_password_and_sets_a_new_one(web: WebApp) -> None:
    # Whoever holds a reset link signs in as the member: a session left open is not enough
    # to mint one (ADR 0042, second addendum); the admin's own password is asked in a dialog.
    c = web.live.container
    owner = create_workspace(c, "web-reset", name="Web Reset Ltd")
    member = add_user(c, owner, Role.MEMBER, name="Rhea Reset")
    sign_in(web.live, member)  # has signed in: the row offers a reset, not an invitation

    page, watcher = web.signed_in_page(owner)
    page.goto(web.url + "/admin/users")
    page.get_by_role("button", name="Password-reset link for Rhea Reset").click()
    dialog = page.get_by_role("dialog", name="Make a password-reset link for Rhea Reset")
    expect(dialog.get_by_label("Your password")).to_be_focused()
    web.check_page(page, "admin-users-reset-link")
    watcher.allow_http(403)
    dialog.get_by_label("Your password").fill("not my password at all")
    dialog.get_by_role("button", name="Make the link").click()
    expect(page.get_by_role("alert")).to_contain_text("password is wrong")
    assert sign_in(web.live, member)  # a refused reset changed nothing

    page.get_by_role("button", name="Password-reset link for Rhea Reset").click()
    dialog.get_by_label("Your password").fill(PASSWORD)
    dialog.get_by_role("button", name="Make the link").click()
    link_box = page.get_by_label("The one-time password-reset link")
    expect(link_box).to_be_visible()
    link = link_box.inner_text()
    assert link.startswith(web.url + "/invite/")
    # The member's old password stopped working; the link sets a new one.
    refused = web.live.client().post(
        "/api/v1/auth/sign-in",
        json={"workspace": member.slug, "email": member.email, "password": PASSWORD},
    )
    assert refused.status_code == 401, refused.text

    reset, _ = web.page("member")
    reset.goto(link)
    _set_password(reset, NEW_PASSWORD)
    expect(reset.get_by_role("heading", name="Welcome, Rhea Reset")).to_be_visible()
