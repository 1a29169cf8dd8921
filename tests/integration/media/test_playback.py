"""Playback into a leg (media port `play`, ADR 0027) through the media process, on each engine
(aiortc, and Janus: ADR 0050): the PCM crosses the link in parts, the engine waits for the leg
to connect, the device hears it, and `play` answers True when it was all sent, False when the
leg closed first."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import aioice.ice
import numpy as np
import pytest

from callvault.media.client import MediaClient
from callvault.media.port import LegRef, LegState, MediaError
from tests.integration.media.conftest import Events
from tests.integration.media.peers import Device, ToneTrack, dominant_hz, rms
from tests.integration.media.test_media_process import installed, media_process
from tests.support.janus_server import janus_server

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("loopback")]
__all__ = ["installed"]

LEG = LegRef("call-v", "caller")


# Loud samples of at least 1.8 s of the 2 s tone heard (48 kHz): a 0.4 sine is above 3000
# 85 % of the time.
LEAST_LOUD = 0.85 * 48_000 * 1.8


def _loud(heard: np.ndarray) -> np.ndarray:
    return heard[np.abs(heard) > 3000]


def _tone(seconds: float, hz: float) -> bytes:
    t = np.arange(int(16_000 * seconds)) / 16_000
    return bytes((0.4 * np.sin(2 * np.pi * hz * t) * 32767).astype("<i2").tobytes())


@contextlib.contextmanager
def _engine_settings(
    engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
    if engine == "embedded":
        yield {}
        return
    with janus_server(tmp_path / "janus") as janus:
        # Janus never gathers loopback candidates: the device meets it on the machine's address.
        monkeypatch.setattr(
            aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: [janus.host]
        )
        yield {
            "media_engine": "janus",
            "janus_url": janus.url,
            "janus_api_secret": janus.api_secret,
        }


@pytest.mark.parametrize("engine", ["embedded", "janus"])
def test_a_leg_hears_what_is_played_into_it(
    installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    socket_path = tmp_path / "media.sock"

    async def scenario(settings: dict[str, str]) -> None:
        events = Events()
        with media_process(installed, socket_path, **settings):
            client = MediaClient(socket_path, events)
            await client.start(timeout=120)
            caller = Device(ToneTrack(0.0))
            # Played at once, before the leg connects: the engine waits for it.
            await caller.answer(await client.open_leg(LEG, await caller.offer()))
            mark = caller.mark()
            started = time.monotonic()
            assert await client.play(LEG, _tone(2.0, 700.0)) is True  # 64 KB: in parts
            took = time.monotonic() - started
            # The last frames are still on their way: waited for, not slept (a loaded machine
            # delivers them late), then half a second more for any that should not come.
            deadline = time.monotonic() + 15
            while len(_loud(caller.since(mark))) < LEAST_LOUD and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
            await asyncio.sleep(0.5)
            heard = caller.since(mark)
            loud = _loud(heard)
            assert rms(heard) > 1000 and abs(dominant_hz(heard) - 700) < 10
            assert LEAST_LOUD <= len(loud) <= 0.9 * 48_000 * 2.1, len(loud)
            assert took >= 1.9, took

            with pytest.raises(MediaError) as err:
                await client.play(LEG, b"\x00")  # not 16-bit samples
            assert err.value.code == "bad_audio"
            with pytest.raises(MediaError) as err:
                await client.play(LegRef("call-v", "nobody"), _tone(0.1, 700.0))
            assert err.value.code == "unknown_leg"

            # The leg closes mid-play: play answers False at once, not after the audio.
            playing = asyncio.ensure_future(client.play(LEG, _tone(10.0, 700.0)))
            await asyncio.sleep(0.5)
            await client.close_leg(LEG)
            assert await asyncio.wait_for(playing, 5) is False
            await events.wait_for(LEG, LegState.CLOSED)
            await caller.close()
            await client.close()

    with _engine_settings(engine, tmp_path, monkeypatch) as settings:
        asyncio.run(scenario(settings))
