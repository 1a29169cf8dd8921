"""CPU of the media process per joined two-party call (ADR 0022).

Starts `callvault media` (loopback host candidates only), opens N two-party calls through
MediaClient with aiortc devices in this process (each sending a tone), joins them, and
samples the media process's CPU time over a window; the devices run in this process, so the
figure is the media process's own. "rx rms" is the level one device receives: it falls when
the machine cannot keep up (frames replaced by silence); "gaps %" is the share of the 20 ms
frames every device received that were silent although the other party sent a tone without
pause (the mixer had nothing in time: late or lost frames), the run's stand-in for PESQ.
Recording is off unless `--record` (both legs of every call into the encrypted blob store).

`--src PATH` compares against another checkout's sources (e.g. /work/main/src): a second media
process runs with PYTHONPATH=PATH, and every step is measured on both, interleaved (the order
alternates per round, A B B A ...), `--rounds` times; at the end, per step, the ratio of this
checkout's CPU per call to the other's, per round. On a shared, loaded machine only these
same-run ratios mean anything: the load average is printed at the start and the end.

One decoder thread for every leg (ADR 0022 addendum), `--record --src /work/main/src
--rounds 3 --seconds 15`, load 1.2-2.9: media CPU per recorded call, this / main, 1 call
x0.88 x0.70 x0.90, 4 calls x0.64 x0.77 x0.73 (4.3-5.0 % vs 6.0-6.7 % of a core per call);
gaps at 4 calls 0.00-0.58 % vs 0.00-0.20 %.

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
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import psutil
from tests.integration.media.conftest import Events
from tests.integration.media.peers import FRAME, Device, ToneTrack, rms

from callvault.media.aiortc_engine import use_host_addresses
from callvault.media.client import MediaClient
from callvault.media.port import LegRef, LegState, RecordingTarget

_SRC = Path(__file__).resolve().parents[1] / "src"


@dataclass
class Engine:
    label: str
    popen: subprocess.Popen[bytes]
    client: MediaClient
    events: Events


async def _calls(engine: Engine, count: int, tag: str, workspace: str | None) -> list[Device]:
    devices: list[Device] = []
    for i in range(count):
        call = f"{tag}-{i}"
        pair = [Device(ToneTrack(440.0)), Device(ToneTrack(660.0))]
        for device, leg_id in zip(pair, ("a", "b"), strict=True):
            leg = LegRef(call, leg_id)
            await device.answer(await engine.client.open_leg(leg, await device.offer()))
            await engine.events.wait_for(leg, LegState.CONNECTED, 60)
        await engine.client.join(call, ["a", "b"])
        if workspace is not None:
            target = RecordingTarget(workspace_id=workspace, object_id=uuid.uuid4().hex)
            await engine.client.start_recording(call, ["a", "b"], target=target)
        devices += pair
    return devices


def _gaps(audio: np.ndarray) -> tuple[int, int]:
    """(silent 20 ms frames, frames) in what a device heard of a continuous tone."""
    frames = audio[: len(audio) // FRAME * FRAME].reshape(-1, FRAME).astype(np.float64)
    levels = np.sqrt(np.mean(frames**2, axis=1))
    return int(np.sum(levels < 300)), len(levels)  # the tones are ~5600 rms


async def _step(
    engine: Engine, count: int, seconds: float, tag: str, workspace: str | None
) -> tuple[float, float, float]:
    """(media CPU % of a core per call, rx rms, gaps %) of `count` calls on `engine`."""
    media = psutil.Process(engine.popen.pid)
    devices = await _calls(engine, count, tag, workspace)
    await asyncio.sleep(1.0)
    before = media.cpu_times()
    marks = [d.mark() for d in devices]
    await asyncio.sleep(seconds)
    after = media.cpu_times()
    used = (after.user + after.system - before.user - before.system) / seconds * 100
    heard = [d.since(m) for d, m in zip(devices, marks, strict=True)]
    silent, frames = map(sum, zip(*(_gaps(h) for h in heard), strict=True))
    for i in range(count):
        if workspace is not None:
            await engine.client.stop_recording(f"{tag}-{i}")
        await engine.client.close_call(f"{tag}-{i}")
    for device in devices:
        await device.close()
    return used / count, rms(heard[1]), 100 * silent / max(frames, 1)


def _workspace(data: Path) -> str:
    db = next(data.rglob("*.db"), None) or next(data.rglob("*.sqlite*"))
    with sqlite3.connect(db) as conn:
        return str(conn.execute("select id from workspaces limit 1").fetchone()[0])


async def _start(label: str, src: Path, data: Path, events: Events) -> Engine:
    sock = data.parent / f"media-{label}.sock"
    env = {
        **os.environ,
        "PYTHONPATH": str(src),
        "CALLVAULT_DATA_DIR": str(data),
        "CALLVAULT_MEDIA_SOCKET": str(sock),
        "CALLVAULT_MEDIA_HOST_ADDRESSES": '["127.0.0.1"]',
        "CALLVAULT_LOG_LEVEL": "WARNING",
    }
    popen = subprocess.Popen(
        [sys.executable, "-m", "callvault", "media"], env=env, stderr=subprocess.DEVNULL
    )
    client = MediaClient(sock, events)
    await client.start(timeout=120)
    return Engine(label, popen, client, events)


async def run(
    counts: list[int],
    seconds: float,
    other: Path | None,
    rounds: int,
    record: bool,
    other_first: bool = False,
) -> None:
    use_host_addresses(["127.0.0.1"])
    print(f"machine: {psutil.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = {**os.environ, "PYTHONPATH": str(_SRC), "CALLVAULT_DATA_DIR": str(data)}
        env.pop("CALLVAULT_DATABASE_URL", None)
        subprocess.run(
            [sys.executable, "-m", "callvault", "init"], env=env, check=True, capture_output=True
        )
        workspace = _workspace(data) if record else None
        engines = [await _start("this", _SRC, data, Events())]
        if other is not None:
            engines.append(await _start("other", other, data, Events()))
        per_call: dict[tuple[int, str], list[float]] = {}
        try:
            head = f"{'round':>5} {'src':>5} {'calls':>5} {'% per call':>11} {'rx rms':>7}"
            print(f"{head} {'gaps %':>7}")
            for r in range(rounds):
                for count in counts:
                    order = engines if (r + other_first) % 2 == 0 else engines[::-1]
                    for engine in order:
                        tag = f"{engine.label}-{r}-{count}"
                        cpu, level, gaps = await _step(engine, count, seconds, tag, workspace)
                        per_call.setdefault((count, engine.label), []).append(cpu)
                        print(
                            f"{r:>5} {engine.label:>5} {count:>5} {cpu:>11.1f} {level:>7.0f} "
                            f"{gaps:>7.2f}",
                            flush=True,
                        )
            if other is not None:
                print(f"this/other CPU per call ({'recorded' if record else 'unrecorded'}):")
                for count in counts:
                    ratios = [
                        a / b
                        for a, b in zip(
                            per_call[count, "this"], per_call[count, "other"], strict=True
                        )
                    ]
                    print(
                        f"  {count} calls: "
                        + " ".join(f"x{x:.2f}" for x in ratios)
                        + f" (median x{statistics.median(ratios):.2f})"
                    )
        finally:
            for engine in engines:
                await engine.client.close()
                engine.popen.send_signal(signal.SIGTERM)
                engine.popen.wait(30)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--src", type=Path, help="another checkout's src/, measured alongside")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--record", action="store_true", help="record every call")
    parser.add_argument(
        "--other-first", action="store_true", help="round 0 measures --src first (order effects)"
    )
    args = parser.parse_args()
    asyncio.run(run(args.calls, args.seconds, args.src, args.rounds, args.record, args.other_first))


if __name__ == "__main__":
    main()
