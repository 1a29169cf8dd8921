"""My devices (signing out another browser logs it out there; the return path is kept) and
the password change."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from callvault.core.permission_descriptions import DESCRIPTIONS
from callvault.core.permissions import Permission, Role
from callvault.identity import secrets
from callvault.identity.models import ApiToken
from tests.e2e.web.browser import WebApp, nav_section
from tests.support.live import PASSWORD, add_user, create_workspace


def test_signing_out_a_device_logs_the_other_browser_out(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-devices")
    member = add_user(web.live.container, owner, Role.MEMBER)
    laptop, _ = web.page("laptop")
    phone, phone_watcher = web.page("phone", width=390)
    for page in (laptop, phone):
        page.goto(web.url + "/sign-in")
        web.sign_in_with_form(page, member)
        expect(page.get_by_role("heading", name="Welcome, member user")).to_be_visible()
    phone.goto(web.url + "/contacts")
    expect(phone.get_by_text("No contacts yet.")).to_be_visible()
    web.shot(phone, "contacts-phone-width")

    nav_section(laptop, "Account").get_by_role("link", name="My devices").click()
    rows = laptop.locator("table.list tbody tr")
    expect(rows).to_have_count(2)
    expect(
        laptop.get_by_role("button", name="Sign out Chromium (web app) (this device)")
    ).to_be_visible()
    web.check_page(laptop, "devices")
    laptop.get_by_role("button", name="Sign out Chromium (web app)", exact=True).click()
    expect(rows).to_have_count(1)

    # The phone's next request is refused: it goes to sign-in, keeping where it was.
    phone_watcher.allow_http(401)
    phone.get_by_role("searchbox", name="Search by name").fill("anna")
    phone.get_by_role("button", name="Search").click()
    expect(phone).to_have_url(web.url + "/sign-in?next=%2Fcontacts%3Fq%3Danna")
    web.sign_in_with_form(phone, member)
    expect(phone).to_have_url(web.url + "/contacts?q=anna")
    # The laptop was never signed out.
    laptop.reload()
    expect(laptop.get_by_role("heading", name="My devices")).to_be_visible()


def test_a_password_someone_else_set_opens_only_its_change(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-password", password_chosen=False)
    page, watcher = web.signed_in_page(owner)
    # The owner's password was set for them (as `callvault init` does): whatever page they
    # ask for, the app shows the password change, with no way round it but signing out.
    page.goto(web.url + "/contacts")
    notice = page.get_by_role("note")
    expect(notice).to_contain_text("someone else has seen it")
    expect(page.get_by_role("heading", name="Change your password")).to_be_visible()
    expect(page.get_by_role("link", name="Contacts")).to_have_count(0)  # no navigation
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    web.check_page(page, "password")
    new = "a much longer new passphrase"
    page.get_by_label("Current password").fill("not it")
    page.get_by_label("New password (at least 8 characters; common ones are refused)").fill(new)
    page.get_by_label("New password again").fill(new + "!")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_role("alert")).to_have_text("The two new passwords differ.")

    watcher.allow_http(401)
    page.get_by_label("New password again").fill(new)
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_role("alert")).to_contain_text("assword")
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_role("button", name="Change password").click()
    # Their own password now: the page they asked for, with the app around it.
    expect(page.get_by_role("heading", name="Contacts", level=1)).to_be_visible()
    expect(notice).to_have_count(0)
    nav_section(page, "Account").get_by_role("link", name="Password").click()
    expect(page.get_by_role("heading", name="Change your password")).to_be_visible()

    r = web.live.client().post(
        "/api/v1/auth/sign-in",
        json={"workspace": owner.slug, "email": owner.email, "password": new},
    )
    assert r.status_code == 201


def test_create_use_and_revoke_an_api_token(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-tokens")
    member = add_user(web.live.container, owner, Role.MEMBER)
    page, _ = web.signed_in_page(member)
    page.goto(web.url + "/tokens")
    expect(page.get_by_text("You have no API tokens.")).to_be_visible()
    form = page.get_by_role("form", name="New API token")
    # Only what a member may grant is offered, each scope with what it allows.
    scopes = form.get_by_role("group", name="Scopes", exact=False)
    calls_read = scopes.get_by_role("checkbox", name="calls.read", exact=True)
    expect(calls_read).to_have_accessible_description(DESCRIPTIONS[Permission.CALLS_READ])
    expect(scopes.get_by_role("group", name="Calls", exact=True)).to_be_visible()
    expect(scopes.get_by_role("checkbox", name="users.manage")).to_have_count(0)
    expect(scopes.get_by_role("checkbox", name="audit.read")).to_have_count(0)
    form.get_by_label("Name", exact=True).fill("CRM sync")
    # No scope ticked: the page says so and sends nothing.
    form.get_by_role("button", name="Create token").click()
    expect(form.get_by_role("alert")).to_have_text(
        "Choose at least one scope: a token without scopes could do nothing."
    )
    expect(scopes).to_have_accessible_description(re.compile("Choose at least one scope"))
    calls_read.check()
    scopes.get_by_role("checkbox", name="contacts.read", exact=True).check()
    expect(form.get_by_role("alert")).to_have_count(0)
    expect(form.get_by_label("Expires after", exact=False)).to_have_value("90")
    form.get_by_role("button", name="Create token").click()
    secret = page.get_by_role("status", name="The new token")
    expect(secret).to_contain_text("_")
    token = secret.inner_text().strip()
    # Shown once: the list has the token's scopes, readably, and never the secret.
    table = page.get_by_role("table", name="Your API tokens")
    row = table.locator("tbody tr")
    expect(row).to_have_count(1)
    expect(row.get_by_role("listitem")).to_have_text(
        [
            f"calls.read — {DESCRIPTIONS[Permission.CALLS_READ]}",
            f"contacts.read — {DESCRIPTIONS[Permission.CONTACTS_READ]}",
        ]
    )
    expect(table).not_to_contain_text(token)
    expect(scopes.get_by_role("checkbox", checked=True)).to_have_count(0)  # the form is reset
    web.check_page(page, "tokens")
    # The token works for an API client, within its scope.
    assert web.live.client(token).get("/api/v1/calls").status_code == 200
    assert web.live.client(token).get("/api/v1/users").status_code == 403
    page.get_by_role("button", name="Revoke CRM sync").click()
    expect(page.get_by_text("You have no API tokens.")).to_be_visible()
    assert web.live.client(token).get("/api/v1/calls").status_code == 401


def test_a_token_stored_without_expiry_is_marked_for_replacing(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-old-token")
    # As tokens created with `expires_in_days: null` were stored before every token expired.
    with web.live.container.db.write() as s:
        s.add(
            ApiToken(
                workspace_id=owner.workspace_id,
                user_id=owner.user_id,
                name="old pbx",
                token_hash=secrets.token_hash(secrets.new_token(secrets.API_TOKEN_PREFIX)),
                scopes=["calls.ingest"],
                expires_at=None,
            )
        )
    page, _ = web.signed_in_page(owner)
    page.goto(web.url + "/tokens")
    row = page.get_by_role("table", name="Your API tokens").locator("tbody tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("never — consider replacing")
    web.check_page(page, "tokens-never-expiring")
