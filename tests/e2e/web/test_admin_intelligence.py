"""The voice-intelligence settings page (owners and admins): PII types switched and kept
across a reload, a refused save keeps what was typed, hiding what the leak check flags
switched off and kept, the company dictionary (add, edit, remove after confirming), moments
with their versions, and applying them to past calls with the run's diff shown; markup in a
term or a moment name is shown as text."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from callvault.core.permissions import Role
from callvault.jobs.worker import Worker
from tests.e2e.web import data
from tests.e2e.web.browser import WebApp, nav_section, wait_until
from tests.support import vi_factories as vi
from tests.support.live import add_user, create_workspace


def _drain(web: WebApp) -> None:
    """Run the queued jobs (the moment run) here, as the job worker process would."""
    worker = Worker(web.live.container.db, web.live.container.jobs)
    for _ in range(20):
        if not worker.run_once():
            return


def test_pii_types_and_dictionary(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-vi")
    page, watcher = web.signed_in_page(owner)
    page.goto(web.url + "/")
    nav_section(page, "Admin").get_by_role("link", name="Voice intelligence").click()
    expect(page.get_by_role("heading", name="Voice intelligence", level=1)).to_be_visible()
    settings = page.get_by_role("form", name="Redaction and analysis")
    email = settings.get_by_label("Email addresses")
    expect(email).to_be_checked()
    # Every kind of personal data the product redacts has a box.
    assert settings.locator("fieldset").first.get_by_role("checkbox").count() == 12
    web.check_page(page, "admin-intelligence")

    email.uncheck()
    settings.get_by_role("button", name="Save settings").click()
    expect(settings.get_by_role("status")).to_have_text("Settings saved.")
    page.reload()
    expect(settings.get_by_label("Email addresses")).not_to_be_checked()
    expect(settings.get_by_label("Card numbers")).to_be_checked()
    # The server holds it too.
    got = page.evaluate(
        "async () => (await (await fetch('/api/v1/intelligence/settings')).json()).entity_types"
    )
    assert "email" not in got and "card_number" in got

    # A refused save says why and keeps what was typed.
    watcher.allow_http(422)
    settings.get_by_label("Spoken language (ISO 639 code)").fill("english")
    settings.get_by_label("Hide the names of the call's own parties").uncheck()
    settings.get_by_role("button", name="Save settings").click()
    expect(settings.get_by_role("alert")).to_contain_text("language")
    expect(settings.get_by_label("Spoken language (ISO 639 code)")).to_have_value("english")
    expect(settings.get_by_label("Hide the names of the call's own parties")).not_to_be_checked()
    settings.get_by_label("Spoken language (ISO 639 code)").fill("en")
    settings.get_by_role("button", name="Save settings").click()
    expect(settings.get_by_role("status")).to_have_text("Settings saved.")
    page.reload()
    expect(settings.get_by_label("Hide the names of the call's own parties")).not_to_be_checked()

    # Hiding what the leak check flags: on by default, with its cost said, switched off and
    # kept across a reload and on the server.
    hide = settings.get_by_label("Hide what the leak check flags")
    expect(hide).to_be_checked()
    expect(hide).to_have_accessible_description(re.compile("order numbers, may be hidden too"))
    hide.uncheck()
    settings.get_by_role("button", name="Save settings").click()
    expect(settings.get_by_role("status")).to_have_text("Settings saved.")
    page.reload()
    expect(settings.get_by_label("Hide what the leak check flags")).not_to_be_checked()
    assert (
        page.evaluate(
            "async () => (await (await fetch('/api/v1/intelligence/settings')).json()).hide_flagged"
        )
        is False
    )

    # The dictionary: add, see it after a reload, edit, remove after confirming.
    add = page.get_by_role("form", name="Add a term")
    add.get_by_label("Term").fill("Zentrix")
    add.get_by_label("Aliases (comma-separated)").fill("zen trix, zentricks")
    add.get_by_label("Category").select_option("competitor")
    add.get_by_role("button", name="Add term").click()
    rows = page.get_by_role("table", name="Dictionary terms").locator("tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("zen trix, zentricks")
    expect(add.get_by_label("Term")).to_have_value("")
    page.reload()
    expect(rows.first.locator("td").first).to_have_text("Zentrix")
    expect(rows.first.locator("td").nth(2)).to_have_text("Competitor")

    # A duplicate is refused with the server's message; what was typed stays.
    watcher.allow_http(409)
    add.get_by_label("Term").fill("zentrix")
    add.get_by_role("button", name="Add term").click()
    expect(add.get_by_role("alert")).to_be_visible()
    expect(add.get_by_label("Term")).to_have_value("zentrix")
    add.get_by_label("Term").fill("")

    page.get_by_role("button", name="Edit Zentrix").click()
    edit = page.get_by_role("form", name="Edit Zentrix")
    edit.get_by_label("Term").fill("Zentrix Pro")
    edit.get_by_role("button", name="Save term").click()
    expect(rows.first.locator("td").first).to_have_text("Zentrix Pro")

    page.get_by_role("button", name="Remove Zentrix Pro").click()
    confirm = page.get_by_role("group", name="Remove “Zentrix Pro” from the dictionary?")
    expect(confirm.get_by_role("button", name="Yes, remove it")).to_be_focused()
    confirm.get_by_role("button", name="Cancel").click()
    expect(rows).to_have_count(1)  # cancelled: nothing removed
    page.get_by_role("button", name="Remove Zentrix Pro").click()
    page.keyboard.press("Enter")  # the focused "Yes, remove it"
    expect(page.get_by_text("No terms yet.")).to_be_visible()


def test_moments_versions_and_apply_to_past_calls(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-moments")
    member = add_user(c, owner, Role.MEMBER)
    # A past call, transcribed before the moment existed: it has no tag yet.
    call_id = data.call(c, owner.workspace_id, member.user_id, minutes_ago=60)
    vi.seed_transcript(c, owner.workspace_id, "call", call_id)
    page, _ = web.signed_in_page(owner)
    page.goto(web.url + "/admin/intelligence")

    new = page.get_by_role("form", name="New moment")
    new.get_by_label("Name").fill("Refund asked")
    new.get_by_label("Phrases (one a line)").fill("give me my money back")
    new.get_by_label("caller").check()
    new.get_by_role("button", name="Create moment").click()
    item = page.locator(".moments > li").filter(has_text="Refund asked")
    expect(item.get_by_role("heading")).to_have_text("Refund asked version 1")
    expect(new.get_by_label("Name")).to_have_value("")

    item.get_by_role("button", name="Edit Refund asked").click()
    edit = page.get_by_role("form", name="Edit Refund asked")
    expect(edit.get_by_label("caller")).to_be_checked()
    edit.get_by_label("Phrases (one a line)").fill("want a refund\ngive me my money back")
    edit.get_by_role("button", name="Save as a new version").click()
    expect(item.get_by_role("heading")).to_have_text("Refund asked version 2")
    item.get_by_role("button", name="Show versions of Refund asked").click()
    versions = page.get_by_role("list", name="Versions of Refund asked").locator(":scope > li")
    expect(versions).to_have_count(2)
    expect(versions.nth(0)).to_contain_text("Version 1")
    expect(versions.nth(1)).to_contain_text("want a refund")
    expect(versions.nth(0)).not_to_contain_text("want a refund")

    # First a preview: the diff applying would make, with no tag changed.
    page.get_by_role("button", name="Preview the changes").click()
    status = page.locator(".run[role=status]")
    expect(status).to_contain_text("Preview started")
    _drain(web)
    expect(status).to_contain_text(
        "done. 1 transcript(s) checked, 1 would change (nothing was changed yet).",
        timeout=10_000,
    )
    would = page.get_by_role("table", name="What applying would change").locator("tbody tr")
    expect(would).to_have_count(1)
    expect(would.first.locator("td").nth(1)).to_have_text("Refund asked")
    hits = page.evaluate(f"async () => (await fetch('/api/v1/calls/{call_id}/moments')).json()")
    assert hits["hits"] == []  # the preview tagged nothing

    # Retroactive: it asks first, saying what it will do.
    page.get_by_role("button", name="Apply to past calls…").click()
    question = page.get_by_role("group", name="Re-tag the transcripts of every past call")
    expect(question).to_contain_text("1 current moment definition(s)")
    web.check_page(page, "admin-intelligence-moments")
    question.get_by_role("button", name="Yes, re-tag them").click()
    expect(status).to_contain_text("Run started")
    _drain(web)
    expect(status).to_contain_text("done. 1 transcript(s) checked, 1 changed.", timeout=10_000)
    diff = page.get_by_role("table", name="What changed").locator("tbody tr")
    expect(diff).to_have_count(1)
    expect(diff.first.locator("td").nth(1)).to_have_text("Refund asked")
    expect(diff.first.locator("td").nth(2)).to_have_text("—")
    hits = page.evaluate(f"async () => (await fetch('/api/v1/calls/{call_id}/moments')).json()")
    assert [h["name"] for h in hits["hits"]] == ["Refund asked"]
    diff.first.get_by_role("link").click()
    expect(page).to_have_url(f"{web.url}/calls/{call_id}")


PAYLOAD_TERM = "<img src=x onerror=\"document.title='owned'\">"
PAYLOAD_MOMENT = "<script>document.title='owned'</script><b>bold</b>"


def _no_markup_ran(page: Page) -> None:
    assert page.title() != "owned"
    assert page.locator("main img, main script, main b").count() == 0


def test_markup_in_a_term_or_moment_name_is_text(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-vi-xss")
    page, _ = web.signed_in_page(owner, width=390)  # and at phone width
    page.goto(web.url + "/admin/intelligence")
    add = page.get_by_role("form", name="Add a term")
    add.get_by_label("Term").fill(PAYLOAD_TERM)
    add.get_by_role("button", name="Add term").click()
    cell = page.get_by_role("table", name="Dictionary terms").locator("tbody tr td").first
    # On a loaded machine the POST and the table's reload can take longer than 5 s.
    expect(cell).to_have_text(PAYLOAD_TERM, timeout=15_000)
    new = page.get_by_role("form", name="New moment")
    new.get_by_label("Name").fill(PAYLOAD_MOMENT)
    new.get_by_label("Keywords (comma-separated)").fill("refund")
    new.get_by_role("button", name="Create moment").click()
    heading = page.locator(".moments > li h3").first
    expect(heading).to_have_text(PAYLOAD_MOMENT + " version 1")
    page.reload()
    expect(cell).to_have_text(PAYLOAD_TERM)
    expect(heading).to_contain_text(PAYLOAD_MOMENT)
    wait_until(page, "document.readyState === 'complete'")
    _no_markup_ran(page)
    web.check_page(page, "admin-intelligence-phone")


def test_members_and_auditors_cannot_reach_the_policy_pages(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-vi-roles")
    admin = add_user(c, owner, Role.ADMIN)
    admin_page, _ = web.signed_in_page(admin, "admin")
    admin_page.goto(web.url + "/")
    nav = nav_section(admin_page, "Admin")
    for name in ("Voice intelligence", "Retention", "AI consent"):
        expect(nav.get_by_role("link", name=name)).to_be_visible()
    for role in (Role.MEMBER, Role.AUDITOR):
        user = add_user(c, owner, role)
        page, _ = web.signed_in_page(user, role.value)
        page.goto(web.url + "/")
        nav = page.get_by_role("navigation", name="Main")
        expect(nav.get_by_role("link", name="Home")).to_be_visible()
        if role is Role.AUDITOR:  # an Admin menu of security alerts alone (ADR 0048)
            expect(nav_section(page, "Admin").get_by_role("link")).to_have_text(
                ["Home", "Audit log", "Security alerts", "All admin pages"]
            )
        else:
            expect(nav.get_by_role("button", name="Admin")).to_have_count(0)
        for name in ("Voice intelligence", "Retention", "AI consent"):
            expect(nav.get_by_role("link", name=name)).to_have_count(0)
        for path in ("/admin/intelligence", "/admin/retention", "/admin/consent"):
            page.goto(web.url + path)
            expect(page.get_by_role("heading", name="Not available")).to_be_visible()
            expect(page.get_by_role("form")).to_have_count(0)
