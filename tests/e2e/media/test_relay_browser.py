"""A relay-only call from Debian's Chromium through coturn, against a real `callvault serve`
(ADR 0022): the page asks the API for its ICE servers (time-limited TURN credentials made
from coturn's `static-auth-secret`), offers with `iceTransportPolicy: "relay"` over the
signaling WebSocket, and a Python softphone answers. The callee hears the browser's fake
microphone, and the browser's getStats() shows DTLS-SRTP over a relay candidate pair."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aioice.ice
import pytest
from playwright.async_api import async_playwright

from tests.e2e.live_clients import people, softphone_on
from tests.e2e.web.browser import CHROMIUM, CHROMIUM_ARGS
from tests.support.audio import wav_bytes
from tests.support.coturn import coturn
from tests.support.serve_process import serving

pytestmark = pytest.mark.slow

TONE_HZ, CALLEE_HZ = 440.0, 1200.0

# Sign in is done by the test; the page gets the token, asks for ICE servers, offers
# relay-only and invites the callee; it returns the call id once the call is trying.
INVITE = """async ({token, callee}) => {
  const ice = await (await fetch('/api/v1/live/ice-servers',
    {headers: {authorization: 'Bearer ' + token}})).json();
  window.ice = ice;
  const stream = await navigator.mediaDevices.getUserMedia({audio: {
    echoCancellation: false, noiseSuppression: false, autoGainControl: false}});
  const pc = new RTCPeerConnection({iceServers: ice.ice_servers, iceTransportPolicy: 'relay'});
  window.pc = pc;
  stream.getTracks().forEach((t) => pc.addTrack(t, stream));
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise((done) => {
    if (pc.iceGatheringState === 'complete') return done();
    pc.addEventListener('icegatheringstatechange', () => {
      if (pc.iceGatheringState === 'complete') done();
    });
  });
  window.seen = [];
  const ws = new WebSocket(location.origin.replace('https:', 'wss:') + '/api/v1/ws');
  window.ws = ws;
  window.next = (type) => new Promise((done, fail) => {
    const look = () => {
      const i = window.seen.findIndex((m) => m.type === type);
      if (i >= 0) return done(window.seen.splice(i, 1)[0]);
      setTimeout(look, 50);
    };
    look();
  });
  ws.onmessage = (e) => window.seen.push(JSON.parse(e.data));
  await new Promise((done) => { ws.onopen = done; });
  ws.send(JSON.stringify({type: 'auth', token}));
  await window.next('ready');
  ws.send(JSON.stringify({type: 'call.invite', client_ref: 'r1', to: {user_id: callee},
    sdp: pc.localDescription.sdp}));
  return {call_id: (await window.next('call.trying')).call_id,
          offer: pc.localDescription.sdp};
}"""

TAKE_ANSWER = """async () => {
  const answer = await window.next('call.answer_sdp');
  await window.pc.setRemoteDescription({type: 'answer', sdp: answer.sdp});
}"""

HANG_UP = "(id) => window.ws.send(JSON.stringify({type: 'call.hangup', call_id: id}))"

STATS = """async () => {
  const out = {transport: null, inbound: null, pair: null, local: null, remote: null,
               connection: window.pc.connectionState};
  const stats = await window.pc.getStats();
  stats.forEach((s) => {
    if (s.type === 'transport') out.transport = s;
    if (s.type === 'inbound-rtp' && s.kind === 'audio') out.inbound = s;
  });
  if (out.transport && out.transport.selectedCandidatePairId) {
    out.pair = stats.get(out.transport.selectedCandidatePairId);
    out.local = stats.get(out.pair.localCandidateId);
    out.remote = stats.get(out.pair.remoteCandidateId);
  }
  return JSON.parse(JSON.stringify(out));
}"""


@pytest.mark.parametrize("transport", ["udp", "tcp"])
def test_a_relay_only_browser_calls_through_coturn(
    transport: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """UDP, and TCP as a browser behind a firewall that lets only TCP out must use."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is missing: run scripts/system-deps.sh")
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])
    mic = tmp_path / "mic.wav"
    mic.write_bytes(wav_bytes(60.0, rate=48_000, freq=TONE_HZ))
    args = [
        *CHROMIUM_ARGS,
        "--allow-loopback-in-peer-connection",
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={mic}",
        "--autoplay-policy=no-user-gesture-required",
        # The page is answered by Playwright, so it has no address; Chromium's local-network
        # checks would then treat it as public and refuse its socket to 127.0.0.1.
        "--disable-features=LocalNetworkAccessChecks",
    ]
    with (
        coturn(tmp_path) as turn,
        serving(
            tmp_path,
            processes=1,
            media_host_addresses='["127.0.0.1"]',
            media_ice_servers=f'["{turn.url.split("?")[0]}?transport={transport}"]',
            media_turn_secret=turn.secret,
        ) as serve,
    ):
        a, b = people(serve)

        async def scenario() -> dict[str, Any]:
            callee, _ = await softphone_on(serve, b, CALLEE_HZ)
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=args)
                try:
                    context = await browser.new_context(ignore_https_errors=True)
                    page = await context.new_page()
                    # A blank page of the server's origin (the socket checks its Origin),
                    # answered by Playwright: the built web app is not needed.
                    await page.route(
                        f"{serve.base}/relay-test", lambda r: r.fulfill(body="<!doctype html>")
                    )
                    await page.goto(f"{serve.base}/relay-test")
                    invited = await page.evaluate(INVITE, {"token": a.token, "callee": b.user_id})
                    candidates = [
                        line
                        for line in invited["offer"].splitlines()
                        if line.startswith("a=candidate:")
                    ]
                    assert candidates, invited["offer"]
                    assert all(" typ relay " in c for c in candidates), candidates
                    call_id = invited["call_id"]
                    await callee.answer(call_id)
                    await page.evaluate(TAKE_ANSWER)
                    await callee.hears(TONE_HZ, within=40)  # the browser's microphone
                    # ... and the browser receives the callee's stream through the relay.
                    for _ in range(60):
                        stats: dict[str, Any] = await page.evaluate(STATS)
                        if (stats["inbound"] or {}).get("packetsReceived", 0) > 50:
                            break
                        await asyncio.sleep(0.25)
                    await page.evaluate(HANG_UP, call_id)
                    await callee.expect("call.ended", call_id=call_id)
                    return stats
                finally:
                    await browser.close()
                    await callee.close()

        stats = asyncio.run(scenario())
        assert stats["connection"] == "connected", stats
        assert stats["transport"]["dtlsState"] == "connected", stats
        assert stats["transport"]["srtpCipher"], stats
        assert stats["local"]["candidateType"] == "relay", stats
        assert stats["local"]["relayProtocol"] == transport, stats  # browser to coturn
        assert stats["inbound"]["packetsReceived"] > 50, stats
        log = turn.log_text()
        assert f":{a.user_id}" in log, log[-3000:]  # the browser's own time-limited user
        assert turn.secret not in log and turn.secret not in serve.log()
