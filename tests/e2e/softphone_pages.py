"""The web app's softphone in Debian's Chromium against a real `callvault serve`: browsers
whose fake microphone plays generated speech, pages signed in through the sign-in form, every
console error and CSP violation collected (tests/e2e/web/browser.py's rules), and the page's
peer connections kept (by a DevTools init script, which the page's CSP does not govern) so a
test can read their getStats()."""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from playwright.async_api import Browser, Locator, Page, Playwright

from callvault.intelligence.asr.audio import decode
from tests.e2e.live_clients import Person, people
from tests.e2e.web.browser import AXE, CHROMIUM, CHROMIUM_ARGS, REPORT_VIOLATIONS, Watcher
from tests.support.serve_process import Serve, serving
from tests.support.speech import silence, speak, wav

WORKSPACE = "default"
OWNER_EMAIL = "owner@callvault.local"
MEMBER_EMAIL = "member@callvault.local"
FAKE_RATE = 48_000

KEEP_PEERS = """
window.__pcs = [];
const NativePeer = window.RTCPeerConnection;
window.RTCPeerConnection = class extends NativePeer {
  constructor(...args) { super(...args); window.__pcs.push(this); }
};
"""

# The page's WebAudio contexts kept, with their oscillators, so a test can tell which tones
# (ring, ringback) sound: a context not closed, and its oscillators' frequencies.
KEEP_TONES = """
window.__tones = [];
const NativeAudio = window.AudioContext;
window.AudioContext = class extends NativeAudio {
  constructor(...args) {
    super(...args);
    const oscillators = [];
    window.__tones.push({context: this, oscillators});
    const make = this.createOscillator.bind(this);
    this.createOscillator = () => { const o = make(); oscillators.push(o); return o; };
  }
};
"""
SOUNDING = """() => window.__tones
  .filter((t) => t.context.state !== 'closed')
  .map((t) => t.oscillators.map((o) => o.frequency.value).sort())"""

# The newest peer connection's transport and audio counters.
STATS = """async () => {
  const pc = window.__pcs[window.__pcs.length - 1];
  const out = {connection: pc.connectionState, transport: null, inbound: null, outbound: null};
  (await pc.getStats()).forEach((s) => {
    if (s.type === 'transport') out.transport = s;
    if (s.type === 'inbound-rtp' && s.kind === 'audio') out.inbound = s;
    if (s.type === 'outbound-rtp' && s.kind === 'audio') out.outbound = s;
  });
  return JSON.parse(JSON.stringify(out));
}"""


# The newest peer connection's audio received: total energy (sum of squared levels times
# seconds, from the decoder's output) and seconds of it.
HEARD = """async () => {
  const pc = window.__pcs[window.__pcs.length - 1];
  let out = {energy: 0, seconds: 0};
  (await pc.getStats()).forEach((s) => {
    if (s.type === 'inbound-rtp' && s.kind === 'audio') {
      out = {energy: s.totalAudioEnergy || 0, seconds: s.totalSamplesDuration || 0};
    }
  });
  return out;
}"""
# What the newest peer connection receives, recorded by the page's MediaRecorder for `ms`
# milliseconds (the remote track, as the page plays it): base64 WebM/Opus.
RECEIVED = """async (ms) => {
  const pc = window.__pcs[window.__pcs.length - 1];
  const track = pc.getReceivers().map((r) => r.track).find((t) => t && t.kind === 'audio');
  const recorder = new MediaRecorder(
    new MediaStream([track]), {mimeType: 'audio/webm;codecs=opus'});
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  recorder.start();
  await new Promise((done) => setTimeout(done, ms));
  await new Promise((done) => { recorder.onstop = done; recorder.stop(); });
  const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}"""
LOUD_POWER = 1e-4  # mean squared level (0..1 full scale) of audible sound: about -40 dBFS


