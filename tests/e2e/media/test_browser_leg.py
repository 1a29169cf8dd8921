"""A leg from Debian's Chromium: a page's RTCPeerConnection (fake microphone playing a tone)
connects to the engine over DTLS-SRTP, getStats() confirms it, and a Python device joined to
the same call hears the browser's tone while the browser receives the device's audio
stream."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aioice.ice
import pytest
from playwright.async_api import async_playwright

from callvault.media.aiortc_engine import AiortcEngine
from callvault.media.port import LegRef, LegState
from tests.e2e.web.browser import CHROMIUM, CHROMIUM_ARGS
from tests.integration.media.conftest import Events
from tests.integration.media.peers import Device, ToneTrack, dominant_hz, rms
from tests.support.audio import wav_bytes

pytestmark = pytest.mark.slow

BROWSER = LegRef("call-b", "browser")
DEVICE = LegRef("call-b", "device")

OFFER = """async () => {
  const stream = await navigator.mediaDevices.getUserMedia({audio: {
    echoCancellation: false, noiseSuppression: false, autoGainControl: false}});
  const pc = new RTCPeerConnection({iceServers: []});
  window.pc = pc;
  stream.getTracks().forEach((t) => pc.addTrack(t, stream));
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise((done) => {
    if (pc.iceGatheringState === 'complete') return done();
    pc.addEventListener('icegatheringstatechange', () => {
      if (pc.iceGatheringState === 'complete') done();
    });
  });
  return pc.localDescription.sdp;
}"""

STATS = """async () => {
  const out = {transport: null, inbound: null, pair: null, connection: window.pc.connectionState};
  (await window.pc.getStats()).forEach((s) => {
    if (s.type === 'transport') out.transport = s;
    if (s.type === 'inbound-rtp' && s.kind === 'audio') out.inbound = s;
    if (s.type === 'candidate-pair' && s.nominated && s.state === 'succeeded') out.pair = s;
  });
  return JSON.parse(JSON.stringify(out));
}"""


def test_a_browser_leg_is_dtls_srtp_and_carries_audio_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is missing: run scripts/system-deps.sh")
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])
    mic = tmp_path / "mic.wav"
    mic.write_bytes(wav_bytes(20.0, rate=48_000, freq=440.0))
    args = [
        *CHROMIUM_ARGS,
        "--allow-loopback-in-peer-connection",
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={mic}",
        "--autoplay-policy=no-user-gesture-required",
    ]

    async def scenario() -> None:
        events = Events()
        engine = AiortcEngine(events)
        device = Device(ToneTrack(880.0))
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=args)
            try:
                page = await browser.new_page()
                # A page on http://localhost (a secure context: getUserMedia is allowed),
                # answered by Playwright itself, no server needed.
                await page.route(
                    "http://localhost/", lambda route: route.fulfill(body="<!doctype html>")
                )
                await page.goto("http://localhost/")
                answer = await engine.open_leg(BROWSER, await page.evaluate(OFFER))
                await page.evaluate(
                    "(sdp) => window.pc.setRemoteDescription({type: 'answer', sdp})", answer
                )
                await device.answer(await engine.open_leg(DEVICE, await device.offer()))
                await events.wait_for(BROWSER, LegState.CONNECTED, 30)
                await events.wait_for(DEVICE, LegState.CONNECTED, 30)
                await engine.join("call-b", ["browser", "device"])
                await asyncio.sleep(1.0)
                mark = device.mark()
                await asyncio.sleep(1.5)
                heard = device.since(mark)
                assert rms(heard) > 300, rms(heard)
                assert abs(dominant_hz(heard) - 440) < 10, dominant_hz(heard)

                stats: dict[str, Any] = await page.evaluate(STATS)
                assert stats["connection"] == "connected"
                transport = stats["transport"]
                assert transport["dtlsState"] == "connected"
                assert transport["srtpCipher"] in (
                    "SRTP_AES128_CM_HMAC_SHA1_80",
                    "SRTP_AEAD_AES_128_GCM",
                    "SRTP_AEAD_AES_256_GCM",
                ), transport
                assert transport["tlsVersion"] in ("FEFD", "FEFC")  # DTLS 1.2 / 1.3
                assert stats["pair"] is not None
                inbound = stats["inbound"]
                assert inbound["packetsReceived"] > 50
                # (Audio energy is measured at playout, which a headless browser lacks.)
                assert inbound["bytesReceived"] > 2000, inbound

                await engine.close_call("call-b")
                await events.wait_for(BROWSER, LegState.CLOSED)
            finally:
                await browser.close()
                await device.close()
                await engine.close()

    asyncio.run(scenario())
