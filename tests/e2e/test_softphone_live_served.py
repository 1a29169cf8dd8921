"""The web app's softphone in Chromium for what the Python clients prove elsewhere
(test_live_voicemail_served.py, test_live_transcript_served.py, test_live_calls_served.py),
against one real `callvault serve`, fake microphones playing generated speech:

- an unanswered call from a page goes to voicemail: the caller page hears ringback while the
  callee's page rings, then the greeting; speaks, hangs up, reads "Voicemail left", and the
  callee reads the message's transcript on their Voicemail page;
- an answered call: the callee page's live panel shows the caller's words as they are said,
  a card number read aloud only as its placeholder, and the assist card its phrase fires;
- the media process killed mid-call: both pages say the call dropped, the call log holds one
  ended, failed call without a recording, and the same pages then call each other again."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aioice.ice
import numpy as np
import pytest
from playwright.async_api import Browser, async_playwright
from playwright.async_api import TimeoutError as PlaywrightTimeout

from callvault.comms.live.prompts import default_voicemail_greeting
from callvault.comms.live.tones import beep
from tests.e2e.live_clients import MEMBER_PASSWORD, Person, call_entry
from tests.e2e.softphone_pages import (
    MEMBER_EMAIL,
    OWNER_EMAIL,
    PhonePage,
    chromium,
    no_problems,
    phone_server,
    quiet_wav,
    signed_in,
    speech_wav,
    until,
    wav_seconds,
)
from tests.support.serve_process import Serve

pytestmark = pytest.mark.slow

VOICEMAIL_SAYS = "Hello Member, please call me back about the purple elephant delivery."
ASSIST_SAYS = (
    "Hello, I want to cancel my subscription today. My card number is 4111 1111 1111 1111."
)
PHRASE = "cancel my subscription"
KILLED_SAYS = "Good morning, this call is about the annual report."
# The shipped spoken greeting then the beep, as played (16 kHz, 16-bit PCM).
GREETING_AND_BEEP = (len(default_voicemail_greeting()) + len(beep())) / 32_000
# Of it, the seconds not silent (20 ms frames louder than -40 dBFS).
_PROMPT = np.frombuffer(default_voicemail_greeting() + beep(), "<i2").astype(np.float64) / 32768
GREETING_AND_BEEP_SOUNDING = 0.02 * float(
    np.sum(np.mean(_PROMPT[: len(_PROMPT) // 320 * 320].reshape(-1, 320) ** 2, axis=1) > 1e-4)
)
RING_SECONDS = 6
RINGBACK_HZ = [440.0, 480.0]  # frontend/src/components/softphone/ringTone.ts


@dataclass
class Phones:
    serve: Serve
    owner: Person
    member: Person

    async def pages(self, browser_a: Browser, browser_b: Browser) -> tuple[PhonePage, PhonePage]:
        """The owner's page in browser_a and the member's in browser_b, signed in."""
        owner, member = await asyncio.gather(
            signed_in(browser_a, self.serve, OWNER_EMAIL, self.serve.password),
            signed_in(browser_b, self.serve, MEMBER_EMAIL, MEMBER_PASSWORD),
        )
        return owner, member


@pytest.fixture(scope="module")
def phones(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Phones]:
    # One web process: both pages on it (calls across processes are proven with the Python
    # clients); an unanswered call goes to voicemail after RING_SECONDS.
    with phone_server(
        tmp_path_factory.mktemp("softphone-live"), processes=1, live_ring_seconds=RING_SECONDS
    ) as (serve, owner, member):
        yield Phones(serve, owner, member)


@pytest.fixture(autouse=True)
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])


def test_an_unanswered_call_leaves_a_voicemail_the_callee_reads(
    phones: Phones, tmp_path: Path
) -> None:
    mic = speech_wav(tmp_path / "vm.wav", VOICEMAIL_SAYS, seed=3)
    loop = wav_seconds(mic)

    async def scenario() -> None:
        async with async_playwright() as p, chromium(p, mic) as browser:
            owner, member = await phones.pages(browser, browser)
            await owner.dial("Member")
            toast = member.toast("Owner")
            await toast.wait_for(timeout=15_000)  # it rings there, and nobody answers
            await owner.wait_phase("ringing")
            # The caller hears ringback while the callee's page rings (and rings itself).
            await until(lambda: _sounds(owner, RINGBACK_HZ), within=10)
            assert await member.tones() == [RINGBACK_HZ]
            status = owner.page.get_by_test_id("call-status")
            await status.filter(has_text="Leave a message after the tone").wait_for(
                timeout=(RING_SECONDS + 15) * 1000
            )
            await toast.wait_for(state="detached", timeout=10_000)
            await until(lambda: _silent(owner), within=10)  # the greeting takes over
            # A message is transcribed in the mailbox afterwards, not live to the caller.
            assert await owner.page.get_by_label("Live transcript").count() == 0
            # The caller listens to the greeting and the beep to their end, then one whole loop
            # of their sentence goes into the message.
            greeting = await owner.until_quiet_after_sound(
                0.9 * GREETING_AND_BEEP_SOUNDING, within=GREETING_AND_BEEP + 30
            )
            assert greeting > 1e-3, f"the caller heard no greeting (energy {greeting})"
            await asyncio.sleep(loop + 0.5)
            await owner.page.get_by_role("button", name="Hang up").click()
            await owner.wait_phase("ended")
            # The server says whether the message was kept once it has stored it.
            try:
                await status.filter(has_text="Voicemail left").wait_for(timeout=30_000)
            except PlaywrightTimeout:
                shown = await owner.page.get_by_test_id("in-call").inner_text()
                raise AssertionError(f"the caller's page: {shown!r}") from None

            # Until the job process has transcribed the message, the panel's asking is answered
            # "not found" / "not ready" (which Chromium logs as failed loads).
            member.watcher.allow_http(404, 409)
            await member.page.get_by_role("link", name="Voicemail").click()
            message = member.page.locator("ul.voicemail > li").filter(has_text="Owner")
            await message.wait_for(timeout=20_000)
            await message.get_by_role("button", name="Transcript").click()
            # Transcribed by the job process after the call: the page waits for it.
            said = message.get_by_label("Transcript")
            await said.filter(has_text=re.compile("elephant", re.I)).wait_for(timeout=90_000)
            heard = (await said.inner_text()).lower()
            assert "purple" in heard or "delivery" in heard, heard
            no_problems(owner, member)

    asyncio.run(scenario())
    calls = phones.serve.client("127.0.0.8", phones.member.token).get(
        "/api/v1/calls", params={"disposition": "missed"}
    )
    assert calls.status_code == 200, calls.text
    assert [c for c in calls.json()["calls"] if "voicemail" in c["tags"]], calls.json()


def test_live_transcript_hides_a_card_number_and_an_assist_card_fires(
    phones: Phones, tmp_path: Path
) -> None:
    admin = phones.serve.client("127.0.0.8", phones.owner.token)
    card = admin.post(
        "/api/v1/intelligence/assist-cards",
        json={
            "title": "Retention offer",
            "body": "Offer three months at half price before closing the account.",
            "phrases": [PHRASE],
            "speaker": "customer",
        },
    )
    assert card.status_code == 201, card.text
    caller_mic = speech_wav(tmp_path / "assist.wav", ASSIST_SAYS, seed=4)
    loop = wav_seconds(caller_mic)
    quiet = quiet_wav(tmp_path / "quiet.wav")

    async def scenario() -> None:
        async with (
            async_playwright() as p,
            chromium(p, caller_mic) as a_browser,
            chromium(p, quiet) as b_browser,
        ):
            owner, member = await phones.pages(a_browser, b_browser)
            await owner.dial("Member")
            await member.answer("Owner")
            await asyncio.gather(owner.wait_phase("active"), member.wait_phase("active"))
            answered = time.monotonic()
            await until(lambda: _silent(owner), within=10)  # answered: no more ringback
            panel = member.page.get_by_label("Live transcript")
            final = panel.locator(".segment:not(.partial)").first
            cards = member.page.get_by_role("list", name="Assist cards")
            hidden = panel.locator(".redacted").filter(has_text="card number")

            async def shown() -> bool:
                # Never a card digit on screen, partial or final, at any point of the call.
                text = await panel.inner_text()
                assert not re.search(r"\d", text), text
                return bool(await hidden.count() and await cards.count())

            # The first final segment shows while the call goes on, within two loops of the
            # caller's sentence (it may start mid-sentence when the call is answered).
            await final.wait_for(timeout=(2 * loop + 20) * 1000)
            assert time.monotonic() - answered < 2 * loop + 20
            assert await member.status() == "active" and await owner.status() == "active"
            try:
                await until(shown, within=2 * loop + 20)
            except AssertionError:
                live = await member.page.get_by_test_id("live-panel").inner_text()
                raise AssertionError(f"live panel: {live!r}") from None
            item = cards.get_by_role("listitem").filter(has_text="Retention offer")
            mark = (await item.locator("mark").inner_text()).lower()
            assert mark == PHRASE, mark
            assert "half price" in await item.inner_text()
            for page in (owner, member):
                dom = await page.page.content()
                assert "4111" not in dom and "1111" not in dom
            # The caller (the customer) has the transcript but no assist panel (the agent's).
            assert await owner.page.get_by_label("Live transcript").count() == 1
            assert await owner.page.get_by_role("region", name="Assist").count() == 0
            await owner.page.get_by_role("button", name="Hang up").click()
            await asyncio.gather(owner.wait_phase("ended"), member.wait_phase("ended"))
            no_problems(owner, member)

    asyncio.run(scenario())


def test_media_process_killed_mid_call_both_pages_say_so_and_call_again(
    phones: Phones, tmp_path: Path
) -> None:
    serve = phones.serve
    mic = speech_wav(tmp_path / "killed.wav", KILLED_SAYS, seed=5)
    media = serve.media_pid()

    async def scenario() -> str:
        async with async_playwright() as p, chromium(p, mic) as browser:
            owner, member = await phones.pages(browser, browser)
            await owner.dial("Member")
            await member.answer("Owner")
            await asyncio.gather(owner.wait_phase("active"), member.wait_phase("active"))
            await until(lambda: _connected(owner), within=15)
            await member.page.get_by_role("button", name="Record").click()
            for page in (owner, member):
                await page.page.get_by_test_id("recording-on").wait_for(timeout=15_000)
            await asyncio.sleep(1.0)
            entry = await asyncio.to_thread(_live_entry, serve, phones.owner)
            os.kill(media, signal.SIGKILL)
            for page in (owner, member):
                await page.wait_phase("ended", within=15)
                assert "Call dropped" in await page.status_text()
                alert = await page.page.get_by_test_id("in-call").get_by_role("alert").inner_text()
                assert "problem on the server" in alert, alert
            # Both close the ended call; the supervisor has started the media process again.
            for page in (owner, member):
                await page.page.get_by_role("button", name="Close").click()
            await asyncio.to_thread(serve.media_pid, not_pid=media)
            await _call_again(owner, member)
            no_problems(owner, member)
            return str(entry["id"])

    call_id = asyncio.run(scenario())
    entry = call_entry(serve, phones.owner.token, call_id)
    assert entry["state"] == "ended" and entry["ended_at"] is not None, entry
    assert entry["disposition"] == "failed" and entry["answered_at"] is not None, entry
    assert entry["talk_seconds"] is not None, entry
    assert entry["recorded"] is False, entry
    api = serve.client("127.0.0.8", phones.owner.token)
    recordings = api.get(f"/api/v1/calls/{entry['id']}/recordings")
    assert recordings.status_code == 200 and recordings.json()["recordings"] == [], recordings.text
    # No call left half-written: every live call of the log has ended.
    listed = api.get("/api/v1/calls").json()["calls"]
    assert all(c["state"] == "ended" for c in listed if "live" in c["tags"]), listed


def _live_entry(serve: Serve, person: Person) -> dict[str, object]:
    r = serve.client("127.0.0.8", person.token).get("/api/v1/calls")
    assert r.status_code == 200, r.text
    live = [c for c in r.json()["calls"] if "live" in c["tags"] and c["state"] != "ended"]
    assert len(live) == 1, r.json()
    found: dict[str, object] = live[0]
    return found


async def _sounds(page: PhonePage, hz: list[float]) -> bool:
    return await page.tones() == [hz]


async def _silent(page: PhonePage) -> bool:
    return await page.tones() == []


async def _connected(page: PhonePage) -> bool:
    return bool((await page.stats())["connection"] == "connected")


async def _call_again(owner: PhonePage, member: PhonePage) -> None:
    """The next call between the same pages connects and hangs up cleanly."""
    await owner.dial("Member")
    await member.answer("Owner")
    await asyncio.gather(owner.wait_phase("active"), member.wait_phase("active"))
    await until(lambda: _connected(member), within=15)
    await member.page.get_by_role("button", name="Hang up").click()
    await owner.wait_phase("ended")
    assert "Call ended" in await owner.status_text()
