"""The usage dashboard in Chromium against a real server: KPI tiles and charts over real
calls, a group filter that changes the figures, a bar clicked (and a table figure followed)
down to the call log listing exactly the calls behind it; phone width; the nav entry for
admins and supervisors only."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

from playwright.sync_api import expect

from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp
from tests.integration.analytics.helpers import OUTSIDE, group, ingest
from tests.support.live import add_user, create_workspace


def test_dashboard_filters_and_drills_down_to_the_calls(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-usage")
    sup = add_user(c, owner, Role.SUPERVISOR, name="Sam Supervisor")
    mia = add_user(c, owner, Role.MEMBER, name="Mia <b>One</b>")
    moe = add_user(c, owner, Role.MEMBER, name="Moe Three")
    team = group(c, owner.workspace_id, {sup.user_id: True, mia.user_id: False})
    ws = owner.workspace_id
    day = datetime.combine(datetime.now(UTC).date() - timedelta(days=3), time(10), tzinfo=UTC)
    out = {"number": OUTSIDE}
    for i in range(3):  # Mia: three answered inbound calls, one missed
        ingest(c, ws, started=day + timedelta(minutes=i), direction="inbound", caller=out,
               callee={"user_id": mia.user_id}, disposition="answered", seconds=95)  # fmt: skip
    ingest(c, ws, started=day + timedelta(hours=1), direction="inbound", caller=out,
           callee={"user_id": mia.user_id}, disposition="missed", seconds=15)  # fmt: skip
    for i in range(2):  # Moe (on no team): two answered outbound calls the day before
        ingest(c, ws, started=day - timedelta(days=1, minutes=i), direction="outbound",
               caller={"user_id": moe.user_id}, callee=out, disposition="answered",
               seconds=60)  # fmt: skip

    page, _ = web.signed_in_page(owner)
    page.goto(web.url + "/")
    page.get_by_role("link", name="Dashboard").click()
    expect(page.get_by_role("heading", name="Usage dashboard")).to_be_visible()
    tiles = page.locator(".kpis")
    expect(tiles.locator(".kpi", has_text="Calls").locator("dd")).to_have_text("6")
    expect(tiles.locator(".kpi", has_text="Answer rate").locator("dd")).to_have_text("83.3 %")
    expect(page.locator(".bar-chart canvas")).to_have_count(3)
    # The legend lists the outcomes in their own order, the table's (the chart draws them in
    # reverse so the bottom segment is in front; the legend once followed that).
    legend = page.locator(".bar-chart").first.locator(".u-legend .u-series .u-label")
    expect(legend).to_have_text(["Answered", "Missed", "Voicemail", "Rejected", "Failed"])
    users = page.get_by_role("table", name="Users on the most calls, most first")
    expect(users.locator("tbody tr").first).to_contain_text("Mia <b>One</b>")  # as text
    web.check_page(page, "dashboard")

    # Filter: Mia's team only.
    team_name = page.get_by_label("Group").locator("option").nth(1).inner_text()
    page.get_by_label("Group").select_option(label=team_name)
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(rf"/dashboard\?start=[-\d]+&end=[-\d]+&group={team}$"))
    expect(tiles.locator(".kpi", has_text="Calls").locator("dd")).to_have_text("4")
    expect(tiles.locator(".kpi", has_text="Missed-call rate").locator("dd")).to_have_text("25.0 %")

    # Drill-down by clicking the bottom (answered) segment of the day's bar.
    over = page.locator(".bar-chart").first.locator(".u-over")
    box = over.bounding_box()
    assert box is not None
    days = 30
    index = days - 1 - 3  # the range ends today; the calls were three days ago
    over.click(position={"x": box["width"] * (index + 0.5) / days, "y": box["height"] - 3})
    expect(page).to_have_url(
        f"{web.url}/calls?since={day.date().isoformat()}T00%3A00%3A00Z"
        f"&until={(day.date() + timedelta(days=1)).isoformat()}T00%3A00%3A00Z"
        f"&disposition=answered&group_id={team}"
    )
    expect(page.locator("table.list tbody tr")).to_have_count(3)
    expect(page.get_by_text("Only calls with a member of one group")).to_be_visible()
    web.check_page(page, "dashboard-drill-down")

    # The table beside the chart drills down too (keyboard users' way): the missed call.
    page.go_back()
    page.get_by_text("Table: calls per day by outcome").click()
    page.get_by_role("link", name=f"1 missed on {day.date().isoformat()}: show them").click()
    rows = page.locator("table.list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("missed")


def test_dashboard_roles_and_phone_width(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-usage-roles")
    sup = add_user(c, owner, Role.SUPERVISOR)
    member = add_user(c, owner, Role.MEMBER)
    group(c, owner.workspace_id, {sup.user_id: True, member.user_id: False})
    ingest(c, owner.workspace_id, started=datetime.now(UTC) - timedelta(hours=2),
           direction="inbound", caller={"number": OUTSIDE},
           callee={"user_id": member.user_id}, disposition="answered", seconds=40)  # fmt: skip

    phone, _ = web.signed_in_page(sup, "supervisor", width=390)
    phone.goto(web.url + "/dashboard")
    phone.get_by_role("button", name="Menu").click()  # phone width: the links behind one button
    expect(phone.get_by_role("link", name="Dashboard")).to_be_visible()
    phone.get_by_role("button", name="Menu").click()
    expect(phone.get_by_text("Your teams' calls")).to_be_visible()
    expect(phone.locator(".kpis .kpi", has_text="Calls").locator("dd")).to_have_text("1")
    # A wide table keeps its headers and scrolls sideways, its first column in place; a
    # narrow one stacks, each value labelled by its header.
    phone.get_by_text("Table: calls per day by outcome").click()
    days = phone.get_by_role("table", name="Calls per day by outcome")
    expect(days.locator("thead")).to_be_visible()
    sticky = days.locator("tbody tr").first.locator("th")
    assert sticky.evaluate("c => getComputedStyle(c).position") == "sticky"
    user = phone.get_by_role("table", name="Users on the most calls, most first").locator(
        "tbody th"
    )
    assert user.evaluate("c => getComputedStyle(c, '::before').content") == '"User"'
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways at phone width ({width}px)"
    web.check_page(phone, "dashboard-phone")

    page, _ = web.signed_in_page(member, "member")
    page.goto(web.url + "/")
    expect(page.get_by_role("link", name="Calls", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Dashboard")).to_have_count(0)
    page.goto(web.url + "/dashboard")  # told at once, asking the API for nothing
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
    expect(page.get_by_role("alert")).to_have_text(
        "Your role (member) does not allow the usage dashboard page."
    )
