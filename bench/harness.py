"""Shared parts of the HTTP benchmarks: a real `callvault serve` process on a fresh data
directory, concurrent clients over TLS, and latency percentiles."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy.orm import Session

from callvault.identity.models import User

CLI = [sys.executable, "-m", "callvault"]
OWNER_EMAIL = "owner@callvault.local"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@dataclass(frozen=True)
class Instance:
    data_dir: Path
    env: dict[str, str]
    password: str  # the first owner's, printed by `callvault init`
    base: str
    ctx: ssl.SSLContext


def init(data_dir: Path, workspace: str, extra_env: Mapping[str, str] | None = None) -> Instance:
    """`callvault init` on a fresh data directory (the server is not started yet);
    `extra_env` (e.g. CALLVAULT_DATABASE_URL) applies to init and to every later server."""
    port = free_port()
    env = {
        **os.environ,
        "CALLVAULT_DATA_DIR": str(data_dir),
        "CALLVAULT_PORT": str(port),
        "CALLVAULT_RATE_LIMIT": "1000000/minute",
        "CALLVAULT_LOG_LEVEL": "WARNING",
        **(extra_env or {}),
    }
    out = subprocess.run(
        [*CLI, "init", "--workspace", workspace],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    password = out.split("password:")[1].split()[0]
    ctx = ssl.create_default_context(cafile=str(data_dir / "tls" / "cert.pem"))
    return Instance(data_dir, env, password, f"https://127.0.0.1:{port}", ctx)


@contextmanager
def serving(instance: Instance) -> Iterator[Instance]:
    """`callvault serve` as its own process until the block ends."""
    server = subprocess.Popen(
        [*CLI, "serve", "--workers", "0"],
        env=instance.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"{instance.base}/healthz", verify=instance.ctx, timeout=2)
                if r.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.2)
        yield instance
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def sign_in(instance: Instance, workspace: str, email: str = OWNER_EMAIL) -> str:
    """A session of the user whose password `callvault init` printed (or the bench set):
    such a password is temporary, so the first sign-in chooses the user's own (the API
    answers nothing else until then) and later ones use it."""
    own = f"{instance.password} chosen"

    def attempt(c: httpx.Client, password: str) -> httpx.Response:
        return c.post(
            "/api/v1/auth/sign-in",
            json={"workspace": workspace, "email": email, "password": password},
        )

    with httpx.Client(base_url=instance.base, verify=instance.ctx, timeout=30) as c:
        r = attempt(c, own)
        if r.status_code == 201:
            return str(r.json()["token"])
        r = attempt(c, instance.password)
        r.raise_for_status()
        token = str(r.json()["token"])
        c.put(
            "/api/v1/me/password",
            headers={"authorization": f"Bearer {token}"},
            json={"current_password": instance.password, "new_password": own},
        ).raise_for_status()
        return token


# A client session: given the client, performs requests until told to stop and reports
# each one's latency through `record`.
Walk = Callable[[httpx.AsyncClient, Callable[[float], None], Callable[[], bool]], object]


async def _drive(
    instance: Instance, token: str | None, clients: int, total: int, walk: Walk
) -> tuple[list[float], float]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    issued = 0

    def more() -> bool:  # claims one of the `total` requests
        nonlocal issued
        issued += 1
        return issued <= total

    async with httpx.AsyncClient(
        base_url=instance.base, verify=instance.ctx, headers=headers, limits=limits, timeout=60
    ) as client:
        started = time.perf_counter()
        await asyncio.gather(*(walk(client, latencies.append, more) for _ in range(clients)))  # type: ignore[misc]
        elapsed = time.perf_counter() - started
    return latencies, elapsed


def get_path(path: str) -> Walk:
    """A client that GETs one path again and again (expects 200)."""

    async def walk(
        client: httpx.AsyncClient, record: Callable[[float], None], more: Callable[[], bool]
    ) -> None:
        while more():
            t0 = time.perf_counter()
            r = await client.get(path)
            record(time.perf_counter() - t0)
            if r.status_code != 200:
                raise RuntimeError(f"{path}: {r.status_code} {r.text[:200]}")

    return walk


def drive(
    instance: Instance, walk: Walk, *, token: str | None, clients: int, total: int
) -> tuple[list[float], float]:
    """Run `clients` concurrent walks until `total` requests are done."""
    return asyncio.run(_drive(instance, token, clients, total, walk))


def report(name: str, latencies: list[float], elapsed: float) -> float:
    p50, p99 = percentile(latencies, 0.50) * 1000, percentile(latencies, 0.99) * 1000
    print(
        f"{name:<34} n={len(latencies):<6} p50={p50:8.1f} ms  p99={p99:8.1f} ms  "
        f"mean={statistics.mean(latencies) * 1000:7.1f} ms  {len(latencies) / elapsed:7.1f} req/s"
    )
    return p50


def password_chosen(session: Session, user_id: str) -> None:
    """Set-up shortcut for a bench that makes its owner in-process: they have chosen their
    password (one set for a user is temporary and holds the account until they do)."""
    user = session.get(User, user_id)
    assert user is not None
    user.password_temporary = False
