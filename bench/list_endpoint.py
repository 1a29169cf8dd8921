"""Authenticated list endpoint under 50 concurrent clients, embedded mode (SQLite, TLS).

Starts `callvault serve` as its own process on a fresh data directory, seeds a workspace,
then drives GET /api/v1/users (authenticated, decrypts every row) and, as the baseline in the
same run, GET /healthz (no auth, no database) with the same client count. Prints p50/p99 and
throughput of both and their ratio.

    .venv/bin/python bench/list_endpoint.py [--clients 50] [--requests 2000] [--users 100]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "callvault"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def drive(
    base: str, ctx: ssl.SSLContext, path: str, token: str | None, clients: int, total: int
) -> tuple[list[float], float]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    latencies: list[float] = []
    remaining = total
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(
        base_url=base, verify=ctx, headers=headers, limits=limits, timeout=60
    ) as client:

        async def one_client() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                t0 = time.perf_counter()
                r = await client.get(path)
                latencies.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    raise RuntimeError(f"{path}: {r.status_code} {r.text[:200]}")

        started = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return latencies, elapsed


def report(name: str, latencies: list[float], elapsed: float) -> float:
    p50, p99 = percentile(latencies, 0.50) * 1000, percentile(latencies, 0.99) * 1000
    print(
        f"{name:<28} n={len(latencies):<6} p50={p50:8.1f} ms  p99={p99:8.1f} ms  "
        f"mean={statistics.mean(latencies) * 1000:7.1f} ms  {len(latencies) / elapsed:7.1f} req/s"
    )
    return p50


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--users", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cv-bench-") as tmp:
        port = free_port()
        env = {
            **os.environ,
            "CALLVAULT_DATA_DIR": tmp,
            "CALLVAULT_PORT": str(port),
            "CALLVAULT_RATE_LIMIT": "1000000/minute",
            "CALLVAULT_LOG_LEVEL": "WARNING",
        }
        init = subprocess.run(
            [*CLI, "init", "--workspace", "bench"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        password = init.stdout.split("password:")[1].split()[0]
        server = subprocess.Popen(
            [*CLI, "serve", "--workers", "0"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"https://127.0.0.1:{port}"
            ctx = ssl.create_default_context(cafile=str(Path(tmp) / "tls" / "cert.pem"))
            deadline = time.monotonic() + 30
            while True:
                try:
                    if httpx.get(f"{base}/healthz", verify=ctx, timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("server did not start")
                time.sleep(0.2)
            with httpx.Client(base_url=base, verify=ctx, timeout=30) as c:
                token = c.post(
                    "/api/v1/auth/sign-in",
                    json={
                        "workspace": "bench",
                        "email": "owner@callvault.local",
                        "password": password,
                    },
                ).json()["token"]
                auth = {"authorization": f"Bearer {token}"}
                for i in range(args.users - 1):
                    r = c.post(
                        "/api/v1/users",
                        headers=auth,
                        json={"email": f"user{i}@bench.example.com", "name": f"User {i}"},
                    )
                    r.raise_for_status()
            print(
                f"callvault list-endpoint benchmark: {args.clients} concurrent clients, "
                f"{args.requests} requests each phase, {args.users} users listed per request, "
                f"SQLite embedded, TLS, {os.cpu_count()} cores (server and clients share them)"
            )
            base_lat, base_t = asyncio.run(
                drive(base, ctx, "/healthz", None, args.clients, args.requests)
            )
            list_lat, list_t = asyncio.run(
                drive(base, ctx, "/api/v1/users", token, args.clients, args.requests)
            )
            b50 = report("baseline GET /healthz", base_lat, base_t)
            l50 = report("GET /api/v1/users (auth)", list_lat, list_t)
            print(f"ratio p50 list/baseline: {l50 / b50:.2f}x")
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
