"""Text that users or callers supplied renders as text: script and markup payloads in a
contact's fields and in a call's transcript stay inert (React escapes them; the CSP would
refuse an inline script or handler anyway, and the watcher fails the test on any violation).
And the watcher itself is shown to catch a violation, so its silence means something."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from callvault.comms.contacts import service as contacts
from callvault.comms.contacts.schemas import ContactIn
from callvault.core.context import Actor
from callvault.core.permissions import Role
from tests.e2e.web import data
from tests.e2e.web.browser import WebApp
from tests.support.live import Member, add_user, create_workspace

SCRIPT = "<script>window.__xss = 'script'</script>"
IMAGE = "<img src=x onerror=\"window.__xss = 'img'\">"


def member_actor(m: Member) -> Actor:
    return Actor(
        workspace_id=m.workspace_id,
        actor_type="user",
        actor_id=m.user_id,
        role=m.role.value,
        user_id=m.user_id,
    )


def assert_inert(page: Page, container: str) -> None:
    assert page.evaluate("window.__xss") is None
    assert page.locator(f"{container} script").count() == 0
    assert page.locator(f"{container} img").count() == 0


def test_contact_fields_render_as_text(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-xss-contact")
    member = add_user(c, owner, Role.MEMBER)
    payload = ContactIn(name=f"Eve {SCRIPT}", company=IMAGE, notes=SCRIPT + IMAGE)
    with c.db.write() as s:
        contacts.create_contact(
            s, keyring=c.keyring, audit=c.audit, actor=member_actor(member), data=payload
        )
    page, _ = web.signed_in_page(member)
    page.goto(web.url + "/contacts")
    row = page.locator("table.list tbody tr")
    expect(row).to_have_count(1)
    expect(row.locator("td.contact-name")).to_have_text(f"Eve {SCRIPT}")
    expect(row).to_contain_text(IMAGE)
    page.get_by_role("button", name=f"Edit Eve {SCRIPT}").click()
    expect(page.get_by_label("Notes")).to_have_value(SCRIPT + IMAGE)
    assert_inert(page, "main")
    web.shot(page, "xss-contact")


def test_transcript_renders_as_text(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-xss-transcript")
    member = add_user(c, owner, Role.MEMBER)
    call_id = data.call(c, owner.workspace_id, member.user_id)
    lines = (("caller", f"hello {SCRIPT} there"), ("callee", f"and {IMAGE} too"))
    data.analysed(c, owner.workspace_id, call_id, lines)
    page, _ = web.signed_in_page(member)
    page.goto(web.url + f"/calls/{call_id}")
    turns = page.get_by_role("list", name="Transcript (redacted)").locator("li")
    expect(turns).to_have_count(2)
    expect(turns.nth(0).locator("p")).to_contain_text("window.__xss")
    expect(turns.nth(1).locator("p")).to_contain_text("onerror")
    assert_inert(page, "main")
    web.shot(page, "xss-transcript")


def test_the_watcher_catches_a_csp_violation(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-watcher")
    page, watcher = web.signed_in_page(owner)
    page.goto(web.url + "/")
    expect(page.get_by_role("heading", name="Welcome, Owner of web-watcher")).to_be_visible()
    # What an injection would try: an inline script added to the page. The CSP refuses it.
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.__xss = 1'; document.body.appendChild(s); }"
    )
    page.wait_for_timeout(300)  # the violation event is reported asynchronously
    assert page.evaluate("window.__xss") is None
    caught = [p for p in watcher.problems if "script-src" in p]
    assert caught, watcher.problems
    watcher.problems.clear()  # seen and expected: the test's own teardown must not fail
