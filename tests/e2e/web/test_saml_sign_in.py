"""SAML 2.0 in real Chromium (ADR 0045): an owner chooses SAML on the admin page, pastes the
test IdP's metadata and saves; the page shows callvault's entity ID and ACS URL; a user then
clicks the sign-in page's button, the IdP's page auto-POSTs its signed Response across sites
to the ACS (the binding cookie is SameSite=None for this), and the user lands signed in."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp, nav_section, save_sso
from tests.support.live import add_user, create_workspace
from tests.support.saml_idp import SamlIdp, running_idp


@pytest.fixture
def saml_idp() -> Iterator[SamlIdp]:
    with running_idp() as provider:
        yield provider


def test_owner_sets_up_saml_and_a_user_signs_in_with_it(sso_web: WebApp, saml_idp: SamlIdp) -> None:
    c = sso_web.live.container
    owner = create_workspace(c, "web-saml")
    member = add_user(c, owner, Role.MEMBER)
    saml_idp.sign_in_as(member.email)
    page, _ = sso_web.signed_in_page(owner)
    page.goto(sso_web.url + "/")
    nav_section(page, "Admin").get_by_role("link", name="Single sign-on").click()
    form = page.get_by_role("form", name="Identity provider")
    form.get_by_role("radio", name="SAML 2.0").check()
    sp = page.get_by_role("region", name="Service provider details")
    entity_id = f"{sso_web.url}/api/v1/auth/sso/{owner.slug}/saml/metadata"
    expect(sp.locator("code")).to_have_text(
        [entity_id, sso_web.url + "/api/v1/auth/sso/saml/acs", re.compile("emailAddress")]
    )
    expect(sp.get_by_role("link", name="Service provider metadata (XML)")).to_have_attribute(
        "href", entity_id
    )
    form.get_by_label("IdP metadata XML (optional)").fill(saml_idp.metadata_xml())
    form.get_by_label("Allowed email domains").fill(f"{owner.slug}.example.com")
    form.get_by_label("Button label").fill("Test SAML")
    form.get_by_role("checkbox", name=re.compile("Sign in with Test SAML")).check()
    save_sso(page, form)  # with the owner's password (ADR 0043 addendum)
    expect(form.get_by_role("status").filter(has_text="Saved.")).to_have_text(
        "Saved. The sign-in page offers “Sign in with Test SAML”."
    )
    # What the metadata held, read back by the server.
    expect(form.get_by_label("IdP entity ID")).to_have_value(saml_idp.entity_id)
    expect(form.get_by_label("IdP single sign-on URL")).to_have_value(saml_idp.sso_url)
    expect(form.get_by_label("IdP signing certificates (PEM)")).to_have_value(
        re.compile("BEGIN CERTIFICATE")
    )
    sso_web.check_page(page, "admin-saml-saved")

    user_page, _ = sso_web.page("saml-user")
    user_page.goto(sso_web.url + "/sign-in")
    user_page.get_by_label("Workspace").fill(owner.slug)
    user_page.get_by_role("link", name="Sign in with Test SAML").click()
    expect(user_page).to_have_url(sso_web.url + "/")
    expect(user_page.get_by_role("navigation", name="Main")).to_contain_text("Calls")
    sso_web.check_page(user_page, "saml-signed-in")
