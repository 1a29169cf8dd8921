"""The live transcript through a real `callvault serve` (ADR 0028): two Python softphones
(signed-in WebSocket + aiortc DTLS-SRTP peer) on different web processes; the caller reads a
card number aloud into the call. Redacted `call.transcript` events arrive on both devices
while the caller is still speaking, and the card number only ever appears as a placeholder."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import aioice.ice
import httpx
import numpy as np
import pytest

from tests.e2e.live_clients import people, softphone_on
from tests.integration.media.peers import RATE
from tests.support.serve_process import serving
from tests.support.speech import silence, speak

pytestmark = pytest.mark.slow

SAID = "Hello, my card number is 4111 1111 1111 1111, and it expires next year."
HIDDEN = re.compile(r"\[(CARD_NUMBER|DIGITS)\]")


@pytest.fixture(autouse=True)
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])


def test_redacted_transcript_arrives_while_the_caller_speaks(tmp_path: Path) -> None:
    speech = np.concatenate([speak(SAID), silence(0.3)])
    # Partials whatever the machine's load (as tests/integration/comms/live/test_transcript.py):
    # a loaded machine sheds them by design (tests/unit/intelligence/live/test_partials_gate.py),
    # and then the first event is a final, after the caller stopped.
    with serving(
        tmp_path,
        processes=2,
        media_host_addresses='["127.0.0.1"]',
        live_transcript_partials_below=1.0,
    ) as serve:
        a, b = people(serve)
        with httpx.Client(base_url=serve.base, verify=serve.ctx, timeout=30) as api:
            on = api.patch(
                "/api/v1/intelligence/settings",
                json={"enabled": True},
                headers={"authorization": f"Bearer {a.token}"},
            )
            assert on.status_code == 200, on.text

        async def run() -> tuple[list[dict[str, Any]], list[dict[str, Any]], float, float]:
            caller, pid = await softphone_on(serve, a, 0.0, speaks=True)
            callee, _ = await softphone_on(serve, b, 1200.0, avoid=pid)
            try:
                call_id = await caller.invite(b)
                await callee.answer(call_id)
                await caller.expect("call.answered", call_id=call_id)
                assert caller.device is not None
                await caller.device.connected()
                await asyncio.sleep(0.5)  # the transcriber's taps are on
                track = caller.track
                assert track is not None
                begin = track.sent  # the speech starts at the next frame the track sends
                lasts = caller.say(speech)
                events: dict[str, list[dict[str, Any]]] = {"a": [], "b": []}
                first_at = 0.0
                # A pause in the sentence may close a segment early: read until the final
                # that hides the number, then the caller's copy of that same final.
                while not any(e["final"] and HIDDEN.search(e["text"]) for e in events["b"]):
                    got = await callee.expect("call.transcript", call_id=call_id, within=40)
                    # How much of the speech the caller had sent when the first event came:
                    # the track's own count of frames, not the wall clock, which a loaded
                    # machine's late frames fall behind.
                    first_at = first_at or (track.sent - begin) / RATE
                    events["b"].append(got)
                last = events["b"][-1]["segment_id"]
                while not any(e["final"] and e["segment_id"] == last for e in events["a"]):
                    events["a"].append(
                        await caller.expect("call.transcript", call_id=call_id, within=20)
                    )
                await caller.send(type="call.hangup", call_id=call_id)
                await callee.expect("call.ended", call_id=call_id)
                return events["a"], events["b"], first_at, lasts
            finally:
                await caller.close()
                await callee.close()

        at_caller, at_callee, first_at, lasts = asyncio.run(run())
    assert first_at < lasts, f"first transcript after {first_at:.1f}s of {lasts:.1f}s speech"
    for events in (at_caller, at_callee):
        for e in events:
            assert e["speaker"] == "caller" and e["user_id"] == a.user_id, e
            assert not re.search(r"\d", e["text"]), e  # partials and finals: no card digit
        finals = [e for e in events if e["final"]]
        assert any("card" in e["text"].lower() for e in finals), finals
        assert HIDDEN.search(finals[-1]["text"]), finals
    assert at_caller[-1] == at_callee[-1]
