"""CPU of the media process per joined two-party call (ADR 0022).

Starts `callvault media` (loopback host candidates only), opens N two-party calls through
MediaClient with aiortc devices in this process (each sending a tone), joins them, and
samples the media process's CPU time over a window; the devices run in this process, so the
figure is the media process's own. "rx rms" is the level one device receives: it falls when
the machine cannot keep up (frames replaced by silence). Recording is not included (field
notes: ~1.5-4 % of a core per recorded stream).

Measured 2026-12-03 on the 2-core machine (shared with other work, load average ~5):
1 call 20 % of a core, 2 calls 39 %, 4 calls 58 % (14-20 % per two-party call, i.e.
~7-10 % per leg: ~5-7 unrecorded two-party calls per core), received level intact.
After the send path was cut (ADR 0022, Costs), interleaved with the old code, load ~5:
1 call 15.3-15.8 % -> 10.6-11.0 %, 4 calls 12.7-13.1 % -> 7.4-9.4 % per call; rx rms 2829
-> 4008 (aiortc's mono->stereo upmix had cost 3 dB).
Decoding on the loop and forwarding a two-party call's packets (ADR 0022 addendum),
interleaved with the old code, load 13-17: 1 call 13.6-13.8 % -> 6.5-7.4 %, 2 calls
9.3-9.5 % -> 5.0-6.8 % per call; rx rms unchanged (3681-3969 vs 3672-4011).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import psutil
from tests.integration.media.conftest import Events
from tests.integration.media.peers import Device, ToneTrack, rms

from callvault.media.aiortc_engine import use_host_addresses
from callvault.media.client import MediaClient
from callvault.media.port import LegRef, LegState


async def _calls(client: MediaClient, events: Events, count: int, tag: str) -> list[Device]:
    devices: list[Device] = []
    for i in range(count):
        call = f"{tag}-{i}"
        pair = [Device(ToneTrack(440.0)), Device(ToneTrack(660.0))]
        for device, leg_id in zip(pair, ("a", "b"), strict=True):
            leg = LegRef(call, leg_id)
            await device.answer(await client.open_leg(leg, await device.offer()))
            await events.wait_for(leg, LegState.CONNECTED, 60)
        await client.join(call, ["a", "b"])
        devices += pair
    return devices


async def run(counts: list[int], seconds: float) -> None:
    use_host_addresses(["127.0.0.1"])
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        sock = data / "media.sock"
        env = {
            **os.environ,
            "CALLVAULT_DATA_DIR": str(data),
            "CALLVAULT_MEDIA_SOCKET": str(sock),
            "CALLVAULT_MEDIA_HOST_ADDRESSES": '["127.0.0.1"]',
        }
        subprocess.run(
            [sys.executable, "-m", "callvault", "init"],
            env=env,
            check=True,
            capture_output=True,
        )
        popen = subprocess.Popen(
            [sys.executable, "-m", "callvault", "media"], env=env, stderr=subprocess.DEVNULL
        )
        try:
            events = Events()
            client = MediaClient(sock, events)
            await client.start(timeout=120)
            media = psutil.Process(popen.pid)
            print(f"{'calls':>5} {'media CPU %':>12} {'% per call':>11} {'rx rms':>7}")
            for count in counts:
                devices = await _calls(client, events, count, f"n{count}")
                await asyncio.sleep(1.0)
                before = media.cpu_times()
                mark = devices[1].mark()
                await asyncio.sleep(seconds)
                after = media.cpu_times()
                used = (after.user + after.system - before.user - before.system) / seconds * 100
                level = rms(devices[1].since(mark))
                print(f"{count:>5} {used:>12.1f} {used / count:>11.1f} {level:>7.0f}")
                for i in range(count):
                    await client.close_call(f"n{count}-{i}")
                for device in devices:
                    await device.close()
            await client.close()
        finally:
            popen.send_signal(signal.SIGTERM)
            popen.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    asyncio.run(run(args.calls, args.seconds))


if __name__ == "__main__":
    main()
