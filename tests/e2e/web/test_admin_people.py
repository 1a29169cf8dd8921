"""Admin pages for people: users (invite with its one-time link, role change, disable and
enable, offboarding with reassignment), groups and supervisors; a member sees none of them
and is told "not allowed" at their addresses; names carrying markup render as text."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from callvault.audit.service import AuditFilter
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.identity import groups
from tests.e2e.web.browser import WebApp, nav_section
from tests.support.live import add_user, create_workspace

SCRIPT = "<script>window.__xss = 'script'</script>"
IMAGE = "<img src=x onerror=\"window.__xss = 'img'\">"


def confirm(page: Page, question: str, button: str) -> None:
    """Answer a destructive action's question (shown in place of its button)."""
    group = page.get_by_role("group", name=question)
    expect(group).to_be_visible()
    expect(group.get_by_role("button", name="Cancel")).to_be_focused()
    group.get_by_role("button", name=button, exact=True).click()


def test_owner_invites_changes_role_disables_and_offboards(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-users")
    leaver = add_user(c, owner, Role.MEMBER, name="Lee Leaver")
    sam = add_user(c, owner, Role.MEMBER, name="Sam Successor")
    page, watcher = web.signed_in_page(owner)
    page.goto(web.url + "/")
    nav_section(page, "Admin").get_by_role("link", name="Users").click()
    expect(page).to_have_url(web.url + "/admin/users")
    rows = page.locator("table.list tbody tr")
    expect(rows).to_have_count(3)
    web.check_page(page, "admin-users")

    # Invite: the one-time link is shown; a taken email keeps what was typed and says why.
    form = page.get_by_role("form", name="Invite a user")
    form.get_by_label("Name").fill("Nia New")
    form.get_by_label("Email").fill("nia@web-users.example.com")
    form.get_by_label("Role").select_option("supervisor")
    form.get_by_role("button", name="Invite").click()
    link = page.get_by_role("status", name="The one-time invitation link")
    expect(link).to_contain_text(web.url + "/invite/")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=web.url)
    page.get_by_role("button", name="Copy the invitation link").click()
    expect(page.get_by_text("Copied.")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == link.inner_text()
    expect(rows).to_have_count(4)
    expect(rows.filter(has_text="Nia New")).to_contain_text("invited: link not used yet")
    watcher.allow_http(409)
    form.get_by_label("Name").fill("Nia Again")
    form.get_by_label("Email").fill("nia@web-users.example.com")
    form.get_by_role("button", name="Invite").click()
    expect(form.get_by_role("alert")).to_have_text("A user with this email already exists.")
    expect(form.get_by_label("Name")).to_have_value("Nia Again")
    expect(form.get_by_label("Email")).to_have_value("nia@web-users.example.com")

    # Role change, disable (asks first; Cancel keeps them), enable.
    row = rows.filter(has_text="Lee Leaver")
    row.get_by_role("combobox", name="Role of Lee Leaver").select_option("supervisor")
    row.get_by_role("button", name="Change role of Lee Leaver").click()
    expect(row.locator("td").nth(1)).to_have_text("supervisor")
    row.get_by_role("button", name="Disable Lee Leaver").click()
    row.get_by_role("button", name="Cancel").click()
    expect(row.get_by_role("button", name="Disable Lee Leaver")).to_be_focused()
    expect(row.locator("td").nth(2)).to_have_text("active")
    row.get_by_role("button", name="Disable Lee Leaver").click()
    confirm(page, "Disable Lee Leaver? They are signed out everywhere.", "Disable")
    expect(row.locator("td").nth(2)).to_have_text("disabled")
    row.get_by_role("button", name="Enable Lee Leaver").click()
    expect(row.locator("td").nth(2)).to_have_text("active")

    # Offboarding with reassignment to a successor, keyboard only.
    row.get_by_role("button", name="Offboard Lee Leaver").click()
    panel = page.get_by_role("form", name="Offboard Lee Leaver")
    expect(page.get_by_role("heading", name="Offboard Lee Leaver")).to_be_focused()
    panel.get_by_label("Successor").select_option(label=f"Sam Successor ({sam.email})")
    panel.get_by_role("button", name="Offboard", exact=True).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Cancel")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text="was offboarded")).to_contain_text(
        "Lee Leaver was offboarded (reassign)"
    )
    expect(row.locator("td").nth(2)).to_have_text("disabled")
    with c.db.read() as s:
        entries = c.audit.list(
            s, workspace_id=owner.workspace_id, filters=AuditFilter(action="user.offboard")
        )
    assert [e.object_id for e in entries] == [leaver.user_id]


