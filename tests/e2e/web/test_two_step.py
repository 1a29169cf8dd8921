"""Two-step sign-in in the web app (real server, real Chromium): turn it on from the page
(the secret read off the page, the code computed by pyotp), keep the recovery codes, sign out,
sign in with password and code, then with a recovery code; and the held account of a
workspace that requires it."""

from __future__ import annotations

import time

import pyotp
from playwright.sync_api import expect

from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp
from tests.support.live import PASSWORD, add_user, create_workspace
from tests.support.mfa import codes_used_long_ago


def test_enrol_then_sign_in_with_a_code_and_with_a_recovery_code(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-mfa")
    page, watcher = web.signed_in_page(owner)
    page.goto(web.url + "/two-step")
    expect(page.get_by_role("heading", name="Two-step sign-in", level=1)).to_be_focused()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("img", name="QR code for your authenticator app")).to_be_visible()
    secret = page.get_by_test_id("mfa-secret").inner_text().replace(" ", "")
    assert len(secret) == 32
    code = page.get_by_label("Code from the app")
    assert code.get_attribute("autocomplete") == "one-time-code"
    web.check_page(page, "two-step-enrol")
    code.fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name="Turn on").click()
    codes = page.get_by_role("list", name="Recovery codes").get_by_role("listitem")
    expect(codes).to_have_count(10)
    recovery = [c.strip() for c in codes.all_inner_texts()]
    expect(page.get_by_role("button", name="Copy recovery codes")).to_be_visible()
    web.check_page(page, "two-step-recovery-codes")

    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(web.url + "/sign-in")
    web.sign_in_with_form(page, owner)
    expect(page.get_by_role("heading", name="Two-step sign-in")).to_be_focused()
    field = page.get_by_label("Code from your authenticator app")
    assert field.get_attribute("autocomplete") == "one-time-code"
    web.check_page(page, "sign-in-second-step")
    watcher.allow_http(401)  # the wrong code's answer
    field.fill("000000" if pyotp.TOTP(secret).now() != "000000" else "111111")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("Wrong or expired code")
    field.fill(pyotp.TOTP(secret).at(time.time() + 30))  # the next step: not a replay
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Welcome, Owner of web-mfa")).to_be_visible()
    page.goto(web.url + "/two-step")
    expect(page.get_by_role("status").filter(has_text="Recovery codes left: 10")).to_be_visible()
    web.check_page(page, "two-step-on")

    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(web.url + "/sign-in")
    web.sign_in_with_form(page, owner)
    page.get_by_role("button", name="Use a recovery code instead").click()
    page.get_by_label("Recovery code").fill(recovery[0])
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Welcome, Owner of web-mfa")).to_be_visible()
    page.goto(web.url + "/two-step")
    expect(page.get_by_role("status").filter(has_text="Recovery codes left: 9")).to_be_visible()
    assert web.problems() == []


def test_a_workspace_that_requires_it_holds_the_member_at_the_enrolment(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-mfa-required")
    member = add_user(c, owner, Role.MEMBER, name="Mia Member")
    page, watcher = web.signed_in_page(owner, "owner")
    page.goto(web.url + "/two-step")
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Start").click()
    secret = page.get_by_test_id("mfa-secret").inner_text().replace(" ", "")
    page.get_by_label("Code from the app").fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name="Turn on").click()
    expect(page.get_by_role("list", name="Recovery codes")).to_be_visible()
    page.goto(web.url + "/admin/users")
    switch = page.get_by_label("Require two-step sign-in for everyone")
    switch.click()  # checked once the server has answered
    expect(switch).to_be_checked()
    expect(page.get_by_role("status").filter(has_text="is required")).to_be_visible()
    web.check_page(page, "admin-users-two-step")

    held, held_watcher = web.signed_in_page(member, "member")
    held_watcher.allow_http(403)  # pages the hold refuses, before the app shows the enrolment
    held.goto(web.url + "/calls")
    expect(held.get_by_role("note")).to_contain_text("requires two-step sign-in")
    expect(held.get_by_role("heading", name="Two-step sign-in", level=1)).to_be_visible()
    expect(held.get_by_role("navigation", name="Main")).to_have_count(0)
    web.check_page(held, "two-step-held")
    held.get_by_label("Your password").fill(PASSWORD)
    held.get_by_role("button", name="Start").click()
    secret = held.get_by_test_id("mfa-secret").inner_text().replace(" ", "")
    held.get_by_label("Code from the app").fill(pyotp.TOTP(secret).now())
    held.get_by_role("button", name="Turn on").click()
    # The codes stay until the member says they have them: the hold is over, but lifting it
    # at once would replace the page and the codes (shown only now) with it.
    held_codes = held.get_by_role("list", name="Recovery codes")
    expect(held_codes).to_be_visible()
    expect(held.get_by_role("status").filter(has_text="Two-step sign-in is on")).to_be_visible()
    expect(held_codes.get_by_role("listitem")).to_have_count(10)
    expect(held.get_by_role("navigation", name="Main")).to_have_count(0)
    held.get_by_role("button", name="I have saved them").click()
    expect(held.get_by_role("navigation", name="Main")).to_be_visible()  # released then

    # The owner resets the member's (a lost phone).
    codes_used_long_ago(c, member.user_id)
    page.reload()
    page.get_by_role("button", name="Reset two-step sign-in of Mia Member").click()
    # The owner's own password first (ADR 0042, second addendum), in a dialog.
    dialog = page.get_by_role("dialog", name="Turn off two-step sign-in for Mia Member")
    expect(dialog.get_by_label("Your password")).to_be_focused()
    web.check_page(page, "admin-users-reset-two-step")
    dialog.get_by_label("Your password").fill(PASSWORD)
    dialog.get_by_role("button", name="Reset", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="is reset")).to_be_visible()
    expect(dialog).to_be_hidden()

    # Lifting the requirement asks for it too; a wrong one changes nothing.
    watcher.allow_http(403)
    switch = page.get_by_label("Require two-step sign-in for everyone")
    switch.click()
    lift = page.get_by_role("dialog", name="Stop requiring two-step sign-in")
    lift.get_by_label("Your password").fill("not my password at all")
    lift.get_by_role("button", name="Stop requiring").click()
    expect(page.get_by_role("alert")).to_contain_text("password is wrong")
    expect(switch).to_be_checked()
    switch.click()
    lift.get_by_label("Your password").fill(PASSWORD)
    lift.get_by_role("button", name="Stop requiring").click()
    expect(page.get_by_role("status").filter(has_text="is optional")).to_be_visible()
    expect(switch).not_to_be_checked()
    assert web.problems() == []
