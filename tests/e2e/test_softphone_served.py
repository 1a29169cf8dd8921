"""The web app's softphone end to end: Debian's Chromium, fake microphones playing generated
speech, a real `callvault serve` (web processes, media process, job process). A two-party call
placed and answered from the pages, recorded, hung up: DTLS-SRTP in getStats(), the call-log
entry, and the caller's words in the recording's transcript. A three-device ring group. The
dialer, the in-call screen and the incoming-call toast with the keyboard alone."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aioice.ice
import numpy as np
import pytest
from playwright.async_api import async_playwright

from tests.e2e.live_clients import MEMBER_PASSWORD, Person, softphone_on
from tests.e2e.softphone_pages import (
    MEMBER_EMAIL,
    OWNER_EMAIL,
    PhonePage,
    chromium,
    no_problems,
    phone_server,
    signed_in,
    speech_wav,
    until,
    wav_seconds,
    words_heard,
)
from tests.support.serve_process import Serve, add_user_who_chose

pytestmark = pytest.mark.slow

ALICE_SAYS = "Hello Bob, the quarterly budget meeting moves to Thursday afternoon."
BOB_SAYS = "Thanks Alice, I will tell the whole team about it."
SRTP = ("SRTP_AES128_CM_HMAC_SHA1_80", "SRTP_AEAD_AES_128_GCM", "SRTP_AEAD_AES_256_GCM")
GROUP = ("carol", "dave", "erin")


@dataclass
class Team:
    """alice (the owner) and bob ("Member"), both with API tokens; three more in a group."""

    serve: Serve
    alice: Person
    bob: Person
    alice_email: str
    group_id: str
    group: dict[str, Person]

    def api(self, token: str) -> Any:
        return self.serve.client("127.0.0.9", token)


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    with phone_server(tmp_path_factory.mktemp("softphone")) as (serve, alice, bob):
        admin = serve.client("127.0.0.7", alice.token)
        group = admin.post("/api/v1/groups", json={"name": "Support"})
        assert group.status_code == 201, group.text
        members: dict[str, Person] = {}
        for name in GROUP:
            body = {"email": f"{name}@callvault.local", "name": name.title()}
            user_id, _ = add_user_who_chose(serve, admin, body, MEMBER_PASSWORD, "127.0.0.7")
            members[name] = Person(user_id, "")
            put = admin.put(f"/api/v1/groups/{group.json()['id']}/members/{user_id}", json={})
            assert put.status_code in (200, 201, 204), put.text
        yield Team(serve, alice, bob, OWNER_EMAIL, group.json()["id"], members)


@pytest.fixture(autouse=True)
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    # The Python devices' host candidates (aioice leaves 127.0.0.1 out by default).
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])


def _latest_live_call(team: Team, disposition: str) -> dict[str, Any]:
    r = team.api(team.alice.token).get("/api/v1/calls", params={"disposition": disposition})
    assert r.status_code == 200, r.text
    live = [c for c in r.json()["calls"] if "live" in c["tags"]]
    assert live, r.json()
    entry: dict[str, Any] = live[0]
    return entry


def _assert_dtls_srtp(stats: dict[str, Any]) -> None:
    assert stats["connection"] == "connected", stats
    transport = stats["transport"]
    assert transport["dtlsState"] == "connected", transport
    assert transport["srtpCipher"] in SRTP, transport
    assert stats["inbound"]["packetsReceived"] > 50, stats["inbound"]
    assert stats["outbound"]["packetsSent"] > 50, stats["outbound"]


def test_a_recorded_call_between_two_pages(team: Team, tmp_path: Path) -> None:
    alice_mic = speech_wav(tmp_path / "alice.wav", ALICE_SAYS)
    bob_mic = speech_wav(tmp_path / "bob.wav", BOB_SAYS, seed=1)
    loop = wav_seconds(alice_mic)

    async def scenario() -> tuple[float, np.ndarray]:
        async with (
            async_playwright() as p,
            chromium(p, alice_mic) as a_browser,
            chromium(p, bob_mic) as b_browser,
        ):
            alice, bob = await asyncio.gather(
                signed_in(a_browser, team.serve, team.alice_email, team.serve.password),
                signed_in(b_browser, team.serve, MEMBER_EMAIL, MEMBER_PASSWORD),
            )
            await alice.dial("Member")
            await bob.answer("Owner")
            await asyncio.gather(alice.wait_phase("active"), bob.wait_phase("active"))
            answered = time.monotonic()
            await alice.page.get_by_role("button", name="Record").click()
            for page in (alice, bob):
                await page.page.get_by_test_id("recording-on").wait_for()
            # Recording starts once the announcement has played (about 4 s): from then on,
            # one whole loop of Alice's fake microphone, so her sentence is in it complete.
            recording = time.monotonic()
            # The network indicator and the encryption note come from getStats().
            await alice.page.get_by_test_id("call-encryption").wait_for(timeout=15_000)
            grade = await alice.page.get_by_test_id("call-quality").get_attribute("data-grade")
            assert grade in ("good", "fair", "poor"), grade
            # What Bob's page receives meanwhile (the caller's packets, forwarded by the
            # media process) is recorded in his page, for one loop of Alice's microphone.
            received = await bob.received_audio(loop + 1.0)
            await asyncio.sleep(max(0.0, recording + loop + 0.5 - time.monotonic()))
            stats = await alice.stats()
            _assert_dtls_srtp(stats)
            _assert_dtls_srtp(await bob.stats())
            await alice.page.get_by_role("button", name="Hang up").click()
            talked = time.monotonic() - answered
            await asyncio.gather(alice.wait_phase("ended"), bob.wait_phase("ended"))
            assert "Call ended" in await bob.page.get_by_test_id("call-status").inner_text()
            no_problems(alice, bob)
            return talked, received

    talked, received = asyncio.run(scenario())
    # The callee's side: Alice's words in what Bob's browser received.
    heard_by_bob = words_heard(received)
    assert "budget" in heard_by_bob and "thursday" in heard_by_bob, heard_by_bob
    entry = _latest_live_call(team, "answered")
    assert entry["state"] == "ended", entry
    assert entry["caller"]["user_id"] == team.alice.user_id, entry
    assert entry["callee"]["user_id"] == team.bob.user_id, entry
    assert entry["recorded"] is True, entry
    assert abs(entry["talk_seconds"] - talked) <= 2, (entry, talked)
    assert entry["duration_seconds"] >= entry["talk_seconds"], entry

    api = team.api(team.alice.token)
    recordings = api.get(f"/api/v1/calls/{entry['id']}/recordings").json()["recordings"]
    assert len(recordings) == 1, recordings
    assert recordings[0]["channel_map"] == ["caller", "callee"], recordings

    def transcript() -> dict[str, Any] | None:
        r = api.get(f"/api/v1/calls/{entry['id']}/transcript")
        return r.json() if r.status_code == 200 else None

    got = asyncio.run(until(lambda: asyncio.to_thread(transcript), within=90, every=1.0))
    caller_words = " ".join(u["text"] for u in got["utterances"] if u["speaker"] == "caller")
    heard = caller_words.lower()
    assert "budget" in heard and "thursday" in heard, got["utterances"]


def test_a_group_call_rings_three_pages_and_one_answers(team: Team, tmp_path: Path) -> None:
    mic = speech_wav(tmp_path / "group.wav", BOB_SAYS, seed=2)

    async def scenario() -> None:
        async with async_playwright() as p, chromium(p, mic) as browser:
            pages = await asyncio.gather(
                *(
                    signed_in(browser, team.serve, f"{n}@callvault.local", MEMBER_PASSWORD)
                    for n in GROUP
                )
            )
            caller, _ = await softphone_on(team.serve, team.alice, 440.0)
            try:
                await caller.send(
                    type="call.invite",
                    client_ref="g1",
                    to={"group_id": team.group_id},
                    sdp=await caller.offer(),
                )
                call_id = str((await caller.expect("call.trying"))["call_id"])
                answer = await caller.expect("call.answer_sdp", call_id=call_id)
                assert caller.device is not None
                await caller.device.answer(answer["sdp"])
                toasts = [
                    ph.page.get_by_role("alertdialog", name="Incoming call from Owner to Support")
                    for ph in pages
                ]
                for toast in toasts:
                    await toast.wait_for(timeout=20_000)
                carol, dave, erin = pages
                await toasts[1].get_by_role("button", name="Answer").click()
                await dave.wait_phase("active")
                answered = await caller.expect("call.answered", call_id=call_id)
                assert answered["by_user_id"] == team.group["dave"].user_id, answered
                for other in (toasts[0], toasts[2]):
                    await other.wait_for(state="detached", timeout=10_000)
                for idle in (carol, erin):  # they stopped ringing and are in no call
                    assert await idle.page.get_by_test_id("in-call").count() == 0
                await until(lambda: _connected(dave), within=15)
                await caller.send(type="call.hangup", call_id=call_id)
                await caller.expect("call.ended", call_id=call_id, reason="completed")
                await dave.wait_phase("ended")
                no_problems(*pages)
            finally:
                await caller.close()

    asyncio.run(scenario())


async def _connected(page: PhonePage) -> bool:
    stats = await page.stats()
    return bool(stats["connection"] == "connected")


def test_keyboard_only_dial_cancel_and_decline(team: Team, tmp_path: Path) -> None:
    mic = speech_wav(tmp_path / "kb.wav", ALICE_SAYS)

    async def scenario() -> None:
        async with async_playwright() as p, chromium(p, mic) as browser:
            alice = await signed_in(browser, team.serve, team.alice_email, team.serve.password)
            bob, _ = await softphone_on(team.serve, team.bob, 1200.0)
            try:
                kb = alice.page.keyboard
                assert await alice.axe() == []
                # Skip link, then the first control of the page: the dialer's search.
                await kb.press("Tab")
                assert await alice.active_element() == "Skip to content"
                await kb.press("Enter")
                await kb.press("Tab")
                await kb.type("Memb")
                await kb.press("Enter")
                ringing = await bob.expect("call.incoming")
                call_id = ringing["call_id"]
                await alice.wait_phase("ringing")
                # Focus went to the call; Escape cancels a call that still rings.
                assert await alice.active_element() == "in-call-title"
                assert await alice.axe() == []
                await kb.press("Escape")
                await bob.expect("call.ended", call_id=call_id, reason="cancelled")
                await alice.wait_phase("ended")
                assert await alice.active_element() == "Close"
                await kb.press("Enter")
                await alice.page.get_by_test_id("in-call").wait_for(state="detached")

                # An incoming call takes the focus (Answer); Escape declines it.
                await bob.send(
                    type="call.invite",
                    client_ref="k1",
                    to={"user_id": team.alice.user_id},
                    sdp=await bob.offer(),
                )
                incoming = str((await bob.expect("call.trying"))["call_id"])
                toast = alice.page.get_by_role("alertdialog", name="Incoming call from Member")
                await toast.wait_for()
                assert await alice.active_element() == "Answer"
                assert await alice.axe() == []
                await kb.press("Escape")
                await bob.expect("call.ended", call_id=incoming, reason="rejected")
                await toast.wait_for(state="detached")
                no_problems(alice)
            finally:
                await bob.close()

    asyncio.run(scenario())
