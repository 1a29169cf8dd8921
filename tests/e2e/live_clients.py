"""Python softphones for end-to-end live-call tests against a real `callvault serve`: a signed-in
WebSocket (signaling) plus a real aiortc peer connection (DTLS-SRTP media to the media
process), sending a tone and keeping what it hears."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass
from typing import Any

import httpx
import numpy as np
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from websockets.typing import Origin

from tests.integration.media.peers import RATE, Device, ToneTrack, dominant_hz, rms
from tests.support.serve_process import Serve, add_user_who_chose

OWNER = {"workspace": "default", "email": "owner@callvault.local"}
MEMBER_PASSWORD = "m" * 16 + "-7Q!"


@dataclass
class Person:
    user_id: str
    token: str


def people(serve: Serve) -> tuple[Person, Person]:
    """The installation's owner and a member added through the API, both signed in."""
    api = serve.client("127.0.0.7")
    owner = api.post("/api/v1/auth/sign-in", json={**OWNER, "password": serve.password})
    assert owner.status_code == 201, owner.text
    member = {"email": "member@callvault.local", "name": "Member"}
    admin = serve.client("127.0.0.7", owner.json()["token"])
    member_id, token = add_user_who_chose(serve, admin, member, MEMBER_PASSWORD, "127.0.0.7")
    return Person(owner.json()["user_id"], owner.json()["token"]), Person(member_id, token)


class SpeechTrack(ToneTrack):
    """Silence until `say` is called, then that speech (48 kHz mono int16), then silence."""

    def __init__(self) -> None:
        super().__init__(0.0)
        self.pcm = np.zeros(0, np.int16)

    def say(self, pcm: np.ndarray) -> float:
        """Start saying pcm now; how many seconds it lasts."""
        self.pcm = np.concatenate([np.zeros(self.sent, np.int16), pcm])
        return len(pcm) / RATE


class Softphone:
    """One device: its socket (messages kept as they arrive) and, during a call, its peer
    (sending its tone, or with `speaks`, silence until `say`)."""

    def __init__(
        self, ws: ClientConnection, person: Person, freq: float, *, speaks: bool = False
    ) -> None:
        self.ws, self.person, self.freq, self.speaks = ws, person, freq, speaks
        self.track: SpeechTrack | None = None
        self.seen: list[dict[str, Any]] = []
        self._arrived = asyncio.Event()
        self._reader = asyncio.ensure_future(self._read())
        self.device: Device | None = None

    async def _read(self) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for raw in self.ws:
                message = json.loads(raw)
                if message.get("type") != "ping":
                    self.seen.append(message)
                    self._arrived.set()

    async def send(self, **message: Any) -> None:
        await self.ws.send(json.dumps(message))

    async def expect(self, kind: str, *, within: float = 30.0, **match: Any) -> dict[str, Any]:
        async def wait() -> dict[str, Any]:
            while True:
                for i, m in enumerate(self.seen):
                    if m.get("type") == kind and all(m.get(k) == v for k, v in match.items()):
                        return self.seen.pop(i)
                self._arrived.clear()
                await self._arrived.wait()

        try:
            return await asyncio.wait_for(wait(), within)
        except TimeoutError:
            raise AssertionError(f"no {kind} {match} within {within}s; got {self.seen}") from None

    async def offer(self) -> str:
        """A new peer connection sending this phone's tone; its offer."""
        if self.device is not None:
            await self.device.close()
        track: ToneTrack = ToneTrack(self.freq)
        if self.speaks:
            track = self.track = SpeechTrack()
        self.device = Device(track, codec="PCMU")
        return await self.device.offer()

    def say(self, samples_16k: np.ndarray) -> float:
        """Speak 16 kHz float speech into the call from now; its length in seconds."""
        assert self.track is not None, "this phone was not made to speak"
        t = np.arange(len(samples_16k) * 3) / 3
        up = np.interp(t, np.arange(len(samples_16k)), samples_16k)
        return self.track.say((np.clip(up, -1, 1) * 32767).astype(np.int16))

    async def invite(self, to: Person) -> str:
        await self.send(
            type="call.invite", client_ref="r1", to={"user_id": to.user_id}, sdp=await self.offer()
        )
        call_id = str((await self.expect("call.trying"))["call_id"])
        await self._take_answer(call_id)
        return call_id

    async def answer(self, call_id: str) -> None:
        await self.expect("call.incoming", call_id=call_id)
        await self.send(type="call.answer", call_id=call_id, sdp=await self.offer())
        await self._take_answer(call_id)

    async def _take_answer(self, call_id: str) -> None:
        answer = await self.expect("call.answer_sdp", call_id=call_id)
        assert self.device is not None
        await self.device.answer(answer["sdp"])

    async def hears(self, freq: float, *, seconds: float = 1.0, within: float = 30.0) -> float:
        """Wait until `seconds` of loud audio arrived and return its dominant frequency,
        asserting it is `freq` (±25 Hz)."""
        assert self.device is not None
        await self.device.connected(timeout=within)
        deadline = time.monotonic() + within
        heard = 0.0
        while time.monotonic() < deadline:
            mark = self.device.mark()
            await asyncio.sleep(seconds + 0.2)
            got = self.device.since(mark)
            if len(got) >= RATE * seconds and rms(got) > 500:
                heard = dominant_hz(got)
                if abs(heard - freq) <= 25:
                    return heard
        raise AssertionError(f"{self.person.user_id} heard {heard} Hz, not {freq} Hz")

    async def close(self) -> None:
        if self.device is not None:
            await self.device.close()
        self._reader.cancel()
        await self.ws.close()


async def softphone_on(
    serve: Serve, person: Person, freq: float, *, avoid: int | None = None, speaks: bool = False
) -> tuple[Softphone, int]:
    """A signed-in softphone whose socket a worker other than `avoid` serves (with two web
    processes the kernel picks; reconnect until it picks another)."""
    url = serve.base.replace("https://", "wss://") + "/api/v1/ws"
    for _ in range(50):
        ws = await connect(url, ssl=serve.ctx, open_timeout=20, origin=Origin(serve.base))
        pid = await asyncio.to_thread(serve.worker_of_local_port, ws.local_address[1])
        if pid is None or pid == avoid:
            await ws.close()
            continue
        await ws.send(json.dumps({"type": "auth", "token": person.token}))
        ready = json.loads(await asyncio.wait_for(ws.recv(), 20))
        assert ready == {"type": "ready", "user_id": person.user_id}, ready
        return Softphone(ws, person, freq, speaks=speaks), pid
    raise AssertionError("no socket on another worker")


def call_entry(serve: Serve, token: str, call_id: str) -> dict[str, Any]:
    """The call-log entry of the live call `call_id` (its external id)."""
    with httpx.Client(
        base_url=serve.base,
        verify=serve.ctx,
        timeout=30,
        headers={"authorization": f"Bearer {token}"},
    ) as client:
        r = client.get("/api/v1/calls")
    assert r.status_code == 200, r.text
    found = [c for c in r.json()["calls"] if call_id in (c["external_call_id"], c["id"])]
    assert len(found) == 1, r.json()
    entry: dict[str, Any] = found[0]
    return entry


def silence_ratio(samples: np.ndarray) -> float:
    return float(np.mean(np.abs(samples) < 50)) if len(samples) else 1.0
