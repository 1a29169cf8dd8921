"""Chat in the web app, against a real `callvault serve` app: a message sent in one browser
appears live in another (two contexts, two users) with its unread badges; edits and
deletions follow live; attachments go up and come down; markup in a body, a title and a
file name stays text; a revoked session sends the browser to sign-in, keeping its place."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from callvault.comms.chat import messages
from callvault.comms.chat import service as chat
from callvault.comms.chat.schemas import ConversationIn
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.realtime.bus import InProcessBus
from callvault.web.ws import SocketPolicy
from tests.e2e.web.browser import WebApp, wait_until
from tests.support.live import Member, add_user, create_workspace, sign_in

SCRIPT = "<script>window.__xss = 'script'</script>"
IMAGE = "<img src=x onerror=\"window.__xss = 'img'\">"
MESSAGE = "Message (Enter sends; Shift+Enter for a new line)"


def as_user(m: Member) -> Actor:
    return Actor(
        workspace_id=m.workspace_id,
        actor_type="user",
        actor_id=m.user_id,
        role=m.role.value,
        user_id=m.user_id,
    )


def conversation(web: WebApp, m: Member, others: list[Member], title: str | None = None) -> str:
    c = web.live.container
    data = ConversationIn(
        kind="group" if title or len(others) != 1 else "direct",
        member_ids=[o.user_id for o in others],
        title=title,
    )
    out, _ = chat.create_conversation(
        c.db, keyring=c.keyring, audit=c.audit, bus=c.bus, actor=as_user(m), data=data
    )
    return out.id


def live_chat(page: Page) -> None:
    """Wait until the page's socket is connected (the chat page says so)."""
    expect(page.get_by_role("status")).to_have_text("Live")


