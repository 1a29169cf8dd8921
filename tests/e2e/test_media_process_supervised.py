"""`callvault serve` runs one media process beside its web workers (ADR 0022): killed, it is
started again while the API keeps answering, and the restarted engine carries calls."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

import aioice.ice
import httpx
import psutil
import pytest

from callvault.media.client import MediaClient
from callvault.media.port import LegRef, LegState
from tests.integration.media.conftest import Events
from tests.integration.media.peers import Device, ToneTrack
from tests.support.janus_server import janus_server
from tests.support.serve_process import Serve, serving

pytestmark = pytest.mark.slow


def _media_process(serve: Serve) -> tuple[int, Path] | None:
    for child in psutil.Process(serve.popen.pid).children(recursive=True):
        try:
            for conn in child.net_connections(kind="unix"):
                if conn.laddr and str(conn.laddr).endswith("/media.sock"):
                    return child.pid, Path(conn.laddr)
        except psutil.NoSuchProcess:
            continue
    return None


def _wait_for_media(serve: Serve, *, not_pid: int | None = None) -> tuple[int, Path]:
    deadline = time.monotonic() + 120
    while True:
        found = _media_process(serve)
        if found is not None and found[0] != not_pid:
            return found
        assert time.monotonic() < deadline, serve.log()[-3000:]
        time.sleep(0.3)


def test_a_killed_media_process_is_restarted_and_the_api_stays_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])
    with serving(tmp_path, processes=2, media_host_addresses='["127.0.0.1"]') as serve:
        pid, path = _wait_for_media(serve)
        # In the serve's private run directory (under <data>/run, or a private temporary
        # one when that path would be too long for a Unix socket, as under pytest-xdist).
        assert path.parent.name.startswith(("serve-", "callvault-serve-"))
        assert path.parent.stat().st_mode & 0o077 == 0
        os.kill(pid, signal.SIGKILL)
        with httpx.Client(base_url=serve.base, verify=serve.ctx, timeout=10) as client:
            assert client.get("/readyz").status_code == 200
        new_pid, new_path = _wait_for_media(serve, not_pid=pid)
        assert new_path == path
        assert f"media process (pid {pid}) ended with signal {signal.SIGKILL.value}" in serve.log()

        async def call() -> None:
            events = Events()
            client = MediaClient(path, events)
            await client.start(timeout=60)
            device = Device(ToneTrack(440.0))
            leg = LegRef("call-s", "a")
            await device.answer(await client.open_leg(leg, await device.offer()))
            await events.wait_for(leg, LegState.CONNECTED)
            await client.close_call("call-s")
            await device.close()
            await client.close()

        asyncio.run(call())
        assert serve.stop(signal.SIGTERM) == 0, serve.log()[-3000:]
        assert not psutil.pid_exists(new_pid) or psutil.Process(new_pid).status() == "zombie"


def test_with_janus_configured_serve_runs_the_janus_engine_in_its_media_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`media_engine = "janus"`: the supervisor's media process hosts the Janus adapter (no
    aiortc peer connection in it), and a device's leg is carried by Janus."""
    with janus_server(tmp_path / "janus") as janus:
        monkeypatch.setattr(
            aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: [janus.host]
        )
        with serving(
            tmp_path,
            processes=2,
            media_engine="janus",
            janus_url=janus.url,
            janus_api_secret=janus.api_secret,
        ) as serve:
            _, path = _wait_for_media(serve)

            async def call() -> None:
                events = Events()
                client = MediaClient(path, events)
                await client.start(timeout=60)
                device = Device(ToneTrack(440.0))
                leg = LegRef("call-s", "a")
                answer = await client.open_leg(leg, await device.offer())
                assert "AudioBridge" in answer  # Janus's answer (its session name)
                await device.answer(answer)
                await events.wait_for(leg, LegState.CONNECTED)
                await client.close_call("call-s")
                await device.close()
                await client.close()

            asyncio.run(call())
            assert "media engine (janus) listening" in serve.log()
            assert janus.api_secret not in serve.log()
            assert serve.stop(signal.SIGTERM) == 0, serve.log()[-3000:]
