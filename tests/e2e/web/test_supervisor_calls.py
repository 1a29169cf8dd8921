"""A supervisor's call log holds their teams' calls and nothing else: a team member's call
opens with its transcript (redacted: a supervisor is not an admin), another user's call
is refused with the API's message even when its address is typed in."""

from __future__ import annotations

from playwright.sync_api import expect

from callvault.core.permissions import Role
from callvault.identity.models import Group, GroupMember
from tests.e2e.web import data
from tests.e2e.web.browser import WebApp
from tests.support.live import add_user, create_workspace

CARD = "4111 1111 1111 1111"


def test_supervisor_sees_the_team_s_calls_only(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-supervisor")
    boss = add_user(c, owner, Role.SUPERVISOR, name="Sam Supervisor")
    agent = add_user(c, owner, Role.MEMBER, name="Tia Team")
    outsider = add_user(c, owner, Role.MEMBER, name="Oli Other")
    with c.db.write() as s:
        team = Group(workspace_id=owner.workspace_id, name="Support")
        s.add(team)
        s.flush()
        s.add_all(
            [
                GroupMember(
                    group_id=team.id,
                    user_id=boss.user_id,
                    workspace_id=owner.workspace_id,
                    is_supervisor=True,
                ),
                GroupMember(
                    group_id=team.id, user_id=agent.user_id, workspace_id=owner.workspace_id
                ),
            ]
        )
    team_call = data.call(c, owner.workspace_id, agent.user_id, number="+14155550101")
    data.analysed(c, owner.workspace_id, team_call)
    other_call = data.call(c, owner.workspace_id, outsider.user_id, number="+14155550102")

    page, watcher = web.signed_in_page(boss)
    page.goto(web.url + "/calls")
    rows = page.locator("table.list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Tia Team")  # a colleague by name, from the directory
    web.check_page(page, "calls-supervisor")
    rows.first.locator("a").first.click()
    expect(page).to_have_url(web.url + f"/calls/{team_call}")
    transcript = page.get_by_role("list", name="Transcript (redacted)")
    expect(transcript).to_contain_text("on hold for forty minutes")
    expect(transcript).not_to_contain_text(CARD)
    expect(page.get_by_role("radio", name="Raw (unredacted)")).to_have_count(0)

    watcher.allow_http(403, 404)  # typed in by hand: the API refuses, the page says why
    page.goto(web.url + f"/calls/{other_call}")
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.get_by_text("on hold for forty minutes")).to_have_count(0)
