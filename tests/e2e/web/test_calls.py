"""The call log (filters, cursor paging) and the call detail (recording, transcript by
speaker turns redacted or raw per role, generated notes, the call's own notes)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from callvault.core.permissions import Role
from tests.e2e.web import data
from tests.e2e.web.browser import WebApp, audio_seconds
from tests.support.live import add_user, create_workspace, sign_in

CARD = "4111 1111 1111 1111"


def test_call_log_filters_and_pages(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-calls")
    member = add_user(c, owner, Role.MEMBER, name="Mia Member")
    for i in range(53):
        data.call(c, owner.workspace_id, member.user_id, minutes_ago=i)
    for i in range(3):
        data.call(
            c,
            owner.workspace_id,
            member.user_id,
            direction="outbound",
            number="+14155550199",
            minutes_ago=100 + i,
        )
    page, _ = web.signed_in_page(member)
    page.goto(web.url + "/calls")
    rows = page.locator("table.list tbody tr")
    expect(rows).to_have_count(50)
    web.check_page(page, "calls")
    page.get_by_role("button", name="Next page").click()
    expect(rows).to_have_count(6)
    expect(page.get_by_role("button", name="Next page")).to_have_count(0)
    page.get_by_role("button", name="First page").click()
    expect(rows).to_have_count(50)

    page.get_by_label("Direction").select_option("outbound")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(web.url + "/calls?direction=outbound")
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text("+14155550199")
    expect(page.get_by_role("link", name="Export these calls (CSV)")).to_have_count(0)  # member
    page.get_by_label("Number").fill("+14155550100")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("No calls match.")).to_be_visible()

    # An owner exports what the filters match: every page of it, as CSV.
    admin, _ = web.signed_in_page(owner, "owner")
    admin.goto(web.url + "/calls?direction=inbound")
    rows = [line for line in _downloaded(admin, "Export these calls (CSV)") if line]
    assert len(rows) == 1 + 53  # the header, then every inbound call (beyond the first page)


def test_the_call_log_names_the_contacts_its_reader_may_see(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-call-names")
    member = add_user(c, owner, Role.MEMBER, name="Mia Member")
    other = add_user(c, owner, Role.MEMBER, name="Otto Other")
    shared = {"name": "Acme Supplies", "phones": ["+14155550123"], "shared": True}
    added = web.live.client(sign_in(web.live, owner)).post("/api/v1/contacts", json=shared)
    assert added.status_code == 201, added.text
    mine = {"name": "Otto's plumber", "phones": ["+14155550177"]}  # Otto's own contact
    added = web.live.client(sign_in(web.live, other)).post("/api/v1/contacts", json=mine)
    assert added.status_code == 201, added.text
    data.call(c, owner.workspace_id, member.user_id, number="+14155550123")
    data.call(c, owner.workspace_id, member.user_id, number="+14155550177", minutes_ago=5)
    page, _ = web.signed_in_page(member)
    page.goto(web.url + "/calls")
    rows = page.locator("table.list tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("Acme Supplies")
    expect(rows.nth(1)).to_contain_text("+14155550177")  # not a contact Mia may read
    expect(rows.nth(1)).not_to_contain_text("plumber")
    rows.first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Call from Acme Supplies to Mia Member"
    )


def _downloaded(page: Page, link: str) -> list[str]:
    """The lines of the file the link downloads. Chromium on a loaded machine once cancelled
    the download itself ("Download.path: canceled", with the export answered in full): a
    cancelled download is clicked for once more, any other failure fails the test."""
    for _ in range(2):
        with page.expect_download() as downloading:
            page.get_by_role("link", name=link).click()
        download = downloading.value
        if download.failure() != "canceled":
            break
    return download.path().read_text().splitlines()


def test_call_detail_member_sees_redacted_owner_may_see_raw(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-detail")
    member = add_user(c, owner, Role.MEMBER, name="Mia Member")
    call_id = data.call(c, owner.workspace_id, member.user_id)
    data.analysed(c, owner.workspace_id, call_id)

    page, _ = web.signed_in_page(member, "member")
    page.goto(web.url + "/calls")
    page.locator("table.list tbody tr a").first.click()
    expect(page).to_have_url(web.url + f"/calls/{call_id}")
    transcript = page.get_by_role("list", name="Transcript (redacted)")
    expect(transcript.locator("li")).to_have_count(5)
    # Each side's turns are shown with the party the heading names (the outside number, the
    # member), and so is the owner of an action item the notes give only a side for.
    expect(page.get_by_role("heading", name="Call from +14155550100 to Mia Member")).to_be_visible()
    expect(transcript.locator("li").first.locator(".speaker")).to_have_text("+14155550100 (caller)")
    expect(transcript.locator("li").nth(1).locator(".speaker")).to_have_text("Mia Member (callee)")
    refund = page.get_by_role("listitem").filter(has_text="send you the refund confirmation")
    expect(refund.filter(has_text="— Mia Member (callee)")).to_have_count(1)
    heading = page.get_by_role("heading", name="Summary and action items")
    notes = page.locator("section", has=heading)
    expect(notes).to_contain_text("+14155550100 (caller): Hi, I have been on hold")
    expect(transcript).to_contain_text("on hold for forty minutes")
    expect(transcript).not_to_contain_text(CARD)
    expect(page.get_by_role("radio", name="Raw (unredacted)")).to_have_count(0)
    expect(page.get_by_role("heading", name="Summary and action items")).to_be_visible()
    # The recording plays through the session cookie (media requests carry it), redacted
    # for a member: the redacted rendition, not the original.
    audio = page.locator("main audio")  # (the softphone keeps its own <audio> outside main)
    expect(audio).to_have_count(1)
    assert audio_seconds(page) == pytest.approx(data.redacted_seconds(), abs=0.05)
    # The sentiment chart loads on its own; the page is looked at once it has drawn.
    expect(page.locator(".sentiment-chart canvas")).to_have_count(1)
    web.check_page(page, "call-detail-member")

    # The transcript's times seek the player, and the turn being heard is marked.
    turns = transcript.locator("li")
    third = turns.nth(2)
    start = third.get_by_role("button").inner_text()
    third.get_by_role("button", name=f"Play from {start}").click()
    page.evaluate("document.querySelector('audio').pause()")  # hold it in this turn
    expect(third).to_have_attribute("aria-current", "true")
    expect(turns.nth(0)).not_to_have_attribute("aria-current", "true")
    minutes, seconds = start.split(":")
    at = page.evaluate("document.querySelector('audio').currentTime")
    assert int(minutes) * 60 + int(seconds) <= at < int(minutes) * 60 + int(seconds) + 2

    # An action item leads to the turn it came from.
    page.get_by_role("button", name="show in transcript: send you the refund confirmation").click()
    marked = transcript.locator("li.evidence")
    expect(marked).to_have_count(1)
    expect(marked).to_contain_text("I will send you the refund confirmation by Friday.")

    page.get_by_label("Notes on this call").fill("Refund promised by Friday.")
    page.get_by_role("button", name="Save notes").click()
    expect(page.get_by_role("status")).to_have_text("Saved.")
    page.reload()
    expect(page.get_by_label("Notes on this call")).to_have_value("Refund promised by Friday.")

    admin_page, _ = web.signed_in_page(owner, "owner")
    admin_page.goto(web.url + f"/calls/{call_id}")
    expect(admin_page.get_by_role("list", name="Transcript (redacted)")).not_to_contain_text(CARD)
    assert audio_seconds(admin_page) == pytest.approx(data.ORIGINAL_SECONDS, abs=0.05)
    admin_page.get_by_role("radio", name="Raw (unredacted)").check()
    expect(admin_page.get_by_role("list", name="Transcript (raw)")).to_contain_text(CARD)
    web.check_page(admin_page, "call-detail-owner-raw")


def test_auditor_sees_no_calls(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-auditor")
    auditor = add_user(c, owner, Role.AUDITOR)
    member = add_user(c, owner, Role.MEMBER)
    call_id = data.call(c, owner.workspace_id, member.user_id)
    page, watcher = web.signed_in_page(auditor)
    page.goto(web.url + "/")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link")).to_have_text(["Home", "Audit log"])
    # The Admin menu holds the security alerts alone (ADR 0048): no calls, no policies.
    nav.get_by_role("button", name="Admin").click()
    expect(nav.get_by_role("link")).to_have_text(
        ["Home", "Audit log", "Security alerts", "All admin pages"]
    )
    nav.get_by_role("button", name="Account").click()
    expect(nav.get_by_role("link")).to_have_text(
        ["Home", "Audit log", "My devices", "API tokens", "Password", "Two-step sign-in"]
    )
    web.check_page(page, "home-auditor")
    watcher.allow_http(403)  # typed in by hand: the API refuses, the page says why
    page.goto(web.url + f"/calls/{call_id}")
    expect(page.get_by_role("alert")).to_have_text("Your role does not allow this action.")


def test_home_shows_missed_and_recent_calls(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-home")
    member = add_user(c, owner, Role.MEMBER)
    data.call(
        c,
        owner.workspace_id,
        member.user_id,
        number="+14155550142",
        minutes_ago=30,
        disposition="missed",
    )
    data.call(c, owner.workspace_id, member.user_id, number="+14155550143", minutes_ago=5)
    page, _ = web.signed_in_page(member)
    page.goto(web.url + "/")
    missed = page.get_by_role("region", name="Missed calls")
    recent = page.get_by_role("region", name="Recent calls")
    expect(missed.get_by_role("listitem")).to_have_count(1)
    expect(missed).to_contain_text("+14155550142")
    expect(recent.get_by_role("listitem")).to_have_count(2)
    expect(recent.get_by_role("listitem").first).to_contain_text("+14155550143")
    web.check_page(page, "home-member")
    page.get_by_role("link", name="Missed calls").click()
    expect(page).to_have_url(web.url + "/calls?disposition=missed")
    expect(page.locator("table.list tbody tr")).to_have_count(1)
