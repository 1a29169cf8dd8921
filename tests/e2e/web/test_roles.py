"""What the content-less roles get: an auditor the audit log (filters, export, verify) and
nothing of the calls; a reviewer the review queue only (one redacted snippet, its redacted
audio, a correction box)."""

from __future__ import annotations

import random

from playwright.sync_api import expect

from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.governance.review import service as review
from callvault.governance.review.schemas import SampleIn
from tests.e2e.web.browser import WebApp, audio_seconds
from tests.support.consent_factories import eligible_call, opt_in_workspace
from tests.support.live import add_user, create_workspace


def test_auditor_filters_exports_and_verifies_the_audit_log(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-audit")
    auditor = add_user(c, owner, Role.AUDITOR)
    add_user(c, owner, Role.MEMBER)
    page, _ = web.signed_in_page(auditor)
    page.goto(web.url + "/")
    page.get_by_role("main").get_by_role("link", name="audit log").click()
    expect(page).to_have_url(web.url + "/audit")
    rows = page.locator("table.list tbody tr")
    expect(rows.first).to_be_visible()
    total = rows.count()
    assert total >= 3  # the workspace, its owner, two users
    web.check_page(page, "audit")

    page.get_by_role("button", name="Verify the audit chain").click()
    expect(page.get_by_role("status")).to_contain_text("Intact:")
    # The verification is audited; a user who acted is shown by name, with the entry's id.
    page.reload()
    actors = rows.locator("td:nth-child(4)")
    expect(actors.filter(has_text=f"auditor user (user {auditor.user_id})").first).to_be_visible()
    objects = rows.locator("td:nth-child(5)")  # the users created, by name
    expect(objects.filter(has_text=f"auditor user (user {auditor.user_id})").first).to_be_visible()

    action = rows.first.locator("td").nth(2).inner_text()
    page.get_by_label("Action").fill(action)
    page.get_by_role("button", name="Apply filters").click()
    expect(rows.first).to_be_visible()
    for text in rows.locator("td:nth-child(3)").all_inner_texts():
        assert text == action
    with page.expect_download() as download:
        page.get_by_role("link", name="Export CSV").click()
    exported = download.value.path().read_text()
    lines = [line for line in exported.splitlines() if line]
    assert len(lines) == rows.count() + 1  # a header, then the filtered entries
    assert all(action in line for line in lines[1:])


def test_reviewer_sees_only_the_queue(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-review")
    reviewer = add_user(c, owner, Role.REVIEWER)
    member = add_user(c, owner, Role.MEMBER)
    eligible_call(c, owner.workspace_id, member.user_id)
    opt_in_workspace(c, owner.workspace_id)
    drawn = review.draw_sample(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        actor=Actor.system(owner.workspace_id),
        data=SampleIn(rate=1.0),
        rng=random.Random(7),
    ).drawn
    assert drawn == 5

    page, watcher = web.signed_in_page(reviewer)
    page.goto(web.url + "/")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link")).to_have_text(["Home", "Review"])
    expect(nav.get_by_role("button", name="Admin")).to_have_count(0)
    nav.get_by_role("link", name="Review").click()
    page.get_by_role("button", name="Start reviewing").click()
    form = page.get_by_role("form", name="Correct this snippet")
    expect(form).to_be_visible()
    first = form.locator("q.snippet").inner_text()
    assert "4111" not in first  # the snippet is redacted text
    assert audio_seconds(page) > 0  # its redacted audio plays through the cookie
    web.check_page(page, "review")
    form.get_by_label("What was said").fill(first + " (corrected)")
    form.get_by_role("button", name="Submit and next").click()
    expect(form.locator("q.snippet")).not_to_have_text(first)

    # Nothing else of the call is there for this role.
    watcher.allow_http(403)
    page.goto(web.url + "/calls")
    expect(page.get_by_role("alert")).to_have_text("Your role does not allow this action.")