@contextmanager
def phone_server(tmp: Path, **settings: Any) -> Iterator[tuple[Serve, Person, Person]]:
    """`callvault serve` for softphone pages (media on loopback, the small post-call model,
    voice intelligence on), with its owner ("Owner") and a member ("Member") signed in through
    the API. settings: more CALLVAULT_* values (processes: web processes, default 2)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is missing: run scripts/system-deps.sh")
    settings = {
        "processes": 2,
        "media_host_addresses": '["127.0.0.1"]',
        "asr_postcall_model": "tiny.en",
        "rate_limit": "6000/minute",
        **settings,
    }
    with serving(tmp, **settings) as serve:
        owner, member = people(serve)
        vi = serve.client("127.0.0.7", owner.token).patch(
            "/api/v1/intelligence/settings", json={"enabled": True}
        )
        assert vi.status_code == 200, vi.text
        yield serve, owner, member


def speech_wav(path: Path, text: str, *, seed: int = 0) -> Path:
    """text spoken (hibari), with a pause after it, as a 48 kHz WAV for Chromium's fake mic
    (which plays it in a loop)."""
    spoken = np.concatenate([silence(0.4), speak(text, seed=seed), silence(0.8)])
    at = np.arange(int(len(spoken) * FAKE_RATE / 16_000)) * (16_000 / FAKE_RATE)
    upsampled = np.interp(at, np.arange(len(spoken)), spoken).astype(np.float32)
    path.write_bytes(wav(upsampled, rate=FAKE_RATE))
    return path


def quiet_wav(path: Path, seconds: float = 2.0) -> Path:
    """A fake microphone that says nothing (for the party whose words must not count)."""
    path.write_bytes(wav(np.zeros(int(seconds * FAKE_RATE), np.float32), rate=FAKE_RATE))
    return path


def wav_seconds(path: Path) -> float:
    """How long one loop of a fake-mic WAV (16-bit mono, FAKE_RATE) lasts."""
    return (path.stat().st_size - 44) / (2 * FAKE_RATE)


@asynccontextmanager
async def chromium(p: Playwright, mic: Path) -> AsyncIterator[Browser]:
    args = [
        *CHROMIUM_ARGS,
        "--allow-loopback-in-peer-connection",
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={mic}",
        "--autoplay-policy=no-user-gesture-required",
    ]
    browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=args)
    try:
        yield browser
    finally:
        await browser.close()


@dataclass
class PhonePage:
    page: Page
    watcher: Watcher

    async def status(self) -> str:
        return str(await self.page.get_attribute("[data-testid=call-status]", "data-phase"))

    async def wait_phase(self, phase: str, *, within: float = 30.0) -> None:
        await self.page.locator(f"[data-testid=call-status][data-phase={phase}]").wait_for(
            timeout=within * 1000
        )

    async def stats(self) -> dict[str, Any]:
        result: dict[str, Any] = await self.page.evaluate(STATS)
        return result

    async def received_audio(self, seconds: float) -> np.ndarray:
        """What this page receives over the next `seconds`, recorded in the page: 16 kHz
        mono float samples."""
        encoded: str = await self.page.evaluate(RECEIVED, int(seconds * 1000))
        return decode(base64.b64decode(encoded)).channels[0]

    async def until_quiet_after_sound(
        self, loud: float, *, quiet: float = 1.5, within: float = 30.0
    ) -> float:
        """Wait until this page has heard `loud` seconds of sound, then `quiet` seconds of
        silence (a prompt played to its end, as a person listening would, even when a loaded
        media process plays it with gaps); the energy heard."""
        deadline = time.monotonic() + within
        got = await self.page.evaluate(HEARD)
        start, sounded, still = got["energy"], 0.0, 0.0
        while time.monotonic() < deadline:
            await asyncio.sleep(0.2)
            now = await self.page.evaluate(HEARD)
            seconds = now["seconds"] - got["seconds"]
            power = (now["energy"] - got["energy"]) / max(seconds, 1e-3)
            if power > LOUD_POWER:
                sounded, still = sounded + seconds, 0.0
            else:
                still += seconds
            got = now
            if sounded >= loud and still >= quiet:
                return float(now["energy"] - start)
        raise AssertionError(f"not {loud} s of sound then {quiet} s of quiet within {within} s")

    async def tones(self) -> list[list[float]]:
        """The frequencies of each tone sounding now (an open WebAudio context's oscillators)."""
        sounding: list[list[float]] = await self.page.evaluate(SOUNDING)
        return sounding

    async def dial(self, name: str) -> None:
        """Call `name` from the dialer's search."""
        await self.page.get_by_label("Search people and groups").fill(name)
        await self.page.get_by_role("button", name=f"Call {name}").click()

    def toast(self, name: str) -> Locator:
        """The incoming-call toast for a call from `name`."""
        return self.page.get_by_role("alertdialog", name=f"Incoming call from {name}")

    async def answer(self, name: str) -> None:
        await self.toast(name).get_by_role("button", name="Answer").click()

    async def status_text(self) -> str:
        return await self.page.get_by_test_id("call-status").inner_text()

    async def axe(self) -> list[str]:
        """Serious and critical axe-core findings (as browser.axe_violations, async)."""
        await self.page.evaluate(AXE.read_text())
        found: dict[str, Any] = await self.page.evaluate(
            "async () => await axe.run(document, {resultTypes: ['violations']})"
        )
        return [
            f"{v['id']} ({v['impact']}): {v['help']} {[n['target'] for n in v['nodes']][:5]}"
            for v in found["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    async def active_element(self) -> str:
        """What has the focus: its id, else its accessible text."""
        return str(
            await self.page.evaluate(
                "() => document.activeElement.id || document.activeElement.textContent"
            )
        )


async def signed_in(browser: Browser, serve: Serve, email: str, password: str) -> PhonePage:
    """A new context, signed in through the sign-in form, on the phone page."""
    context = await browser.new_context(ignore_https_errors=True)
    watcher = Watcher(email)
    await context.expose_function(
        "__cspViolation", lambda text: watcher.problems.append(f"CSP: {text}")
    )
    await context.add_init_script(REPORT_VIOLATIONS)
    await context.add_init_script(KEEP_PEERS)
    await context.add_init_script(KEEP_TONES)
    page = await context.new_page()
    page.on("console", watcher.console)
    page.on("pageerror", lambda e: watcher.problems.append(f"page error: {e}"))
    await page.goto(serve.base + "/sign-in?next=/phone")
    await page.get_by_label("Workspace").fill(WORKSPACE)
    await page.get_by_label("Email").fill(email)
    await page.get_by_label("Password").fill(password)
    await page.get_by_role("button", name="Sign in").click()
    await page.get_by_role("heading", name="Phone").wait_for(timeout=30_000)
    # The socket is up: this device is registered and rings for calls placed from now on.
    await page.locator("[data-testid=phone-status][data-status=open]").wait_for(timeout=30_000)
    return PhonePage(page, watcher)


async def until(check: Any, *, within: float = 30.0, every: float = 0.3) -> Any:
    """Await check() until it returns something truthy."""
    deadline = time.monotonic() + within
    while True:
        value = await check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {within} s: {check}")
        await asyncio.sleep(every)


def no_problems(*pages: PhonePage) -> None:
    """No console error, page error or CSP violation on any of the pages."""
    problems = [f"[{p.watcher.name}] {x}" for p in pages for x in p.watcher.problems]
    assert problems == [], "\n".join(problems)


def words_heard(samples: np.ndarray) -> str:
    """What the bundled recogniser (tiny.en) makes of 16 kHz samples, lower case."""
    from callvault.intelligence.asr.model import ModelConfig, load_whisper

    segments, _ = load_whisper(ModelConfig()).transcribe(samples, language="en", beam_size=1)
    return " ".join(segment.text for segment in segments).lower()
