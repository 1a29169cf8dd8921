"""The AI-consent page (owners and admins): the company's setting, a group's and a user's,
each change in the history at once, the user's effective state naming the level that blocks
it, and the customer report."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp, nav_section
from tests.support import factories as f
from tests.support.consent_factories import eligible_call
from tests.support.live import add_user, create_workspace

TRAINING = "Use calls to improve AI (training)"
REVIEW = "Allow human review of redacted snippets"


def test_consent_levels_history_and_report(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-consent")
    member = add_user(c, owner, Role.MEMBER, name="Dana Agent")
    group_id = f.group_with_member(c, owner.workspace_id, member.user_id)
    eligible_call(c, owner.workspace_id, member.user_id)
    page, _ = web.signed_in_page(owner)
    page.goto(web.url + "/")
    nav_section(page, "Admin").get_by_role("link", name="AI consent").click()
    expect(page.get_by_role("heading", name="AI consent", level=1)).to_be_visible()
    history = page.get_by_role("region", name="History")
    expect(history.get_by_text("No consent has been set yet.")).to_be_visible()
    report = page.get_by_role("region", name="Customer report")
    expect(report.locator("dd").first).to_have_text("1")  # one call
    expect(report.locator("dd").nth(1)).to_have_text("0")  # the company starts opted out
    company = page.get_by_role("group", name="Company")
    training = company.get_by_label(TRAINING)
    expect(training).not_to_be_checked()
    expect(company).to_contain_text("default (not allowed)")
    web.check_page(page, "admin-consent")

    # The company opts in: the change is in the history and the report counts the call.
    training.check()
    expect(training).to_be_checked()
    rows = history.locator("tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Company")
    expect(rows.first).to_contain_text(TRAINING)
    expect(rows.first.locator("td").nth(4)).to_have_text("allowed")
    expect(rows.first.locator("td").nth(5)).to_have_text(f"Owner of {owner.slug}")
    expect(report.locator("dd").nth(1)).to_have_text("1")
    expect(report.locator("tbody tr").first).to_contain_text("eligible")

    # The member's group says no: the user's effective state names the group.
    page.get_by_label("Group", exact=True).select_option(group_id)
    group = page.get_by_role("group", name="Group ")
    group.get_by_label(TRAINING).uncheck()
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("Group group")
    expect(rows.first.locator("td").nth(4)).to_have_text("not allowed")
    page.get_by_label("User", exact=True).select_option(member.user_id)
    user = page.get_by_role("group", name="User Dana Agent")
    expect(user.get_by_label(TRAINING)).to_be_checked()  # the user's own default
    expect(user).to_contain_text("not set here")
    effective = page.get_by_role("list").filter(has_text=TRAINING + ": ")
    expect(effective).to_contain_text(f"{TRAINING}: not allowed (by group group")
    expect(effective).to_contain_text(f"{REVIEW}: not allowed (by the company)")
    expect(report.locator("dd").nth(1)).to_have_text("0")
    expect(report.locator("tbody tr").first.locator("td").nth(1)).to_have_text(
        re.compile(r"^no: opted out \(group group-\d+\)$")
    )

    # The user opts out of review: shown in the history and on the user's level.
    user.get_by_label(REVIEW).uncheck()
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text("User Dana Agent")
    expect(user).to_contain_text("set ")
    page.reload()
    expect(rows).to_have_count(3)
    web.check_page(page, "admin-consent-history")
