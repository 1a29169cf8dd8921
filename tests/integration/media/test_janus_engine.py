"""What only the Janus engine has: a link to a Janus server that can break. Each test runs its
own private Janus (tests/support/janus_server.py), so killing it harms no other test."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import aioice.ice
import numpy as np
import pytest

from callvault.identity import service as identity
from callvault.media import janus_api
from callvault.media.janus_engine import JanusEngine
from callvault.media.port import EngineUnavailable, LegRef, LegState, MediaError, RecordingTarget
from callvault.storage.encrypted import BlobSealer
from callvault.wiring import Container
from tests.integration.media.conftest import Events
from tests.integration.media.peers import Device, ToneTrack, dominant_hz, rms
from tests.support.janus_server import Janus, janus_server
from tests.support.live import PASSWORD

A = LegRef("call-1", "a")


@pytest.fixture
def own_janus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Janus]:
    with janus_server(tmp_path / "janus") as server:
        # Janus never gathers loopback candidates: the device meets it on the machine's address.
        monkeypatch.setattr(
            aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: [server.host]
        )
        yield server


async def _wait(condition: object, timeout: float = 20.0) -> None:
    async def wait() -> None:
        while not condition():  # type: ignore[operator]
            await asyncio.sleep(0.02)

    await asyncio.wait_for(wait(), timeout)


def test_killing_janus_reports_engine_lost_once_and_forgets_its_legs(own_janus: Janus) -> None:
    async def scenario() -> None:
        events = Events()
        engine = JanusEngine(events, url=own_janus.url, api_secret=own_janus.api_secret)
        alice, bob = Device(ToneTrack(440.0)), Device(ToneTrack(0.0))
        try:
            await alice.answer(await engine.open_leg(A, await alice.offer()))
            await events.wait_for(A, LegState.CONNECTED)
            own_janus.kill()
            await _wait(lambda: events.lost)
            await asyncio.sleep(0.3)  # nothing else follows
            assert len(events.lost) == 1 and "janus" in events.lost[0]
            assert events.states(A) == [LegState.CONNECTED]  # engine_lost covers its legs
            assert not engine.has_leg(A)
            with pytest.raises(MediaError) as err:
                await engine.hold(A, True)
            assert err.value.code == "unknown_leg"
            await engine.close_call("call-1")  # idempotent, even now
            # While Janus is down, a new leg is refused at once, not queued.
            with pytest.raises(EngineUnavailable):
                await engine.open_leg(A, await bob.offer())
        finally:
            await alice.close()
            await bob.close()
            await engine.close()

    asyncio.run(scenario())


def test_a_wrong_api_secret_is_refused_and_no_secret_is_logged(
    own_janus: Janus, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        caplog.set_level(logging.DEBUG)
        device = Device(ToneTrack(0.0))
        wrong = JanusEngine(Events(), url=own_janus.url, api_secret="not-" + own_janus.api_secret)
        try:
            with pytest.raises(EngineUnavailable):
                await wrong.open_leg(A, await device.offer())
            # The right secret opens the leg; closing it ends the session cleanly.
            events = Events()
            right = JanusEngine(events, url=own_janus.url, api_secret=own_janus.api_secret)
            await device.answer(await right.open_leg(A, await device.offer()))
            await events.wait_for(A, LegState.CONNECTED)
            await right.close()
            assert events.states(A) == [LegState.CONNECTED, LegState.CLOSED]
        finally:
            await device.close()
            await wrong.close()

    asyncio.run(scenario())
    assert own_janus.api_secret not in caplog.text


def test_a_janus_that_is_not_running_is_engine_unavailable(tmp_path: Path) -> None:
    async def scenario() -> None:
        engine = JanusEngine(Events(), url="ws://127.0.0.1:9/", api_secret="x")
        device = Device(ToneTrack(0.0))
        try:
            with pytest.raises(EngineUnavailable):
                await engine.open_leg(A, await device.offer())
        finally:
            await device.close()
            await engine.close()

    asyncio.run(scenario())


def test_a_recorded_call_leaves_no_file_on_janus_side_and_survives_losing_janus(
    own_janus: Janus, container: Container
) -> None:
    c = container
    with c.db.write() as s:
        ws, _ = identity.create_workspace(
            s,
            keyring=c.keyring,
            audit=c.audit,
            slug="janus-rec",
            name="janus-rec",
            owner_email="owner@janus-rec.example",
            owner_name="Owner",
            owner_password=PASSWORD,
        )

    def sealer(target: RecordingTarget) -> BlobSealer:
        with c.db.read() as session:
            return c.blobs.sealer(
                session,
                workspace_id=target.workspace_id,
                kind=target.kind,
                object_id=target.object_id,
            )

    before = {p for p in own_janus.log.parent.rglob("*") if p != own_janus.log}

    async def scenario() -> None:
        events = Events()
        engine = JanusEngine(
            events, url=own_janus.url, api_secret=own_janus.api_secret, sealers=sealer
        )
        alice = Device(ToneTrack(440.0))
        try:
            await alice.answer(await engine.open_leg(A, await alice.offer()))
            await events.wait_for(A, LegState.CONNECTED)
            await engine.start_recording("call-1", ["a"], target=RecordingTarget(ws.id, "r-1"))
            await asyncio.sleep(1.5)
            # Janus dies mid-recording: what was recorded until then is kept, sealed.
            own_janus.kill()
            await _wait(lambda: events.lost)
            result = await engine.stop_recording("call-1")
            assert result is not None and result.object_id == "r-1", result
            assert result.duration_ms >= 500 and result.size_bytes > 0, result
        finally:
            await alice.close()
            await engine.close()

    asyncio.run(scenario())
    after = {p for p in own_janus.log.parent.rglob("*") if p != own_janus.log}
    assert after == before  # Janus wrote nothing but its log
    for path in c.settings.data_dir.rglob("*"):
        if path.is_file():
            assert b"OggS" not in path.read_bytes(), path


def test_only_the_first_four_legs_of_a_call_can_be_tapped(own_janus: Janus) -> None:
    async def scenario() -> None:
        engine = JanusEngine(Events(), url=own_janus.url, api_secret=own_janus.api_secret)
        devices = [Device(ToneTrack(0.0)) for _ in range(5)]
        legs = [LegRef("call-1", f"leg-{n}") for n in range(5)]
        try:
            for device, leg in zip(devices, legs, strict=True):
                await engine.open_leg(leg, await device.offer())  # never connected: no matter
            with pytest.raises(MediaError) as err:
                await anext(aiter(engine.live_audio(legs[4])))
            assert err.value.code == "tap_unavailable"
            await engine.close_leg(legs[0])  # its slot frees: a new leg can be tapped
            device = Device(ToneTrack(0.0))
            devices.append(device)
            await engine.open_leg(LegRef("call-1", "late"), await device.offer())
            await engine.join("call-1", ["late", "leg-1"])  # the call's room, with groups
            taps = engine.live_audio(LegRef("call-1", "late"))
            first = await asyncio.wait_for(anext(aiter(taps)), 20)  # (silence: not connected)
            assert len(first) > 0
        finally:
            for device in devices:
                await device.close()
            await engine.close()

    asyncio.run(scenario())


def test_the_keep_alive_holds_the_session_and_a_session_janus_drops_is_engine_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A Janus that drops a session silent for 3 s: kept alive every second, the session lasts;
    # with no keep-alive in time, Janus ends it and the engine reports the loss.
    with janus_server(tmp_path / "janus", session_timeout=3) as server:

        async def scenario(keepalive: float) -> Events:
            monkeypatch.setattr(janus_api, "KEEPALIVE_SECONDS", keepalive)
            events = Events()
            engine = JanusEngine(events, url=server.url, api_secret=server.api_secret)
            device = Device(ToneTrack(0.0))
            try:
                await engine.open_leg(A, await device.offer())
                started = asyncio.get_running_loop().time()
                # Janus's watchdog looks every 2 s: 3 s silent are noticed within ~5 s.
                while not events.lost and asyncio.get_running_loop().time() - started < 8:
                    await asyncio.sleep(0.1)
                if not events.lost:
                    await engine.hold(A, True)  # the session still answers
            finally:
                await device.close()
                await engine.close()
            return events

        assert asyncio.run(scenario(1.0)).lost == []
        lost = asyncio.run(scenario(60.0)).lost
        assert len(lost) == 1 and "timeout" in lost[0], lost


def _tone(seconds: float, hz: float) -> bytes:
    t = np.arange(int(16_000 * seconds)) / 16_000
    return bytes((0.4 * np.sin(2 * np.pi * hz * t) * 32767).astype("<i2").tobytes())


def test_a_leg_hears_what_is_played_into_it_and_then_the_call_again(own_janus: Janus) -> None:
    async def scenario() -> None:
        events = Events()
        engine = JanusEngine(events, url=own_janus.url, api_secret=own_janus.api_secret)
        alice, bob = Device(ToneTrack(0.0)), Device(ToneTrack(440.0))
        a, b = LegRef("call-1", "a"), LegRef("call-1", "b")
        try:
            await alice.answer(await engine.open_leg(a, await alice.offer()))
            # Played at once, before the leg connects: the engine waits for it.
            mark = alice.mark()
            playing = asyncio.ensure_future(engine.play(a, _tone(2.0, 700.0)))
            await bob.answer(await engine.open_leg(b, await bob.offer()))
            await engine.join("call-1", ["a", "b"])
            started = asyncio.get_running_loop().time()
            assert await asyncio.wait_for(playing, 30) is True
            took = asyncio.get_running_loop().time() - started
            heard = alice.since(mark)
            loud = heard[np.abs(heard) > 3000]
            assert rms(heard) > 1000 and abs(dominant_hz(heard) - 700) < 10
            assert len(loud) >= 0.85 * 48_000 * 1.7, len(loud)
            assert took >= 1.9, took
            # Played to the end: Alice is back in the call and hears Bob.
            await _wait_for_tone(alice, 440.0)
            # What is played to a leg is not what it said: her live audio (she sends
            # silence) stays silent while a tone is played to her.
            frames = engine.live_audio(a)
            await anext(aiter(frames))  # tapped
            playing = asyncio.ensure_future(engine.play(a, _tone(1.5, 700.0)))
            await _wait_for_tone(alice, 700.0)
            said = []
            async for pcm in frames:
                said.append(pcm)
                if len(said) == 40:
                    break
            assert rms(np.frombuffer(b"".join(said), dtype="<i2")) < 50
            assert await asyncio.wait_for(playing, 30) is True
            with pytest.raises(MediaError) as err:
                await engine.play(a, b"\x00")  # not 16-bit samples
            assert err.value.code == "bad_audio"
            # The leg closes mid-play: play answers False at once, not after the audio.
            playing = asyncio.ensure_future(engine.play(a, _tone(10.0, 700.0)))
            await _wait_for_tone(alice, 700.0)
            await engine.close_leg(a)
            assert await asyncio.wait_for(playing, 5) is False
        finally:
            await alice.close()
            await bob.close()
            await engine.close()

    asyncio.run(scenario())


async def _wait_for_tone(device: Device, hz: float, timeout: float = 20.0) -> None:
    async def wait() -> None:
        while True:
            mark = device.mark()
            await asyncio.sleep(0.4)
            heard = device.since(mark)
            if rms(heard) > 1000 and abs(dominant_hz(heard) - hz) < 10:
                return

    await asyncio.wait_for(wait(), timeout)
