"""The call-recording policy page (owners and admins, ADR 0027): set the company's setting and
a user's from the page, see them listed, clear one; what the page saved is what the server
holds; a member is told the page is not for their role."""

from __future__ import annotations

from playwright.sync_api import expect

from callvault.comms.live import policy
from callvault.core.context import Actor
from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp, nav_section
from tests.support.live import add_user, create_workspace


def _held(web: WebApp, workspace_id: str) -> set[tuple[str, str, str]]:
    with web.live.container.db.read() as s:
        rows = policy.list_policies(s, actor=Actor.system(workspace_id))
        return {(r.scope, r.scope_id, r.mode) for r in rows}


def test_set_list_and_clear_recording_settings(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-recording")
    agent = add_user(c, owner, Role.MEMBER, name="Rita Agent")
    page, _ = web.signed_in_page(owner)
    page.goto(web.url + "/")
    nav_section(page, "Admin").get_by_role("link", name="Call recording").click()
    expect(page.get_by_role("heading", name="Call recording", level=1)).to_be_visible()
    expect(page.get_by_text("Nothing is set")).to_be_visible()

    form = page.get_by_role("form", name="Change a setting")
    form.get_by_label("Setting").select_option("never")
    form.get_by_role("button", name="Save").click()
    table = page.get_by_role("table", name="Recording settings")
    expect(table.get_by_role("row")).to_have_count(2)  # the header, then the company
    expect(table).to_contain_text("Never record")

    form.get_by_label("Level").select_option("user")
    form.get_by_label("User").select_option(label=f"Rita Agent ({agent.email})")
    form.get_by_label("Setting").select_option("always")
    form.get_by_role("button", name="Save").click()
    expect(table.get_by_role("row")).to_have_count(3)
    expect(table.get_by_role("row", name="Rita Agent")).to_contain_text("Always record")
    web.check_page(page, "admin-recording")
    assert _held(web, owner.workspace_id) == {
        ("workspace", owner.workspace_id, "never"),
        ("user", agent.user_id, "always"),
    }

    page.get_by_role("button", name="Clear company setting for Company").click()
    expect(table.get_by_role("row")).to_have_count(2)
    assert _held(web, owner.workspace_id) == {("user", agent.user_id, "always")}

    member_page, _ = web.signed_in_page(agent)
    member_page.goto(web.url + "/admin/recording")
    expect(member_page.get_by_role("heading", name="Not available")).to_be_visible()
