"""Single sign-on in real Chromium against the real test provider (ADR 0043): the button
appears for a workspace that offers it, the round trip lands signed in, and a refusal ends
on the sign-in page with its message."""

from __future__ import annotations

from playwright.sync_api import expect

from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp
from tests.support.live import LiveServer, add_user, create_workspace, sign_in
from tests.support.oidc_provider import Provider
from tests.support.sso import configure


def _workspace(live: LiveServer, idp: Provider, slug: str) -> str:
    owner = create_workspace(live.container, slug)
    sign_in(live, owner)
    configure(live, owner, idp)
    member = add_user(live.container, owner, Role.MEMBER)
    idp.sign_in_as(member.email)
    return member.email


def test_sign_in_with_the_provider_lands_in_the_app(sso_web: WebApp, idp: Provider) -> None:
    _workspace(sso_web.live, idp, "web-sso")
    page, _ = sso_web.page()
    page.goto(sso_web.url + "/sign-in")
    page.get_by_label("Workspace").fill("web-sso")
    button = page.get_by_role("link", name="Sign in with Test IdP")
    expect(button).to_be_visible()
    sso_web.check_page(page, "sso-sign-in")
    button.click()
    expect(page).to_have_url(sso_web.url + "/")
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("Calls")
    sso_web.check_page(page, "sso-signed-in")


def test_a_refusal_is_shown_on_the_sign_in_page(sso_web: WebApp, idp: Provider) -> None:
    _workspace(sso_web.live, idp, "web-sso-no")
    idp.sign_in_as("stranger@web-sso-no.example.com")  # no account with that email
    page, _ = sso_web.page()
    page.goto(sso_web.url + "/sign-in")
    page.get_by_label("Workspace").fill("web-sso-no")
    page.get_by_role("link", name="Sign in with Test IdP").click()
    expect(page).to_have_url(sso_web.url + "/sign-in?sso_error=sso_unknown_user")
    expect(page.get_by_role("alert")).to_have_text(
        "There is no active account for your email in this workspace. Ask an admin to invite you."
    )
    sso_web.check_page(page, "sso-refused")