def test_admin_manages_groups_and_supervisors(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-groups")
    admin = add_user(c, owner, Role.ADMIN, name="Ada Admin")
    sue = add_user(c, owner, Role.SUPERVISOR, name="Sue Supervisor")
    mo = add_user(c, owner, Role.MEMBER, name="Mo Member")
    page, watcher = web.signed_in_page(admin, width=390)  # phone width
    page.goto(web.url + "/admin/groups")
    expect(page.get_by_text("No groups yet.")).to_be_visible()
    new = page.get_by_role("form", name="New group")
    new.get_by_label("Group name").fill("Sales")
    new.get_by_role("button", name="Create group").click()
    card = page.get_by_role("region", name="Sales")
    expect(card).to_be_visible()

    add = card.get_by_role("form", name="Add a member to Sales")
    add.get_by_label("Add member").select_option(label=f"Sue Supervisor ({sue.email})")
    add.get_by_role("checkbox", name="Supervisor").check()
    add.get_by_role("button", name="Add").click()
    expect(card.locator(".members li")).to_have_count(1)
    expect(card.locator(".members li")).to_contain_text("Sue Supervisor — supervisor")
    add.get_by_label("Add member").select_option(label=f"Mo Member ({mo.email})")
    add.get_by_role("button", name="Add").click()
    expect(card.locator(".members li")).to_have_count(2)
    card.get_by_role("button", name="Make supervisor: Mo Member in Sales").click()
    expect(card.locator(".members li").filter(has_text="Mo Member")).to_contain_text("supervisor")
    card.get_by_role("button", name="Remove Mo Member from Sales").click()
    expect(card.locator(".members li")).to_have_count(1)
    web.check_page(page, "admin-groups-phone")
    with c.db.read() as s:
        [group] = groups.list_groups(s, actor=Actor.system(owner.workspace_id))
    assert [(m.user_id, m.is_supervisor) for m in group.members] == [(sue.user_id, True)]

    # A taken name is refused with the server's message; what was typed stays.
    watcher.allow_http(422)
    new.get_by_label("Group name").fill("Support")
    new.get_by_role("button", name="Create group").click()
    expect(page.get_by_role("region", name="Support")).to_be_visible()
    rename = page.get_by_role("form", name="Rename Support")
    rename.get_by_label("New name").fill("Sales")
    rename.get_by_role("button", name="Rename").click()
    expect(page.get_by_role("region", name="Support").get_by_role("alert")).to_have_text(
        "A group with this name already exists."
    )
    expect(rename.get_by_label("New name")).to_have_value("Sales")
    rename.get_by_label("New name").fill("Support desk")
    rename.get_by_role("button", name="Rename").click()
    desk = page.get_by_role("region", name="Support desk")
    expect(desk).to_be_visible()
    desk.get_by_role("button", name="Delete group Support desk").click()
    confirm(
        page,
        "Delete the group Support desk? Its members stay; its supervisors lose sight of them.",
        "Delete",
    )
    expect(desk).to_have_count(0)
    expect(page.get_by_role("region", name="Sales")).to_be_visible()


ADMIN_PAGES = {
    "/admin/users": "users",
    "/admin/groups": "groups",
    "/admin/keys": "keys",
    "/admin/jobs": "jobs",
    "/admin/closure": "workspace closure",
    "/audit": "audit log",  # not admin pages, but not a member's either
    "/dashboard": "usage dashboard",
}
ADMIN_LINKS = ["Users", "Groups", "Keys", "Jobs", "Closure"]


def nav_links(page: Page) -> list[str]:
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Home")).to_be_visible()
    admin = nav.get_by_role("button", name="Admin")
    if admin.count():  # the admin pages' links are in the page while that section is open
        admin.click()
    return nav.get_by_role("link").all_inner_texts()


def test_a_member_sees_no_admin_page_and_an_admin_no_closure(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-admin-roles")
    member = add_user(c, owner, Role.MEMBER)
    page, _ = web.signed_in_page(member)
    page.goto(web.url + "/")
    assert not set(ADMIN_LINKS) & set(nav_links(page))
    for path, title in ADMIN_PAGES.items():
        page.goto(web.url + path)
        expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
        expect(page.get_by_role("alert")).to_have_text(
            f"Your role (member) does not allow the {title} page."
        )
    web.check_page(page, "admin-not-allowed")

    admin = add_user(c, owner, Role.ADMIN)
    page, _ = web.signed_in_page(admin, "admin")
    page.goto(web.url + "/")
    links = nav_links(page)
    assert [x for x in ADMIN_LINKS if x in links] == ["Users", "Groups", "Keys", "Jobs"]
    page.goto(web.url + "/admin/closure")
    expect(page.get_by_role("alert")).to_have_text(
        "Your role (admin) does not allow the workspace closure page."
    )
    page.goto(web.url + "/admin/keys")
    expect(page.get_by_text("Only an owner can rotate keys.")).to_be_visible()
    expect(page.get_by_role("button", name="Rotate keys now")).to_have_count(0)
    # An admin is offered nothing the server refuses them: no action on an owner's (or
    # another admin's) row, and no owner or admin role to give.
    page.goto(web.url + "/admin/users")
    owner_row = page.get_by_role("row").filter(has_text=owner.email)
    expect(owner_row).to_contain_text("Only an owner can change an owner or an admin.")
    expect(owner_row.get_by_role("button")).to_have_count(0)
    member_row = page.get_by_role("row").filter(has_text=member.email)
    expect(member_row.get_by_role("button", name="Disable")).to_be_visible()
    roles = member_row.get_by_role("combobox").locator("option").all_inner_texts()
    assert "owner" not in roles and "admin" not in roles and "member" in roles
    invite_roles = page.get_by_role("form").first.get_by_role("combobox")
    offered = invite_roles.locator("option").all_inner_texts()
    assert offered == ["member", "supervisor", "auditor", "reviewer"], offered


def test_names_with_markup_render_as_text(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-admin-xss")
    eve = add_user(c, owner, Role.MEMBER, name=f"Eve {SCRIPT}")
    page, _ = web.signed_in_page(owner)
    page.goto(web.url + "/admin/users")
    row = page.locator("table.list tbody tr").filter(has_text="Eve")
    expect(row.locator("td").first).to_contain_text(f"Eve {SCRIPT}")
    expect(row.get_by_role("button", name=f"Offboard Eve {SCRIPT}")).to_be_visible()

    page.goto(web.url + "/admin/groups")
    new = page.get_by_role("form", name="New group")
    new.get_by_label("Group name").fill(IMAGE)
    new.get_by_role("button", name="Create group").click()
    card = page.get_by_role("region", name=IMAGE)
    expect(card.get_by_role("heading", level=2)).to_have_text(IMAGE)
    add = card.get_by_role("form", name=f"Add a member to {IMAGE}")
    add.get_by_label("Add member").select_option(label=f"Eve {SCRIPT} ({eve.email})")
    add.get_by_role("button", name="Add").click()
    expect(card.locator(".members li")).to_have_text([f"Eve {SCRIPT}Make supervisorRemove"])
    assert page.evaluate("window.__xss") is None
    assert page.locator("main script").count() == 0
    assert page.locator("main img").count() == 0
    web.shot(page, "admin-xss")
