"""A call's sentiment and moments on its page, in Chromium against a real server: the arc per
speaker drawn by uPlot with the same figures in a table, each moment found leading to the
words it was found in (marked in the transcript), a point of the arc leading to its turn."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from callvault.core.permissions import Role
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType
from tests.e2e.web import data
from tests.e2e.web.browser import WebApp, audio_seconds, wait_until
from tests.support import vi_factories as vi
from tests.support.live import add_user, create_workspace


def test_sentiment_arc_and_moments_lead_to_the_transcript(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-insights")
    member = add_user(c, owner, Role.MEMBER)
    vi.moment(c, owner.workspace_id)  # "Refund asked": the phrase "want a refund"
    call_id = data.call(c, owner.workspace_id, member.user_id)
    data.analysed(c, owner.workspace_id, call_id)

    page, _ = web.signed_in_page(member)
    page.goto(web.url + f"/calls/{call_id}")
    transcript = page.get_by_role("list", name="Transcript (redacted)")
    expect(transcript.locator("li")).to_have_count(5)
    audio_seconds(page)  # the player is ready to be set

    # Moments: each found one with its words; "show in transcript" marks exactly them.
    moments = page.get_by_role("region", name="Moments")
    expect(moments.locator("li")).to_have_count(1)
    expect(moments.locator("li")).to_contain_text("Refund asked")
    expect(moments.locator("li q")).to_contain_text("want a refund")
    found = re.compile(r"^show in transcript: Refund asked at \d+:\d\d$")
    moments.get_by_role("button", name=found).click()
    marked = transcript.locator("li.evidence")
    expect(marked).to_have_count(1)
    expect(marked.locator("mark")).to_have_text("want a refund")
    expect(marked).to_contain_text("on hold for forty minutes")

    # Sentiment: the overall figures as text, the arc as a chart (a line per speaker) and
    # the same points as a table whose times lead to the turn said then.
    sentiment = page.get_by_role("region", name="Sentiment")
    expect(sentiment).to_contain_text("Overall:")
    expect(sentiment.locator(".sentiment-chart canvas")).to_have_count(1)
    expect(sentiment.locator(".u-legend .u-series .u-label")).to_have_text(["caller", "callee"])
    web.check_page(page, "call-insights")
    sentiment.get_by_text("Sentiment over time, as a table").click()
    points = sentiment.get_by_role("table", name="Sentiment over time").locator("tbody tr")
    expect(points).not_to_have_count(0)
    last = points.last
    at = last.get_by_role("button").inner_text()
    last.get_by_role("button").click()
    minutes, seconds = at.split(":")
    wanted = int(minutes) * 60 + int(seconds)
    now = page.evaluate("document.querySelector('audio').currentTime")
    assert wanted <= now < wanted + 1
    focused = wait_until(page, "document.activeElement.closest('.transcript li')?.id ?? ''")
    assert str(focused).startswith("turn-")

    # A click on the chart picks that moment of the call: the player goes there.
    page.evaluate("document.querySelector('audio').currentTime = 0")
    over = sentiment.locator(".u-over")
    box = over.bounding_box()
    assert box is not None
    over.click(position={"x": box["width"] - 2, "y": box["height"] / 2})
    assert page.evaluate("document.querySelector('audio').currentTime") > 0


def test_the_leak_check_shows_what_is_left_and_where_never_the_value(web: WebApp) -> None:
    """A call whose card number was not redacted (the workspace hides no card numbers): the
    page says one place may still give away personal data, by kind, speaker and time, and
    leads to the words in the transcript; a fully redacted call says nothing was found."""
    c = web.live.container
    owner = create_workspace(c, "web-leaks")
    member = add_user(c, owner, Role.MEMBER)
    leaky = data.call(c, owner.workspace_id, member.user_id)
    data.analysed(c, owner.workspace_id, leaky, types=DEFAULT_TYPES - {EntityType.CARD_NUMBER})
    clean = data.call(c, owner.workspace_id, member.user_id)
    data.analysed(c, owner.workspace_id, clean)

    page, _ = web.signed_in_page(member)
    page.goto(web.url + f"/calls/{leaky}")
    transcript = page.get_by_role("list", name="Transcript (redacted)")
    expect(transcript.locator("li")).to_have_count(5)
    check = page.get_by_role("region", name="Leak check")
    expect(check).to_contain_text("One place in the redacted text")
    expect(check).to_contain_text("kept out of training exports")
    flags = check.locator("ul.leak-flags li")
    expect(flags).to_have_count(1)
    expect(flags).to_contain_text("Digits from caller")
    expect(flags).not_to_contain_text("4111")  # where, never what
    web.check_page(page, "call-leak-check")
    found = re.compile(r"^show in transcript: digits at \d+:\d\d$")
    check.get_by_role("button", name=found).click()
    marked = transcript.locator("li.evidence")
    expect(marked).to_have_count(1)
    # The flag marks whole words as the recogniser wrote them (the full stop included).
    expect(marked.locator("mark")).to_have_text(re.compile(r"^4111 1111 1111 1111\.?$"))

    page.goto(web.url + f"/calls/{clean}")
    check = page.get_by_role("region", name="Leak check")
    expect(check).to_contain_text("Nothing personal was found left in the redacted text")
    expect(check.locator("ul.leak-flags li")).to_have_count(0)


def test_the_leak_check_says_what_it_hid(web: WebApp) -> None:
    """The same unredacted card, hidden since by the leak check (fail closed, ADR 0019): the
    transcript shows the placeholder, the panel says the place was hidden, and its link
    leads to the placeholder."""
    c = web.live.container
    owner = create_workspace(c, "web-hidden")
    member = add_user(c, owner, Role.MEMBER)
    call_id = data.call(c, owner.workspace_id, member.user_id)
    types = DEFAULT_TYPES - {EntityType.CARD_NUMBER}
    data.analysed(c, owner.workspace_id, call_id, types=types, hide=True)

    page, _ = web.signed_in_page(member)
    page.goto(web.url + f"/calls/{call_id}")
    transcript = page.get_by_role("list", name="Transcript (redacted)")
    expect(transcript.locator("li")).to_have_count(5)
    expect(transcript).to_contain_text("[UNVERIFIED]")
    expect(transcript).not_to_contain_text("4111")
    check = page.get_by_role("region", name="Leak check")
    expect(check).to_contain_text("gave away personal data: it was hidden since")
    expect(check).to_contain_text("(shown as [UNVERIFIED] in the transcript, cut from the audio)")
    flags = check.locator("ul.leak-flags li")
    expect(flags).to_have_count(1)
    expect(flags).to_contain_text("Digits from caller")
    expect(flags).to_contain_text("hidden since")
    check.get_by_role("button", name=re.compile(r"^show in transcript: digits")).click()
    marked = transcript.locator("li.evidence")
    expect(marked).to_have_count(1)
    expect(marked.locator("mark")).to_have_text(re.compile(r"^\[UNVERIFIED\]\.?$"))
