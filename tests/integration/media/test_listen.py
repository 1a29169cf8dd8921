"""Listen-in on each engine (`make_engine`) through real aiortc peers (ADR 0029): a listen-only leg
hears both parties' mix; what it sends never reaches them; it closes with the call."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from callvault.media.aiortc_engine import AiortcEngine
from callvault.media.client import MediaClient
from callvault.media.port import LegRef, LegState, MediaError
from callvault.media.server import MediaServer
from tests.integration.media.conftest import EngineFactory, Events
from tests.integration.media.peers import RATE, Device, ToneTrack, rms

pytestmark = pytest.mark.usefixtures("loopback")

A = LegRef("call-1", "a")
B = LegRef("call-1", "b")
L = LegRef("call-1", "listen:sup")


def share(samples: np.ndarray, hz: float) -> float:
    """The fraction of the signal's spectral energy within 30 Hz of `hz`."""
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64) * np.hanning(len(samples)))) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / RATE)
    return float(spectrum[np.abs(freqs - hz) < 30].sum() / max(spectrum.sum(), 1e-9))


async def heard(device: Device, seconds: float = 1.0) -> np.ndarray:
    await asyncio.sleep(0.3)
    mark = device.mark()
    await asyncio.sleep(seconds)
    return device.since(mark)


def test_a_listener_hears_both_parties_and_is_never_heard(make_engine: EngineFactory) -> None:
    async def scenario() -> None:
        events = Events()
        engine = make_engine(events)
        alice = Device(ToneTrack(440.0), codec="PCMU")
        bob = Device(ToneTrack(1000.0), codec="PCMU")
        sup = Device(ToneTrack(2500.0), codec="PCMU")  # a listener's microphone, left on
        try:
            with pytest.raises(MediaError) as err:
                await engine.open_listen_leg(L, await sup.offer())
            assert err.value.code == "unknown_call"
            for device, leg in ((alice, A), (bob, B)):
                await device.answer(await engine.open_leg(leg, await device.offer()))
            await engine.join("call-1", ["a", "b"])
            await sup.answer(await engine.open_listen_leg(L, await sup.offer()))
            for leg in (A, B, L):
                await events.wait_for(leg, LegState.CONNECTED)

            mix = await heard(sup)
            assert rms(mix) > 1000
            assert share(mix, 440.0) > 0.2 and share(mix, 1000.0) > 0.2, (
                share(mix, 440.0),
                share(mix, 1000.0),
            )
            to_alice, to_bob = await heard(alice, 0.6), await heard(bob, 0.6)
            assert share(to_alice, 1000.0) > 0.5 and share(to_alice, 2500.0) < 0.01
            assert share(to_bob, 440.0) > 0.5 and share(to_bob, 2500.0) < 0.01

            await engine.close_leg(A)
            await engine.close_leg(B)  # the last party goes: so does the listener
            await events.wait_for(L, LegState.CLOSED)
            assert not engine.has_leg(L)
        finally:
            for device in (alice, bob, sup):
                await device.close()
            await engine.close()

    asyncio.run(scenario())


def test_listen_legs_over_the_media_process_link(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The IPC op: a web process's MediaClient opens a listen leg in a MediaServer's engine."""

    async def scenario() -> None:
        events = Events()
        server = MediaServer(tmp_path / "media.sock", AiortcEngine)
        await server.start()
        client = MediaClient(tmp_path / "media.sock", events)
        alice = Device(ToneTrack(440.0), codec="PCMU")
        bob = Device(ToneTrack(0.0), codec="PCMU")
        sup = Device(ToneTrack(0.0), codec="PCMU")
        try:
            await client.start(timeout=10)
            with pytest.raises(MediaError) as err:
                await client.open_listen_leg(L, await sup.offer())
            assert err.value.code == "unknown_call"
            for device, leg in ((alice, A), (bob, B)):
                await device.answer(await client.open_leg(leg, await device.offer()))
            await client.join("call-1", ["a", "b"])
            await sup.answer(await client.open_listen_leg(L, await sup.offer()))
            await events.wait_for(L, LegState.CONNECTED)
            mix = await heard(sup, 0.6)
            assert rms(mix) > 1000 and share(mix, 440.0) > 0.5
            await client.close_call("call-1")
            await events.wait_for(L, LegState.CLOSED)
        finally:
            for device in (alice, bob, sup):
                await device.close()
            await client.close()
            await server.stop()

    asyncio.run(scenario())
