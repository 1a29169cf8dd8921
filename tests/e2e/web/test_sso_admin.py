"""The single sign-on admin page in real Chromium (ADR 0043): an owner sets the provider up
against the real test provider, tests it and saves it (with their password, ADR 0043
addendum), and a user then signs in with it in a fresh browser; the client secret is never
shown back; admins read, members are refused."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp, nav_section, save_sso
from tests.support.live import add_user, create_workspace, sign_in
from tests.support.oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider
from tests.support.sso import configure

CALLBACK = "/api/v1/auth/sso/callback"


def test_owner_sets_up_sso_on_the_page_and_a_user_signs_in_with_it(
    sso_web: WebApp, idp: Provider
) -> None:
    c = sso_web.live.container
    owner = create_workspace(c, "web-sso-admin")
    member = add_user(c, owner, Role.MEMBER)
    idp.sign_in_as(member.email)
    page, watcher = sso_web.signed_in_page(owner)
    page.goto(sso_web.url + "/")
    nav_section(page, "Admin").get_by_role("link", name="Single sign-on").click()
    expect(page).to_have_url(sso_web.url + "/admin/sso")
    expect(page.get_by_role("heading", name="Single sign-on", level=1)).to_be_visible()
    redirect = page.get_by_role("region", name="Redirect URI")
    expect(redirect.locator("code")).to_have_text(sso_web.url + CALLBACK)
    expect(redirect.get_by_role("button", name="Copy redirect URI")).to_be_visible()

    form = page.get_by_role("form", name="Identity provider")
    secret = form.get_by_label("Client secret")
    expect(form).to_contain_text("No secret is set yet")
    form.get_by_label("Issuer URL").fill(idp.issuer)
    form.get_by_label("Client id").fill(CLIENT_ID)
    secret.fill(CLIENT_SECRET)
    domains = form.get_by_label("Allowed email domains")
    domains.fill("not-a-domain")
    form.get_by_label("Button label").fill("Test IdP")
    form.get_by_role("checkbox", name=re.compile("Sign in with Test IdP")).check()

    # The server's refusals: a bad domain in the alert, a blank label beside its field.
    watcher.allow_http(422)
    save_sso(page, form)
    expect(form.get_by_role("alert")).to_have_text("Not an email domain: 'not-a-domain'.")
    domains.fill(f"{owner.slug}.example.com")
    form.get_by_label("Button label").fill("   ")
    save_sso(page, form)
    label_error = form.locator("#sso-label-error")
    expect(label_error).to_contain_text("at least 1 character")
    expect(form.get_by_label("Button label")).to_have_attribute("aria-invalid", "true")
    form.get_by_label("Button label").fill("Test IdP")
    expect(label_error).to_have_count(0)  # editing clears the answer to the last save
    expect(form.get_by_role("alert")).to_have_count(0)

    form.get_by_role("button", name="Test the configuration").click()
    found = form.get_by_role("status").filter(has_text="Provider found")
    expect(found).to_have_text(
        f"Provider found: {idp.issuer} answered with its discovery document and 1 signing key."
    )
    offers = form.get_by_role("definition")
    expect(offers).to_have_text(
        [
            idp.issuer + "/authorize",
            idp.issuer + "/token",
            re.compile("client_secret_basic"),
            "RS256",
        ]
    )
    sso_web.check_page(page, "admin-sso-tested")

    # Saving asks for the owner's password; Escape sends nothing.
    form.get_by_role("button", name="Save").click()
    dialog = page.get_by_role("dialog", name=re.compile("^Confirm with your password"))
    expect(dialog.get_by_label("Your password")).to_be_focused()
    sso_web.check_page(page, "admin-sso-password")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(form.get_by_role("button", name="Save")).to_be_focused()
    expect(form.get_by_role("status").filter(has_text="Saved.")).to_have_count(0)
    # A wrong one: the server's words, and every value still in the form.
    watcher.allow_http(403)
    save_sso(page, form, "not my password at all")
    expect(form.get_by_role("alert")).to_have_text("The password is wrong.")
    expect(form.get_by_label("Issuer URL")).to_have_value(idp.issuer)
    expect(form.get_by_label("Client id")).to_have_value(CLIENT_ID)
    expect(secret).to_have_value(CLIENT_SECRET)
    expect(form.get_by_label("Button label")).to_have_value("Test IdP")

    save_sso(page, form)
    expect(form.get_by_role("status").filter(has_text="Saved.")).to_have_text(
        "Saved. The sign-in page offers “Sign in with Test IdP”."
    )
    expect(form.get_by_role("alert")).to_have_count(0)
    expect(secret).to_have_value("")  # never read back
    expect(form).to_contain_text("A secret is set (it is never shown).")
    assert CLIENT_SECRET not in page.content()
    sso_web.check_page(page, "admin-sso-saved")

    # Reloaded: what was saved, still without the secret.
    page.reload()
    expect(form.get_by_label("Issuer URL")).to_have_value(idp.issuer)
    expect(form.get_by_label("Allowed email domains")).to_have_value(f"{owner.slug}.example.com")
    expect(secret).to_have_value("")
    expect(form).to_contain_text("A secret is set (it is never shown).")
    assert CLIENT_SECRET not in page.content()

    # A user in a fresh browser signs in with the button the page turned on.
    user_page, _ = sso_web.page("sso-user")
    user_page.goto(sso_web.url + "/sign-in")
    user_page.get_by_label("Workspace").fill(owner.slug)
    user_page.get_by_role("link", name="Sign in with Test IdP").click()
    expect(user_page).to_have_url(sso_web.url + "/")
    expect(user_page.get_by_role("navigation", name="Main")).to_contain_text("Calls")
    sso_web.check_page(user_page, "admin-sso-user-signed-in")


def test_an_admin_reads_the_settings_and_a_member_is_not_allowed(
    sso_web: WebApp, idp: Provider
) -> None:
    c = sso_web.live.container
    owner = create_workspace(c, "web-sso-read")
    sign_in(sso_web.live, owner)
    configure(sso_web.live, owner, idp)
    admin = add_user(c, owner, Role.ADMIN)
    member = add_user(c, owner, Role.MEMBER)

    page, _ = sso_web.signed_in_page(admin)
    page.goto(sso_web.url + "/")
    nav_section(page, "Admin").get_by_role("link", name="Single sign-on").click()
    expect(page.get_by_text("Only an owner can change single sign-on.")).to_be_visible()
    facts = page.get_by_role("definition")
    expect(facts).to_have_text(
        [
            "Offered: “Sign in with Test IdP”",
            "OpenID Connect",
            idp.issuer,
            CLIENT_ID,
            "Set (never shown)",
            f"{owner.slug}.example.com",
            re.compile(r"\d"),
        ]
    )
    expect(page.get_by_role("form")).to_have_count(0)
    expect(page.get_by_role("textbox")).to_have_count(0)
    expect(page.get_by_role("button", name="Test the configuration")).to_have_count(0)
    expect(page.get_by_role("region", name="Redirect URI").locator("code")).to_have_text(
        sso_web.url + CALLBACK
    )
    assert CLIENT_SECRET not in page.content()
    sso_web.check_page(page, "admin-sso-read-only")

    page, _ = sso_web.signed_in_page(member, "member")
    page.goto(sso_web.url + "/admin/sso")
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
    expect(page.get_by_role("alert")).to_have_text(
        "Your role (member) does not allow the single sign-on page."
    )
    sso_web.check_page(page, "admin-sso-member")
