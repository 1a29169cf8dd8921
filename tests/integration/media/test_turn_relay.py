"""A device that can only reach the engine through a TURN relay (aiortc's
iceTransportPolicy "relay", as a browser behind a strict firewall): a private coturn with
`use-auth-secret`, callvault configured with its URL and secret, time-limited credentials
for the device and for the engine (media/turn.py). The call completes with audio both ways
over the relay; credentials made with another secret, or expired ones, get no relay."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest
from aiortc import RTCConfiguration, RTCIceServer, RTCIceTransportPolicy
from pydantic import SecretStr

from callvault.core.settings import Settings
from callvault.media.aiortc_engine import AiortcEngine
from callvault.media.config import ice_servers
from callvault.media.port import IceServer, LegRef, LegState
from callvault.media.turn import turn_credential
from tests.integration.media.conftest import Events
from tests.integration.media.peers import Device, ToneTrack, dominant_hz, rms
from tests.support.coturn import coturn

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("loopback")]

RELAYED = LegRef("call-t", "relayed")
OTHER = LegRef("call-t", "other")


def _relay_only(servers: tuple[IceServer, ...]) -> RTCConfiguration:
    return RTCConfiguration(
        iceServers=[
            RTCIceServer(urls=list(s.urls), username=s.username, credential=s.credential)
            for s in servers
        ],
        iceTransportPolicy=RTCIceTransportPolicy.RELAY,
    )


def _candidates(sdp: str) -> list[str]:
    return [line for line in sdp.splitlines() if line.startswith("a=candidate:")]


def test_a_relay_only_device_completes_a_call_through_coturn(tmp_path: Path) -> None:
    with coturn(tmp_path) as turn:
        settings = Settings(
            data_dir=tmp_path / "data",
            media_ice_servers=(turn.url,),
            media_turn_secret=SecretStr(turn.secret),
        )

        async def scenario() -> None:
            events = Events()
            engine = AiortcEngine(events, ice_servers=lambda: ice_servers(settings))
            relayed = Device(
                ToneTrack(440.0), configuration=_relay_only(ice_servers(settings, user="alice"))
            )
            other = Device(ToneTrack(660.0))
            try:
                offer = await relayed.offer()
                found = _candidates(offer)
                assert found and all(" typ relay " in c for c in found), found
                answer = await engine.open_leg(RELAYED, offer)
                # The engine was given the relay too (its own time-limited credential).
                assert any(" typ relay " in c for c in _candidates(answer)), answer
                await relayed.answer(answer)
                await other.answer(await engine.open_leg(OTHER, await other.offer()))
                await events.wait_for(RELAYED, LegState.CONNECTED, 30)
                await events.wait_for(OTHER, LegState.CONNECTED, 30)
                await engine.join("call-t", ["relayed", "other"])
                for device, freq in ((other, 440.0), (relayed, 660.0)):
                    heard = await _hears(device)
                    assert rms(heard) > 1000, rms(heard)
                    assert abs(dominant_hz(heard) - freq) < 10, dominant_hz(heard)
            finally:
                await relayed.close()
                await other.close()
                await engine.close()
            log = turn.log_text()
            assert ":alice" in log and ":callvault-media" in log, log[-3000:]
            assert turn.secret not in log

        asyncio.run(scenario())


async def _hears(device: Device, within: float = 15.0) -> np.ndarray:
    """A second of audio with a tone in it (a busy machine may take a moment to start)."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        mark = device.mark()
        await asyncio.sleep(1.2)
        heard = device.since(mark)
        if rms(heard) > 1000 or asyncio.get_running_loop().time() > deadline:
            return heard


@pytest.mark.parametrize("case", ["other secret", "expired"])
def test_credentials_coturn_did_not_issue_get_no_relay(tmp_path: Path, case: str) -> None:
    with coturn(tmp_path) as turn:
        if case == "other secret":
            made = turn_credential("not-" + turn.secret, "mallory")
        else:
            made = turn_credential(turn.secret, "mallory", ttl_seconds=60, now=0)
        config = _relay_only((IceServer((turn.url,), made.username, made.credential),))

        async def scenario() -> None:
            device = Device(ToneTrack(440.0), configuration=config)
            try:
                try:
                    offer = await device.offer()
                except Exception:  # aioice refuses to go on without a relay
                    return
                assert _candidates(offer) == [], offer
            finally:
                await device.close()

        asyncio.run(scenario())
