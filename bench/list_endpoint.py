"""Authenticated list endpoint under 50 concurrent clients, embedded mode (SQLite, TLS).

Starts `callvault serve` as its own process on a fresh data directory, seeds a workspace,
then drives GET /api/v1/users (authenticated, decrypts every row) and, as the baseline in the
same run, GET /healthz (no auth, no database) with the same client count. Prints p50/p99 and
throughput of both and their ratio.

    .venv/bin/python bench/list_endpoint.py [--clients 50] [--requests 2000] [--users 100]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import httpx

from harness import drive, get_path, init, report, serving, sign_in


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--users", type=int, default=100)
    args = ap.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="cv-bench-") as tmp,
        serving(init(Path(tmp), "bench")) as server,
    ):
        token = sign_in(server, "bench")
        with httpx.Client(base_url=server.base, verify=server.ctx, timeout=30) as c:
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
        n = {"clients": args.clients, "total": args.requests}
        base_lat, base_t = drive(server, get_path("/healthz"), token=None, **n)
        list_lat, list_t = drive(server, get_path("/api/v1/users"), token=token, **n)
        b50 = report("baseline GET /healthz", base_lat, base_t)
        l50 = report("GET /api/v1/users (auth)", list_lat, list_t)
        print(f"ratio p50 list/baseline: {l50 / b50:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
