"""The audit log page's upgrades: every filter the API has (object id, time range), export
as CSV and JSON lines of what is filtered, and verification naming the workspace and the
entry that fails when the log was tampered with."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

from playwright.sync_api import expect
from sqlalchemy import update

from callvault.audit.models import AuditEvent
from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp
from tests.support.live import add_user, create_workspace


def test_filters_export_and_a_failed_verification(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-audit-verify")
    member = add_user(c, owner, Role.MEMBER)
    add_user(c, owner, Role.AUDITOR)
    page, _ = web.signed_in_page(owner)
    page.goto(web.url + "/audit")
    rows = page.locator("table.list tbody tr")
    expect(rows.first).to_be_visible()
    total = rows.count()

    page.get_by_role("button", name="Verify the audit chain").click()
    expect(page.get_by_role("status")).to_have_text(re.compile(r"^Intact: \d+ entries checked\.$"))

    # The object id filter: only what concerns the member.
    page.get_by_label("Object id").fill(member.user_id)
    page.get_by_role("button", name="Apply filters").click()
    expect(rows).not_to_have_count(total)
    for text in rows.locator("td:nth-child(5)").all_inner_texts():
        assert member.user_id in text
    filtered = rows.count()
    with page.expect_download() as download:
        page.get_by_role("link", name="Export JSON lines").click()
    lines = [json.loads(x) for x in download.value.path().read_text().splitlines() if x]
    assert len(lines) == filtered and all(e["object_id"] == member.user_id for e in lines)

    # A time range in the future matches nothing; clearing it brings the entries back.
    # (the browser reads the field in its own zone: this machine's, as astimezone() gives)
    local_now = datetime.now(UTC).astimezone()
    tomorrow = (local_now + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    page.get_by_label("From").fill(tomorrow)
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("No entries match.")).to_be_visible()
    page.get_by_label("From").fill("")
    page.get_by_label("Before").fill(tomorrow)
    page.get_by_role("button", name="Apply filters").click()
    expect(rows).to_have_count(filtered)
    web.check_page(page, "audit-filters")

    # Someone edits entry #2 in the database: verification names the workspace and entry.
    with c.db.write() as s:
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.workspace_id == owner.workspace_id, AuditEvent.seq == 2)
            .values(action="user.nothing_to_see")
        )
    page.get_by_role("button", name="Verify the audit chain").click()
    status = page.get_by_role("status")
    expect(status).to_contain_text(f"Verification failed for workspace {owner.workspace_id}")
    expect(status.locator("li")).to_have_text(["Entry #2: an entry was changed (modified)"])
    web.check_page(page, "audit-verify-failed")