def test_a_message_sent_in_one_browser_appears_live_in_another(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-chat-live")
    alice = add_user(c, owner, Role.MEMBER, name="Alice Example")
    bob = add_user(c, owner, Role.MEMBER, name="Bob Example")
    a_page, _ = web.signed_in_page(alice, "alice")
    b_page, _ = web.signed_in_page(bob, "bob", width=390)  # a phone

    b_page.goto(web.url + "/")
    expect(b_page.get_by_role("heading", name="Unread chats")).to_be_visible()
    expect(b_page.get_by_text("No unread messages.")).to_be_visible()

    # Alice starts a 1:1 with Bob in the app and writes.
    a_page.goto(web.url + "/chat")
    live_chat(a_page)
    expect(a_page.get_by_text("No conversations yet.")).to_be_visible()
    web.check_page(a_page, "chat")
    a_page.get_by_text("New conversation", exact=True).click()
    people = a_page.get_by_label("People (one for a 1:1, several for a group)")
    people.select_option(label="Bob Example")
    a_page.get_by_role("button", name="Start").click()
    expect(a_page.get_by_role("heading", name="Bob Example", level=2)).to_be_visible()
    a_page.get_by_label(MESSAGE).fill("hello bob")
    a_page.get_by_role("button", name="Send", exact=True).click()
    a_messages = a_page.locator("ol.messages li")
    expect(a_messages).to_have_count(1)
    expect(a_page.get_by_label(MESSAGE)).to_have_value("")

    # Bob's home page learns of it live: the nav badge (on the Menu button at phone width)
    # and home's unread chats.
    b_page.evaluate("window.__sameDocument = true")  # no reload below
    nav = b_page.get_by_role("navigation", name="Main")
    menu = nav.get_by_role("button", name=re.compile("^Menu"))
    expect(menu).to_have_accessible_name(re.compile(r"^Menu\W+1 unread$"))
    unread = b_page.get_by_role("region", name="Unread chats")
    expect(unread.get_by_role("link", name="Alice Example")).to_be_visible()
    expect(unread).to_contain_text("1 unread")
    web.check_page(b_page, "home-unread-chats-phone")

    # Bob opens chat (the list's badge) and the conversation: read, the badges go; then
    # Alice's next message arrives while he looks.
    menu.click()
    b_page.get_by_role("link", name=re.compile(r"^Chat\W+1 unread$")).click()
    b_list = b_page.get_by_role("navigation", name="Conversations")
    b_list.get_by_role("link", name=re.compile(r"^Alice Example\W+1 unread$")).click()
    b_messages = b_page.locator("ol.messages li")
    expect(b_messages).to_have_count(1)
    expect(b_messages.first.locator(".body")).to_have_text("hello bob")
    expect(menu).to_have_accessible_name("Menu")
    live_chat(b_page)
    a_page.get_by_label(MESSAGE).fill("are you there?")
    a_page.get_by_label(MESSAGE).press("Enter")  # Enter sends
    expect(b_messages).to_have_count(2)
    expect(b_messages.nth(1).locator(".body")).to_have_text("are you there?")
    expect(b_messages.nth(1).locator(".sender")).to_have_text("Alice Example")
    expect(menu).to_have_accessible_name("Menu")  # read at once
    web.check_page(b_page, "chat-conversation-phone")

    # Bob answers (Shift+Enter is a new line); Alice sees it live, on the left.
    box = b_page.get_by_label(MESSAGE)
    box.fill("yes")
    box.press("Shift+Enter")
    box.type("here")
    box.press("Enter")
    expect(a_messages).to_have_count(3)
    expect(a_messages.nth(2).locator(".body")).to_have_text("yes\nhere")
    expect(a_messages.nth(2)).not_to_have_class("message mine")

    # Alice edits her first message and deletes her second: Bob's view follows.
    first = a_messages.first
    first.get_by_role("button", name="Edit").click()
    first.get_by_role("textbox", name="Edit message").fill("hello, bob")
    first.get_by_role("button", name="Save").click()
    expect(b_messages.first.locator(".body")).to_have_text("hello, bob")
    expect(b_messages.first).to_contain_text("(edited)")
    second = a_messages.nth(1)
    second.get_by_role("button", name="Delete").click()
    second.get_by_role("button", name="Yes, delete").click()
    expect(b_messages).to_have_count(2)
    expect(b_page.locator("ol.messages")).not_to_contain_text("are you there?")
    assert b_page.evaluate("window.__sameDocument") is True
    web.check_page(a_page, "chat-conversation")


def test_attachments_and_markup_payloads_render_as_text(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-chat-files")
    alice = add_user(c, owner, Role.MEMBER, name="Alice Files")
    bob = add_user(c, owner, Role.MEMBER, name="Bob Files")
    title = f"Team {SCRIPT}"
    conv = conversation(web, alice, [bob], title=title)
    a_page, _ = web.signed_in_page(alice, "alice")
    b_page, _ = web.signed_in_page(bob, "bob")
    for page in (a_page, b_page):
        page.goto(web.url + f"/chat/{conv}")
        live_chat(page)
        expect(page.get_by_role("heading", name=title, level=2)).to_be_visible()

    a_page.get_by_label(MESSAGE).fill(f"quarterly {SCRIPT} {IMAGE}")
    a_page.get_by_role("button", name="Send", exact=True).click()
    file_name = f"{IMAGE}.txt"
    content = b"quarterly figures\n"
    a_page.get_by_label("File to send", exact=True).set_input_files(
        {"name": file_name, "mimeType": "text/plain", "buffer": content}
    )
    a_page.get_by_role("button", name="Send file").click()

    b_messages = b_page.locator("ol.messages li")
    expect(b_messages).to_have_count(2)
    expect(b_messages.first.locator(".body")).to_have_text(f"quarterly {SCRIPT} {IMAGE}")
    link = b_messages.nth(1).get_by_role("link", name=file_name)
    expect(link).to_have_text(file_name)
    expect(b_messages.nth(1)).to_contain_text("(18 B)")
    with b_page.expect_download() as downloading:
        link.click()
    download = downloading.value
    path = download.path()
    assert path is not None and path.read_bytes() == content
    assert "onerror" in download.suggested_filename

    # The conversation list shows the title as text too, and search finds the message.
    nav = b_page.get_by_role("navigation", name="Conversations")
    expect(nav.get_by_role("link", name=title)).to_be_visible()
    b_page.get_by_label("Words to find").fill("quarterly")
    b_page.get_by_role("button", name="Search", exact=True).click()
    hits = b_page.get_by_role("list", name="Search results").locator("li")
    expect(hits).to_have_count(1)
    expect(hits.first.locator(".body")).to_have_text(f"quarterly {SCRIPT} {IMAGE}")

    for page in (a_page, b_page):
        assert page.evaluate("window.__xss") is None
        assert page.locator("main script").count() == 0
        assert page.locator("main img").count() == 0
    web.check_page(b_page, "chat-attachments-and-markup")


def test_a_revoked_session_goes_to_sign_in_and_comes_back(web: WebApp) -> None:
    # The server re-checks each socket's session often here, so the page learns of the
    # revocation by itself, with nobody clicking anything.
    web.live.server.config.app.state.socket_policy = SocketPolicy(check_interval=0.3)
    c = web.live.container
    owner = create_workspace(c, "web-chat-revoked")
    bob = add_user(c, owner, Role.MEMBER, name="Bob Revoked")
    conv = conversation(web, owner, [bob])
    page, watcher = web.signed_in_page(bob, "bob")
    page.goto(web.url + f"/chat/{conv}")
    live_chat(page)
    page.get_by_label(MESSAGE).fill("typed before the revocation")

    admin = web.live.client(sign_in(web.live, owner))
    revoked = admin.delete(f"/api/v1/users/{bob.user_id}/sessions")
    assert revoked.status_code in (200, 204), revoked.text
    watcher.allow_http(401)  # the ticket for the reconnection is refused
    expect(page).to_have_url(web.url + f"/sign-in?next=%2Fchat%2F{conv}", timeout=10_000)
    web.sign_in_with_form(page, bob)
    expect(page).to_have_url(web.url + f"/chat/{conv}")
    live_chat(page)
    wait_until(page, "document.querySelector('ol.messages') !== null")


def test_after_a_dropped_socket_the_page_reconnects_and_refetches(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-chat-resync")
    alice = add_user(c, owner, Role.MEMBER, name="Alice Resync")
    conv = conversation(web, owner, [alice])
    page, _ = web.signed_in_page(alice, "alice")
    page.goto(web.url + f"/chat/{conv}")
    live_chat(page)
    expect(page.get_by_text("No messages yet. Say hello.")).to_be_visible()
    page.evaluate("window.__sameDocument = true")
    # A message whose event this page never gets (published on a bus nobody listens to):
    # what a socket misses while it is down.
    messages.post_message(
        c.db,
        keyring=c.keyring,
        bus=InProcessBus(),
        actor=as_user(owner),
        conversation_id=conv,
        body="sent while you were away",
    )
    # The server drops the page's socket as too slow (1013: reconnect and refetch).
    assert isinstance(c.bus, InProcessBus)  # one process: the in-process bus (ADR 0016)
    c.bus.overflow_all()
    shown = page.locator("ol.messages li .body")
    expect(shown).to_have_text(["sent while you were away"])
    live_chat(page)
    assert page.evaluate("window.__sameDocument") is True


def test_a_group_is_made_renamed_joined_and_left_live(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-chat-group")
    alice = add_user(c, owner, Role.MEMBER, name="Alice Group")
    bob = add_user(c, owner, Role.MEMBER, name="Bob Group")
    dave = add_user(c, owner, Role.SUPERVISOR, name="Dave Group")
    pages = {}
    for m, name in ((alice, "alice"), (bob, "bob"), (dave, "dave")):
        page, _ = web.signed_in_page(m, name)
        page.goto(web.url + "/chat")
        live_chat(page)
        pages[name] = page
    a, b, d = pages["alice"], pages["bob"], pages["dave"]

    a.get_by_text("New conversation", exact=True).click()
    a.get_by_label("People (one for a 1:1, several for a group)").select_option(label="Bob Group")
    a.get_by_label("Group title (optional)").fill("Launch")
    a.get_by_role("button", name="Start").click()
    expect(a.get_by_role("heading", name="Launch", level=2)).to_be_visible()
    b_list = b.get_by_role("navigation", name="Conversations")
    expect(b_list.get_by_role("link", name="Launch")).to_be_visible()

    a.get_by_text("Group settings", exact=True).click()
    a.get_by_label("Group title (empty: the members' names)").fill("Launch team")
    a.get_by_role("button", name="Rename").click()
    expect(a.get_by_role("heading", name="Launch team", level=2)).to_be_visible()
    expect(b_list.get_by_role("link", name="Launch team")).to_be_visible()

    a.get_by_label("People to add").select_option(label="Dave Group")
    a.get_by_role("button", name="Add", exact=True).click()
    d_list = d.get_by_role("navigation", name="Conversations")
    expect(d_list.get_by_role("link", name="Launch team")).to_be_visible()
    expect(a.get_by_text("3 members: Alice Group, Bob Group, Dave Group")).to_be_visible()
    web.check_page(a, "chat-group-settings")

    b_list.get_by_role("link", name="Launch team").click()
    b.get_by_text("Group settings", exact=True).click()
    b.get_by_role("button", name="Leave this group").click()
    expect(b).to_have_url(web.url + "/chat")
    expect(b_list.get_by_role("link", name="Launch team")).to_have_count(0)
    expect(a.get_by_text("2 members: Alice Group, Dave Group")).to_be_visible()
