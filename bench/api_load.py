"""One round of load for bench/api_throughput.py: wrk (C, Debian's package) against one URL
for a fixed time, with api_load.lua reporting latency percentiles, requests over 2 s, non-2xx
responses and socket errors; and the server's CPU time over the same round (the server
process and all its children, so worker processes count), per completed request; the
database server's CPU time per request (PostgreSQL's processes; 0 for SQLite, which runs
inside the server); and how busy the machine's cores were over the round (all processes:
wrk, the database, anything else), which says when a figure is the machine's limit rather
than the server's. A round starts once the server is idle."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import psutil

SCRIPT = Path(__file__).with_name("api_load.lua")
MARKER = "BENCH_RESULT "
TIMEOUT = "10s"  # well past 2 s, so slow requests are measured, not cut off
IDLE_PERIOD_SECONDS = 0.5
IDLE_SHARE = 0.05  # idle: under 5 % of a core (job workers poll the queue)
IDLE_WAIT_SECONDS = 60
DATABASE_PROCESSES = frozenset({"postgres", "postmaster"})


@dataclass(frozen=True)
class Load:
    threads: int = 2
    connections: int = 50
    seconds: float = 20.0


@dataclass(frozen=True)
class Round:
    server: str  # "callvault" or "bare"
    path: str
    processes: int  # CALLVAULT_WEB_PROCESSES asked for (1 for bare)
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    over_2s: int
    non2xx: int
    socket_errors: int  # connect, read, write and timeout errors together
    cpu_ms_per_request: float
    bytes_per_response: float
    db_cpu_ms_per_request: float = 0.0
    machine_busy: float = 0.0  # share of all cores busy during the round, 0..1

    @property
    def errors(self) -> int:
        return self.non2xx + self.socket_errors

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "errors": self.errors}


def wrk_binary() -> str:
    found = shutil.which("wrk")
    if found is None:
        raise RuntimeError("wrk is not installed: run scripts/system-deps.sh --bench")
    return found


def tree_cpu_seconds(root: psutil.Process) -> float:
    """User + system CPU time of the process and its live descendants."""
    total = 0.0
    for proc in [root, *root.children(recursive=True)]:
        try:
            t = proc.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += t.user + t.system
    return total


def database_cpu_seconds() -> float:
    """User + system CPU time of the machine's PostgreSQL processes (0 with none)."""
    total = 0.0
    for proc in psutil.process_iter(["name"]):
        if proc.info["name"] not in DATABASE_PROCESSES:
            continue
        try:
            t = proc.cpu_times()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        total += t.user + t.system
    return total


def machine_busy(before: Any, after: Any) -> float:
    """The share of all cores' time between two psutil.cpu_times() readings that was busy."""
    total = sum(after) - sum(before)
    idle = (after.idle - before.idle) + (after.iowait - before.iowait)
    return 0.0 if total <= 0 else 1.0 - idle / total


def wait_idle(root: psutil.Process) -> None:
    """Until the server has finished what the previous round left in flight (wrk stops
    without waiting for its last responses), so that work is not charged to this round."""
    deadline = time.monotonic() + IDLE_WAIT_SECONDS
    last = tree_cpu_seconds(root)
    while time.monotonic() < deadline:
        time.sleep(IDLE_PERIOD_SECONDS)
        now = tree_cpu_seconds(root)
        if now - last < IDLE_PERIOD_SECONDS * IDLE_SHARE:
            return
        last = now


def run_round(
    load: Load,
    *,
    server: str,
    process: psutil.Process,
    base: str,
    path: str,
    token: str | None,
    processes: int = 1,
) -> Round:
    command = [
        wrk_binary(),
        f"-t{load.threads}",
        f"-c{load.connections}",
        f"-d{load.seconds:g}s",
        "--timeout",
        TIMEOUT,
        "-s",
        str(SCRIPT),
        base + path,
    ]
    env = {**os.environ, "BENCH_TOKEN": token or "", "BENCH_CONNECTIONS": str(load.connections)}
    wait_idle(process)
    cpu_before, db_before = tree_cpu_seconds(process), database_cpu_seconds()
    machine_before = psutil.cpu_times()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    busy = machine_busy(machine_before, psutil.cpu_times())
    cpu = tree_cpu_seconds(process) - cpu_before
    db_cpu = database_cpu_seconds() - db_before
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith(MARKER)]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr or done.stdout}")
    r = json.loads(lines[-1][len(MARKER) :])
    seconds = r["duration_us"] / 1e6
    n = r["requests"]
    return Round(
        server=server,
        path=path,
        processes=processes,
        requests=n,
        seconds=seconds,
        rps=n / seconds,
        p50_ms=r["p50_us"] / 1000,
        p99_ms=r["p99_us"] / 1000,
        max_ms=r["max_us"] / 1000,
        over_2s=r["over_2s"],
        non2xx=r["non2xx"],
        socket_errors=r["connect"] + r["read"] + r["write"] + r["timeout"],
        cpu_ms_per_request=cpu * 1000 / n if n else float("nan"),
        bytes_per_response=r["bytes"] / n if n else float("nan"),
        db_cpu_ms_per_request=db_cpu * 1000 / n if n else float("nan"),
        machine_busy=busy,
    )
