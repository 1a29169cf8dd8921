"""Voicemail on no answer through a real `callvault serve` (ADR 0027): the callee's softphone
rings and is not answered; the caller is taken to voicemail, hears the greeting and the beep
from the media process, says a sentence (generated speech over a real DTLS-SRTP leg), and the
message lands in the callee's mailbox, transcribed by the voice-intelligence pipeline."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import aioice.ice
import av
import httpx
import numpy as np
import pytest

from callvault.comms.live.prompts import default_voicemail_greeting
from callvault.comms.live.tones import beep
from tests.e2e.live_clients import Softphone, call_entry, people, softphone_on
from tests.integration.media.peers import Device, ToneTrack
from tests.support.serve_process import serving
from tests.support.speech import speak

pytestmark = pytest.mark.slow

SENTENCE = "Hello, please call me back about the invoice for the blue warehouse."

# The shipped spoken greeting then the beep, as played (16 kHz, 16-bit PCM).
GREETING_AND_BEEP = (len(default_voicemail_greeting()) + len(beep())) / 32_000


@pytest.fixture(autouse=True)
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])


class Speaker(ToneTrack):
    """Silence until `say`, then the speech (48 kHz mono int16), then silence."""

    def say(self, pcm: np.ndarray) -> None:
        self.pcm = np.concatenate((np.zeros(self.sent, np.int16), pcm))


def _speech_48k() -> np.ndarray:
    samples = speak(SENTENCE)  # 16 kHz float32
    frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="flt", layout="mono")
    frame.sample_rate = 16_000
    resampler = av.AudioResampler(format="s16", layout="mono", rate=48_000)
    out = [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
    out += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
    return np.concatenate(out).astype(np.int16)


def _transcript(client: httpx.Client, voicemail_id: str, within: float) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        r = client.get(f"/api/v1/voicemail/messages/{voicemail_id}/transcript")
        if r.status_code == 200:
            body: dict[str, Any] = r.json()
            return body
        time.sleep(0.5)
    raise AssertionError(f"no transcript within {within}s: {r.status_code} {r.text}")


def test_an_unanswered_call_leaves_a_transcribed_voicemail(tmp_path: Path) -> None:
    speech = _speech_48k()
    with serving(
        tmp_path,
        processes=2,
        media_host_addresses='["127.0.0.1"]',
        live_ring_seconds=2,
        live_voicemail_silence_seconds=1.5,
    ) as serve:
        a, b = people(serve)
        api = serve.client("127.0.0.8", a.token)
        vi = api.patch("/api/v1/intelligence/settings", json={"enabled": True})
        assert vi.status_code == 200, vi.text

        async def run() -> tuple[str, str]:
            caller, pid = await softphone_on(serve, a, 0.0)
            callee, _ = await softphone_on(serve, b, 0.0, avoid=pid)
            speaker = Speaker()
            try:
                device = Device(speaker, codec="PCMU")
                caller.device = device
                await caller.send(
                    type="call.invite",
                    client_ref="r1",
                    to={"user_id": b.user_id},
                    sdp=await device.offer(),
                )
                call_id = str((await caller.expect("call.trying"))["call_id"])
                sdp = (await caller.expect("call.answer_sdp", call_id=call_id))["sdp"]
                await device.answer(sdp)
                await callee.expect("call.incoming", call_id=call_id)  # rings, unanswered
                went = await caller.expect("call.voicemail", call_id=call_id, within=15)
                assert went["reason"] == "missed", went
                await callee.expect("call.ended", call_id=call_id, reason="missed")
                mark = device.mark()
                await asyncio.sleep(GREETING_AND_BEEP + 0.4)  # the default greeting, the beep
                greeting = device.since(mark)
                speaker.say(speech)
                ended = await caller.expect("call.ended", call_id=call_id, within=30)
                assert ended["reason"] == "voicemail", ended
                assert _loud(greeting) >= 1.5, _loud(greeting)  # the caller heard them
                return call_id, str(ended["voicemail_id"])
            finally:
                await _close(caller, callee)

        call_id, voicemail_id = asyncio.run(run())
        entry = call_entry(serve, b.token, call_id)
        assert entry["disposition"] == "missed" and "voicemail" in entry["tags"], entry
        with httpx.Client(
            base_url=serve.base,
            verify=serve.ctx,
            timeout=30,
            headers={"authorization": f"Bearer {b.token}"},
        ) as mailbox:
            message = mailbox.get(f"/api/v1/voicemail/messages/{voicemail_id}")
            assert message.status_code == 200, message.text
            assert message.json()["caller"]["user_id"] == a.user_id
            said = len(speech) / 48_000
            assert said * 1000 <= message.json()["audio"]["duration_ms"] <= (said + 4) * 1000
            transcript = _transcript(mailbox, voicemail_id, within=60)
        text = " ".join(u["text"] for u in transcript["utterances"]).lower()
        assert "invoice" in text and "warehouse" in text, text


def _loud(samples: np.ndarray) -> float:
    """Seconds of 48 kHz audio louder than -30 dBFS, counted in 20 ms frames."""
    frames = samples[: len(samples) // 960 * 960].reshape(-1, 960).astype(np.float64)
    return float(np.sum(np.sqrt(np.mean(frames**2, axis=1)) > 1000)) * 0.02


async def _close(*phones: Softphone) -> None:
    for phone in phones:
        await phone.close()
