"""The media process as the web processes reach it: `callvault media` in a process of its
own, the MediaClient over its Unix socket. A killed media process ends every leg with
`engine_lost`, later requests fail cleanly, and a restarted one is used again."""

from __future__ import annotations

import asyncio
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import aioice.ice
import numpy as np
import pytest

from callvault.media.client import MediaClient
from callvault.media.port import EngineUnavailable, InsecureOffer, LegRef, LegState, MediaError
from tests.integration.media.conftest import Events
from tests.integration.media.peers import Device, ToneTrack, dominant_hz, rms
from tests.support.janus_server import janus_server

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("loopback")]

A = LegRef("call-p", "a")
B = LegRef("call-p", "b")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory made by `callvault init` (the media process creates none)."""
    data_dir = tmp_path_factory.mktemp("media") / "data"
    env = {**os.environ, "CALLVAULT_DATA_DIR": str(data_dir)}
    env.pop("CALLVAULT_DATABASE_URL", None)
    init = subprocess.run(
        [sys.executable, "-m", "callvault", "init"], env=env, capture_output=True, timeout=180
    )
    assert init.returncode == 0, init.stderr
    return data_dir


@contextmanager
def media_process(
    data_dir: Path, socket_path: Path, **settings: str
) -> Iterator[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "CALLVAULT_DATA_DIR": str(data_dir),
        "CALLVAULT_MEDIA_SOCKET": str(socket_path),
        "CALLVAULT_MEDIA_HOST_ADDRESSES": '["127.0.0.1"]',
        **{f"CALLVAULT_{name.upper()}": value for name, value in settings.items()},
    }
    env.pop("CALLVAULT_DATABASE_URL", None)
    log = (data_dir / "media.log").open("ab")
    popen = subprocess.Popen(
        [sys.executable, "-m", "callvault", "media"], env=env, stdout=log, stderr=log
    )
    try:
        yield popen
    finally:
        if popen.poll() is None:
            popen.send_signal(signal.SIGTERM)
            try:
                popen.wait(30)
            except subprocess.TimeoutExpired:
                popen.kill()
                popen.wait()
        log.close()


async def _call(client: MediaClient, events: Events, call_id: str) -> tuple[Device, Device]:
    alice, bob = Device(ToneTrack(440.0)), Device(ToneTrack(0.0))
    a, b = LegRef(call_id, "a"), LegRef(call_id, "b")
    for device, leg in ((alice, a), (bob, b)):
        await device.answer(await client.open_leg(leg, await device.offer()))
    await events.wait_for(a, LegState.CONNECTED)
    await events.wait_for(b, LegState.CONNECTED)
    await client.join(call_id, ["a", "b"])
    return alice, bob


async def _wait(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.05)

    await asyncio.wait_for(poll(), timeout)


def test_media_refuses_a_data_directory_that_was_never_initialised(tmp_path: Path) -> None:
    env = {**os.environ, "CALLVAULT_DATA_DIR": str(tmp_path / "none")}
    r = subprocess.run(
        [sys.executable, "-m", "callvault", "media"], env=env, capture_output=True, timeout=120
    )
    assert r.returncode == 2 and b"not_initialised" in r.stderr + r.stdout
    assert not (tmp_path / "none").exists()


def test_calls_through_the_media_process_survive_nothing_of_its_death_but_end_cleanly(
    installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = installed
    # The test's devices check their peer's consent every second, not every 5 s (aioice's
    # default, six misses: 30 s of waiting for the failure asserted below).
    monkeypatch.setattr(aioice.ice, "CONSENT_INTERVAL", 1)
    socket_path = tmp_path / "media.sock"

    async def scenario() -> None:
        events = Events()
        client = MediaClient(socket_path, events)
        with media_process(data_dir, socket_path) as first:
            await client.start(timeout=120)
            assert stat.S_IMODE(socket_path.stat().st_mode) == 0o600
            alice, bob = await _call(client, events, "call-p")
            await asyncio.sleep(0.5)
            mark = bob.mark()
            await asyncio.sleep(1.0)
            heard = bob.since(mark)
            assert rms(heard) > 1000 and abs(dominant_hz(heard) - 440) < 10
            # The engine's refusals cross the link with their codes.
            with pytest.raises(InsecureOffer):
                await client.open_leg(
                    LegRef("call-x", "x"),
                    (await alice.offer()).replace("UDP/TLS/RTP/SAVPF", "RTP/AVP"),
                )
            with pytest.raises(MediaError) as err:
                await client.join("call-p", ["a", "nobody"])
            assert err.value.code == "unknown_leg"

            first.send_signal(signal.SIGKILL)
            first.wait(30)
            await _wait(lambda: events.lost)
            assert events.lost == ["the media process stopped"]
            late = Device(ToneTrack())
            with pytest.raises(EngineUnavailable):
                await client.open_leg(LegRef("call-q", "a"), await late.offer())
            await late.close()
            with pytest.raises(EngineUnavailable):
                await client.close_call("call-p")
            # The devices notice too: their DTLS-SRTP peer is gone.
            await _wait(lambda: alice.pc.connectionState in ("failed", "closed"), 60)
            await alice.close()
            await bob.close()

        with media_process(data_dir, socket_path):
            await asyncio.wait_for(client.connected.wait(), 120)
            alice, bob = await _call(client, events, "call-r")
            await client.close_call("call-r")
            await events.wait_for(LegRef("call-r", "b"), LegState.CLOSED)
            await alice.close()
            await bob.close()
        await client.close()

    asyncio.run(scenario())


def test_a_web_process_that_goes_away_takes_its_legs_with_it(
    installed: Path, tmp_path: Path
) -> None:
    data_dir = installed
    socket_path = tmp_path / "media.sock"

    async def scenario() -> None:
        events = Events()
        with media_process(data_dir, socket_path):
            client = MediaClient(socket_path, events)
            await client.start(timeout=120)
            alice = Device(ToneTrack(440.0))
            await alice.answer(await client.open_leg(A, await alice.offer()))
            await events.wait_for(A, LegState.CONNECTED)
            await client.close()  # as if its web process died
            await _wait(lambda: alice.pc.connectionState == "closed")
            await alice.close()

    asyncio.run(scenario())


def test_live_audio_of_a_leg_crosses_the_link_as_16_khz_frames(
    installed: Path, tmp_path: Path
) -> None:
    data_dir = installed
    socket_path = tmp_path / "media.sock"

    async def scenario() -> None:
        events = Events()
        with media_process(data_dir, socket_path):
            client = MediaClient(socket_path, events)
            await client.start(timeout=120)
            alice, bob = await _call(client, events, "call-p")
            frames: list[bytes] = []
            async for pcm in client.live_audio(A):
                frames.append(pcm)
                if len(frames) == 75:
                    break
            assert {len(f) for f in frames[5:]} == {640}  # 20 ms of 16 kHz, 16-bit mono
            samples = np.frombuffer(b"".join(frames[25:]), dtype="<i2")
            assert rms(samples) > 1000 and abs(dominant_hz(samples, 16_000) - 440) < 10
            with pytest.raises(MediaError) as err:
                async for _ in client.live_audio(LegRef("call-p", "nobody")):
                    pass
            assert err.value.code == "unknown_leg"
            await client.close_call("call-p")
            await alice.close()
            await bob.close()
            await client.close()

    asyncio.run(scenario())


def test_with_janus_configured_the_media_process_serves_the_janus_engine(
    installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`media_engine = "janus"`: the same link, the legs carried by a private Janus; Janus
    killed, every web process hears engine_lost, while the media process stays up."""
    data_dir = installed
    socket_path = tmp_path / "media.sock"
    with janus_server(tmp_path / "janus") as janus:
        monkeypatch.setattr(
            aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: [janus.host]
        )

        async def scenario() -> None:
            events = Events()
            settings = {
                "media_engine": "janus",
                "janus_url": janus.url,
                "janus_api_secret": janus.api_secret,
            }
            with media_process(data_dir, socket_path, **settings) as popen:
                client = MediaClient(socket_path, events)
                await client.start(timeout=120)
                alice, bob = await _call(client, events, "call-p")
                await asyncio.sleep(0.3)
                mark = bob.mark()
                await asyncio.sleep(1.0)
                heard = bob.since(mark)
                assert rms(heard) > 1000 and abs(dominant_hz(heard) - 440) < 10
                janus.kill()
                async with asyncio.timeout(20):
                    while not events.lost:
                        await asyncio.sleep(0.05)
                assert "janus" in events.lost[0]
                assert popen.poll() is None  # the media process is still serving
                with pytest.raises(EngineUnavailable):  # no Janus: refused at once
                    await client.open_leg(A, await alice.offer())
                await alice.close()
                await bob.close()
                await client.close()
            log = (data_dir / "media.log").read_text(errors="replace")
            assert janus.api_secret not in log

        asyncio.run(scenario())
