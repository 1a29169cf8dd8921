"""The main navigation in Chromium: everyday pages in view, the admin pages behind one "Admin"
section (and on the /admin index), account pages behind "Account"; keyboard only; at phone
width one Menu button. The list tables keep their headers at phone width."""

from __future__ import annotations

from playwright.sync_api import expect

from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp
from tests.support.live import add_user, create_workspace

EVERYDAY = ["Home", "Phone", "Calls", "Voicemail", "Contacts", "Chat", "Dashboard", "Audit log"]
ADMIN = [
    "Users",
    "Groups",
    "Single sign-on",
    "Voice intelligence",
    "Assist cards",
    "Retention",
    "AI consent",
    "Call recording",
    "Security alerts",
    "Keys",
    "Jobs",
]


def test_owner_navigation_by_keyboard_and_the_admin_index(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-nav")
    page, _ = web.signed_in_page(owner)
    page.goto(web.url + "/")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link")).to_have_text(EVERYDAY)  # 8 links, not 20
    admin = nav.get_by_role("button", name="Admin")
    expect(admin).to_have_attribute("aria-expanded", "false")

    # Keyboard only: Tab to "Admin", Enter opens it, Tab reaches its links, Escape closes it
    # and focus is back on the button.
    admin.focus()
    page.keyboard.press("Enter")
    expect(admin).to_have_attribute("aria-expanded", "true")
    expect(nav.get_by_role("list", name="People").get_by_role("link")).to_have_text(
        ["Users", "Groups", "Single sign-on"]
    )
    expect(nav.get_by_role("link", name="Closure")).to_be_visible()  # an owner's page
    web.check_page(page, "nav-admin-open")
    page.keyboard.press("Tab")
    expect(nav.get_by_role("link", name="Users")).to_be_focused()
    page.keyboard.press("Escape")
    expect(admin).to_have_attribute("aria-expanded", "false")
    expect(admin).to_be_focused()
    expect(nav.get_by_role("link", name="Users")).to_be_hidden()

    # Open again and follow a link by keyboard: the page changes and the section closes.
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(nav.get_by_role("link", name="Groups")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(web.url + "/admin/groups")
    expect(admin).to_have_attribute("aria-expanded", "false")
    expect(admin).to_have_class("current")  # the section holding the page shown

    # The /admin index: every admin page as a card, grouped.
    admin.click()
    nav.get_by_role("link", name="All admin pages").click()
    expect(page.get_by_role("heading", name="Admin", level=1)).to_be_visible()
    cards = page.locator(".admin-cards li")
    expect(cards).to_have_count(len(ADMIN) + 1)  # and Closure
    expect(page.get_by_role("region", name="Policies").get_by_role("link")).to_have_count(5)
    web.check_page(page, "admin-index")
    page.get_by_role("link", name="Keys").click()
    expect(page).to_have_url(web.url + "/admin/keys")

    # Account pages behind "Account"; a click outside closes an open section.
    account = nav.get_by_role("button", name="Account")
    account.click()
    expect(nav.get_by_role("link", name="API tokens")).to_be_visible()
    page.get_by_role("heading", level=1).click()
    expect(account).to_have_attribute("aria-expanded", "false")


def test_a_member_has_no_admin_section_and_the_index_says_so(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-nav-member")
    member = add_user(c, owner, Role.MEMBER)
    page, _ = web.signed_in_page(member)
    page.goto(web.url + "/")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link")).to_have_text(
        ["Home", "Phone", "Calls", "Voicemail", "Contacts", "Chat"]
    )
    expect(nav.get_by_role("button", name="Admin")).to_have_count(0)
    page.goto(web.url + "/admin")
    expect(page.get_by_role("alert")).to_have_text(
        "Your role (member) does not allow the admin page."
    )


def test_phone_width_menu_and_labelled_table_cells(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-nav-phone")
    page, _ = web.signed_in_page(owner, width=375)
    page.goto(web.url + "/tokens")
    expect(page.get_by_role("heading", name="API tokens")).to_be_visible()
    nav = page.get_by_role("navigation", name="Main")
    menu = nav.get_by_role("button", name="Menu")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(nav.get_by_role("link", name="Home")).to_be_hidden()
    web.check_page(page, "nav-phone-closed")

    menu.click()
    expect(nav.get_by_role("link", name="Home")).to_be_visible()
    nav.get_by_role("button", name="Admin").click()
    expect(nav.get_by_role("link", name="Retention")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page scrolls sideways at phone width ({width}px)"
    web.check_page(page, "nav-phone-open")
    nav.get_by_role("link", name="Home").click()
    expect(page.get_by_role("heading", name="Welcome, Owner of web-nav-phone")).to_be_visible()
    expect(nav.get_by_role("link", name="Home")).to_be_hidden()  # closed after navigating

    # A list table at phone width: rows stack, and each value keeps its column's header.
    page.goto(web.url + "/tokens")
    form = page.get_by_role("form", name="New API token")
    form.get_by_label("Name", exact=True).fill("CRM sync")
    form.get_by_role("checkbox", name="calls.read", exact=True).check()
    form.get_by_role("button", name="Create token").click()
    row = page.get_by_role("table", name="Your API tokens").locator("tbody tr")
    expect(row).to_have_count(1)
    labels = row.first.locator("td").evaluate_all(
        "cells => cells.map(c => getComputedStyle(c, '::before').content)"
    )
    assert labels == ['"Name"', '"Scopes"', '"Created"', '"Last used"', '"Expires"', "none"]
    expect(page.get_by_role("table", name="Your API tokens").locator("thead")).to_be_hidden()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page scrolls sideways at phone width ({width}px)"
    web.check_page(page, "tokens-phone")
