"""The assist-cards admin page (ADR 0029): create a card with a link, see it after a reload,
a refused save (a plain-http link) says why and keeps what was typed, edit and disable it,
delete after confirming; markup in a title is shown as text; members get no page."""

from __future__ import annotations

from playwright.sync_api import expect

from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp, nav_section
from tests.support.live import add_user, create_workspace


def test_admins_create_edit_and_delete_assist_cards(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-cards")
    page, watcher = web.signed_in_page(owner)
    page.goto(web.url + "/")
    nav_section(page, "Admin").get_by_role("link", name="Assist cards").click()
    expect(page.get_by_role("heading", name="Assist cards", level=1)).to_be_visible()
    expect(page.get_by_text("No assist cards yet.")).to_be_visible()

    form = page.get_by_role("form", name="New card")
    form.get_by_label("Title").fill("<b>Retention</b> offer")
    form.get_by_label("What the agent should know").fill("Offer two months free.")
    form.get_by_label("Link (optional, https://)").fill("http://kb.example.com/retention")
    form.get_by_label("Phrases (one a line)").fill("cancel my account\ntoo expensive")
    form.get_by_label("Said by").select_option("customer")
    watcher.allow_http(422)
    form.get_by_role("button", name="Create card").click()
    expect(form.get_by_role("alert")).to_contain_text("https")
    expect(form.get_by_label("Title")).to_have_value("<b>Retention</b> offer")
    form.get_by_label("Link (optional, https://)").fill("https://kb.example.com/retention")
    form.get_by_role("button", name="Create card").click()
    expect(form.get_by_label("Title")).to_have_value("")

    cards = page.get_by_role("list", name="Assist cards").get_by_role("listitem")
    expect(cards).to_have_count(1)
    page.reload()
    card = cards.first
    expect(card.get_by_role("heading")).to_contain_text("<b>Retention</b> offer")
    expect(card.locator("b")).to_have_count(0)
    expect(card).to_contain_text("cancel my account · too expensive")
    expect(card).to_contain_text("The customer")
    expect(card.get_by_role("link", name="https://kb.example.com/retention")).to_have_attribute(
        "rel", "noopener noreferrer"
    )
    web.check_page(page, "admin-assist-cards")

    card.get_by_role("button", name="Edit <b>Retention</b> offer").click()
    edit = page.get_by_role("form", name="Edit <b>Retention</b> offer")
    edit.get_by_label("Title").fill("Retention offer")
    edit.get_by_label("Enabled").uncheck()
    edit.get_by_role("button", name="Save card").click()
    expect(cards.first.get_by_role("heading")).to_contain_text("version 2 · disabled")
    got = page.evaluate(
        "async () => (await (await fetch('/api/v1/intelligence/assist-cards')).json()).cards"
    )
    assert [(x["title"], x["enabled"], x["speaker"]) for x in got] == [
        ("Retention offer", False, "customer")
    ]

    cards.first.get_by_role("button", name="Delete Retention offer").click()
    page.get_by_role("button", name="Yes, delete it").click()
    expect(page.get_by_text("No assist cards yet.")).to_be_visible()

    member = add_user(c, owner, Role.MEMBER)
    other, _ = web.signed_in_page(member, "member")
    other.goto(web.url + "/admin/assist-cards")
    expect(other.get_by_role("heading", name="Not available")).to_be_visible()
    expect(
        other.get_by_role("navigation", name="Main").get_by_role("link", name="Assist cards")
    ).to_have_count(0)
