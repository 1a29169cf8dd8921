"""Admin › Security alerts: an alert raised while the page is open shows at once (real-time),
with its count badge in the admin navigation; its evidence link opens the audit log filtered
to its entries; acknowledging it moves it to the acknowledged list and clears the badge."""

from __future__ import annotations

from playwright.sync_api import expect

from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp
from tests.support.alerts import evaluate
from tests.support.live import add_user, create_workspace, sign_in


def test_an_alert_is_listed_linked_and_acknowledged(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-alerts")
    member = add_user(c, owner, Role.MEMBER, name="Mallory Member")
    as_member = web.live.client(sign_in(web.live, member))
    evaluate(c)  # the set-up raises nothing
    page, _ = web.signed_in_page(owner)
    page.goto(web.url + "/admin/alerts")
    expect(page.get_by_role("heading", name="Security alerts", level=1)).to_be_visible()
    expect(page.get_by_text("No open alerts.")).to_be_visible()

    for _ in range(10):  # a member probing admin routes
        assert as_member.get("/api/v1/audit").status_code == 403
    evaluate(c)  # the every-minute job; the page hears of it over its socket
    open_alerts = page.get_by_role("region", name="Open")
    row = open_alerts.locator("tbody tr")
    expect(row).to_have_count(1)
    expect(row.get_by_role("rowheader")).to_contain_text("Mallory Member")
    expect(row.get_by_role("rowheader")).to_contain_text("was refused 10 requests")
    expect(row).to_contain_text("warning")
    expect(page.get_by_test_id("admin-alerts-open")).to_contain_text("1 open security alert")
    web.check_page(page, "security-alerts-open")

    # The evidence: the audit log, filtered to the ten refusals.
    row.get_by_role("link", name="Audit entries of this alert").click()
    expect(page.get_by_role("heading", name="Audit log")).to_be_visible()
    entries = page.locator("table.list tbody tr")
    expect(entries).to_have_count(10)
    for action in entries.locator("td:nth-child(3)").all_inner_texts():
        assert action == "access.denied"
    page.go_back()

    acknowledge = page.get_by_role("button", name="Acknowledge: ")
    acknowledge.click()
    expect(page.get_by_role("status")).to_have_text("Acknowledged.")
    expect(page.get_by_text("No open alerts.")).to_be_visible()
    done = page.get_by_role("region", name="Acknowledged").locator("tbody tr")
    expect(done).to_have_count(1)
    expect(done).to_contain_text("Owner of web-alerts")
    expect(page.get_by_test_id("admin-alerts-open")).to_have_count(0)
    web.check_page(page, "security-alerts-acknowledged")
