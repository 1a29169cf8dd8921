"""The voicemail inbox: newest first, play (marks read), mark unread, delete."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from callvault.core.permissions import Role
from callvault.intelligence.redaction.entities import EntityType
from tests.e2e.web import data
from tests.e2e.web.browser import WebApp, audio_seconds
from tests.support import audio
from tests.support import vi_factories as vi
from tests.support.live import Member, add_user, create_workspace


def test_play_mark_and_delete_voicemail(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-voicemail")
    member = add_user(c, owner, Role.MEMBER)
    data.voicemail(c, owner.workspace_id, member.user_id, number="+14155550111", seconds=1.0)
    data.voicemail(c, owner.workspace_id, member.user_id, number="+14155550122", seconds=1.5)
    page, _ = web.signed_in_page(member)
    page.goto(web.url + "/")
    expect(page.get_by_role("link", name="Voicemail (2 unread)")).to_be_visible()
    page.get_by_role("link", name="Voicemail (2 unread)").click()
    items = page.locator("ul.voicemail > li")
    expect(items).to_have_count(2)
    expect(items.first).to_contain_text("+14155550122")  # newest first
    expect(items.first).to_contain_text("New")
    web.check_page(page, "voicemail")

    items.first.get_by_role("button", name="Play").click()
    assert audio_seconds(page, "ul.voicemail audio") == pytest.approx(1.5, abs=0.05)
    expect(items.first.get_by_role("button", name="Mark unread")).to_be_visible()
    expect(items.first).not_to_contain_text("New")

    page.get_by_label("Unread only").check()
    expect(items).to_have_count(1)
    expect(items.first).to_contain_text("+14155550111")
    page.get_by_label("Unread only").uncheck()
    expect(items).to_have_count(2)

    items.first.get_by_role("button", name="Delete").click()
    expect(items).to_have_count(1)
    expect(items.first).to_contain_text("+14155550111")


def _a_message(web: WebApp, slug: str, number: str) -> tuple[Member, str]:
    """A member of a new workspace with a one-second message from `number`."""
    c = web.live.container
    member = add_user(c, create_workspace(c, slug), Role.MEMBER)
    message = data.voicemail(c, member.workspace_id, member.user_id, number=number, seconds=1.0)
    return member, message


def test_voicemail_transcript_is_redacted_for_a_member(web: WebApp) -> None:
    c = web.live.container
    member, message = _a_message(web, "web-vm-transcript", "+14155550133")
    lines = (("caller", "Please call me back, my card is 4111 1111 1111 1111."),)
    data.transcribed(c, member.workspace_id, message, lines)
    page, _ = web.signed_in_page(member)
    page.goto(web.url + "/voicemail")
    page.get_by_role("button", name="Transcript").click()
    transcript = page.get_by_role("blockquote", name="Transcript")
    expect(transcript).to_contain_text("Please call me back")
    expect(transcript).not_to_contain_text("4111")
    page.get_by_role("button", name="Play").click()
    # The member hears the redacted rendition, not the original second of audio.
    assert audio_seconds(page, "ul.voicemail audio") == pytest.approx(
        data.redacted_seconds(lines), abs=0.05
    )
    web.check_page(page, "voicemail-transcript")


def test_what_the_leak_check_flags_in_a_voicemail_is_marked(web: WebApp) -> None:
    c = web.live.container
    member, message = _a_message(web, "web-vm-leak", "+14155550134")
    # Phone numbers not redacted here: the leak check, which shares no rules with the
    # redaction, still finds the digits, and the member is told where.
    lines = (("caller", "Please call me back at 415 555 0123 about the invoice."),)
    vi.seed_transcript(
        c, member.workspace_id, "voicemail", message, lines, types=frozenset({EntityType.EMAIL})
    )
    page, _ = web.signed_in_page(member)
    page.goto(web.url + "/voicemail")
    page.get_by_role("button", name="Transcript").click()
    expect(page.get_by_role("note")).to_contain_text("may still give away personal data")
    flagged = page.get_by_role("blockquote", name="Transcript").locator("mark")
    expect(flagged).to_have_count(1)
    expect(flagged).to_contain_text("555")
    web.check_page(page, "voicemail-leak-flagged")


def test_a_member_records_and_removes_their_greeting(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-vm-greeting")
    member = add_user(c, owner, Role.MEMBER)
    page, watcher = web.signed_in_page(member)
    page.goto(web.url + "/voicemail")
    watcher.allow_http(404)  # "no greeting yet" is the API's 404
    page.get_by_text("Your greeting").click()
    expect(page.get_by_text("No greeting of your own")).to_be_visible()
    page.get_by_label("A new greeting (an audio file, up to five minutes)").set_input_files(
        {"name": "hello.wav", "mimeType": "audio/wav", "buffer": audio.wav_bytes(2.0)}
    )
    page.get_by_role("button", name="Use this greeting").click()
    expect(page.get_by_text("Your greeting (0:02):")).to_be_visible()
    assert audio_seconds(page, "details audio") == pytest.approx(2.0, abs=0.1)
    web.check_page(page, "voicemail-greeting")
    page.get_by_role("button", name="Remove greeting").click()
    expect(page.get_by_text("No greeting of your own")).to_be_visible()
