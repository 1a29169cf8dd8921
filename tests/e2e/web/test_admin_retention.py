"""The retention page (owners and admins): a change is previewed — what the next sweep would
delete — before it can be saved, a changed form asks for a new preview, a refused value keeps
what was typed, the saved policy is there after a reload, and the sweep's health shows its
last run and what it removed."""

from __future__ import annotations

from playwright.sync_api import expect

from callvault.core.permissions import Role
from callvault.governance.retention.sweep import run_sweep
from tests.e2e.web import data
from tests.e2e.web.browser import WebApp, nav_section
from tests.support.live import add_user, create_workspace

DAY_MINUTES = 24 * 60


def test_preview_before_save_and_sweep_health(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-retention")
    member = add_user(c, owner, Role.MEMBER)
    data.call(c, owner.workspace_id, member.user_id, minutes_ago=5 * DAY_MINUTES)
    data.call(c, owner.workspace_id, member.user_id, minutes_ago=4 * DAY_MINUTES)
    data.call(c, owner.workspace_id, member.user_id, minutes_ago=10)
    page, watcher = web.signed_in_page(owner)
    page.goto(web.url + "/")
    nav_section(page, "Admin").get_by_role("link", name="Retention").click()
    expect(page.get_by_role("heading", name="Retention", level=1)).to_be_visible()
    health = page.get_by_role("region", name="Sweep health")
    expect(health).to_contain_text("Healthy.")  # nothing has a policy yet: nothing to sweep
    expect(health.locator("dd").nth(1)).to_have_text("never")
    form = page.get_by_role("form", name="Policies")
    calls = form.get_by_label("Calls (days)")
    expect(calls).to_have_value("")
    web.check_page(page, "admin-retention")

    # A value the server refuses: its message, and the form as typed.
    watcher.allow_http(422)
    calls.fill("soon")
    form.get_by_role("button", name="Preview the change").click()
    expect(form.get_by_role("alert")).to_contain_text("calls")
    expect(calls).to_have_value("soon")
    expect(form.get_by_role("button", name="Save policies", exact=False)).to_have_count(0)

    # A conflict (recordings would outlive their calls) is refused with the server's words.
    calls.fill("3")
    form.get_by_role("button", name="Preview the change").click()
    expect(form.get_by_role("alert")).to_contain_text("recordings cannot be kept longer than calls")
    form.get_by_label("Recordings (days)").fill("3")
    form.get_by_label("Transcripts (days)").fill("3")
    form.get_by_role("button", name="Preview the change").click()
    preview = form.get_by_role("region", name="What the next sweep would delete")
    expect(preview.get_by_role("row", name="Calls 2")).to_be_visible()
    save = preview.get_by_role("button", name="Save policies", exact=False)
    expect(save).to_contain_text("items will be deleted")
    web.check_page(page, "admin-retention-preview")

    # Changing the form after the preview withdraws the save until it is previewed again.
    form.get_by_label("Transcripts (days)").fill("2")
    expect(form.get_by_role("button", name="Save policies", exact=False)).to_have_count(0)
    expect(form.get_by_text("preview them again")).to_be_visible()
    calls.fill("30")
    form.get_by_label("Recordings (days)").fill("30")
    form.get_by_label("Transcripts (days)").fill("30")
    form.get_by_role("button", name="Preview the change").click()
    expect(
        preview.get_by_text("Nothing: no item is older than these policies allow.")
    ).to_be_visible()
    calls.fill("3")
    form.get_by_label("Recordings (days)").fill("3")
    form.get_by_label("Transcripts (days)").fill("3")
    form.get_by_role("button", name="Preview the change").click()
    expect(preview.get_by_role("row", name="Calls 2")).to_be_visible()
    preview.get_by_role("button", name="Save policies", exact=False).click()
    expect(form.get_by_role("status")).to_have_text("Policies saved.")
    page.reload()
    expect(calls).to_have_value("3")
    expect(form.get_by_label("Recordings (days)")).to_have_value("3")
    expect(health).to_contain_text("The sweep has never run.")
    expect(health.locator("dd").last).to_have_text("Calls: 2")  # past retention, still kept

    run_sweep(c.db, c.blobs, c.audit, targets=c.retention_targets)
    page.reload()
    expect(health).to_contain_text("Healthy.")
    expect(health).to_contain_text("succeeded, started")
    expect(health.locator("dd").nth(2)).to_have_text("Calls: 2")  # removed by the last run
    expect(health.locator("dd").last).to_have_text("nothing")
    web.check_page(page, "admin-retention-swept")


def test_retention_at_phone_width(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-retention-phone")
    page, _ = web.signed_in_page(owner, width=390)
    page.goto(web.url + "/admin/retention")
    form = page.get_by_role("form", name="Policies")
    # Keyboard only: type into the last field, tab to the preview button, press it.
    form.get_by_label("Audit log (days)").focus()
    page.keyboard.type("400")
    page.keyboard.press("Tab")
    expect(form.get_by_role("button", name="Preview the change")).to_be_focused()
    page.keyboard.press("Enter")
    preview = form.get_by_role("region", name="What the next sweep would delete")
    expect(preview).to_contain_text("Nothing")
    web.check_page(page, "admin-retention-phone")
