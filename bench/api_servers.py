"""The two servers of bench/api_throughput.py, each its own process bound to 127.0.0.1 on a
free port: `callvault serve` (asked for N HTTP processes through CALLVAULT_WEB_PROCESSES) and
the bare FastAPI app (api_bare.py) under uvicorn with callvault's certificate and key."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil

from callvault.db.engine import normalise_url
from harness import CLI, Instance, free_port

BENCH = Path(__file__).parent
PROCESSES_ENV = "CALLVAULT_WEB_PROCESSES"
START_SECONDS = 60


@dataclass(frozen=True)
class Server:
    name: str
    base: str
    port: int
    process: psutil.Process


def _wait_ready(popen: subprocess.Popen[bytes], base: str, instance: Instance, log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while True:
        if popen.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"server exited with {popen.returncode}:\n{tail}")
        try:
            if httpx.get(f"{base}/healthz", verify=instance.ctx, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"server at {base} did not answer /healthz in {START_SECONDS} s")
        time.sleep(0.2)


@contextmanager
def _running(
    name: str, command: list[str], env: dict[str, str], base: str, instance: Instance, log: Path
) -> Iterator[Server]:
    with log.open("wb") as out:
        popen = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_ready(popen, base, instance, log)
        yield Server(name, base, int(base.rsplit(":", 1)[1]), psutil.Process(popen.pid))
    finally:
        _stop(popen)


def _stop(popen: subprocess.Popen[bytes]) -> None:
    """SIGINT (graceful), then SIGKILL; any child it left behind is killed by its pid."""
    try:
        children = psutil.Process(popen.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        children = []
    popen.send_signal(signal.SIGINT)
    try:
        popen.wait(timeout=30)
    except subprocess.TimeoutExpired:
        popen.kill()
        popen.wait()
    for child in children:
        if child.is_running():
            child.kill()


@contextmanager
def callvault(instance: Instance, *, processes: int, log: Path) -> Iterator[Server]:
    """`callvault serve` as configured by `callvault init` (default job workers included)."""
    env = {**instance.env, PROCESSES_ENV: str(processes)}
    with _running("callvault", [*CLI, "serve"], env, instance.base, instance, log) as server:
        yield server


@contextmanager
def bare(
    instance: Instance, *, database_url: str, workspace_id: str, log: Path, processes: int = 1
) -> Iterator[Server]:
    """The bare app under uvicorn; `processes` > 1 is uvicorn's own `--workers` (a parent
    holding the socket, N children accepting on it)."""
    port = free_port()
    tls = instance.data_dir / "tls"
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--app-dir",
        str(BENCH),
        "api_bare:app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--ssl-certfile",
        str(tls / "cert.pem"),
        "--ssl-keyfile",
        str(tls / "key.pem"),
        "--log-level",
        "warning",
        "--no-access-log",
        "--no-server-header",
        *(["--workers", str(processes)] if processes > 1 else []),
    ]
    env = {
        **instance.env,
        "BENCH_BARE_DATABASE_URL": normalise_url(database_url),
        "BENCH_BARE_WORKSPACE": workspace_id,
    }
    with _running("bare", command, env, f"https://127.0.0.1:{port}", instance, log) as server:
        yield server


def listening_processes(server: Server) -> int:
    """How many processes of the server's tree hold a listening socket on its port: 1 for
    a single-process server; a supervisor with N HTTP workers shows more."""
    count = 0
    for proc in [server.process, *server.process.children(recursive=True)]:
        try:
            conns = proc.net_connections(kind="tcp")
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        if any(c.status == psutil.CONN_LISTEN and c.laddr.port == server.port for c in conns):
            count += 1
    return count
