"""Call-log listing with 100,000 calls in the workspace, 20 concurrent clients, embedded mode
(SQLite, TLS), against a real `callvault serve` process.

Seeds the calls straight into the database with real sealing and blind indexes (the
same code paths the service uses to seal, without 100,000 HTTP round trips), then measures,
in the same run: GET /healthz (baseline), an admin paging through the log with cursors
(20 pages deep, then from the top again), a member paging through their own calls (the
visibility filter), and an exact-number filter (blind index). Every list page decrypts its
rows and writes an audit entry, as in production.

    .venv/bin/python bench/call_log.py [--calls 100000] [--clients 20] [--requests 600]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert

from callvault.comms.calls.models import Call, CallParticipant, CallTag
from callvault.comms.calls.values import EXTERNAL_ID_FIELD, NUMBER_INDEX_FIELD
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.core.permissions import Role
from callvault.core.settings import Settings
from callvault.identity import service as identity
from callvault.wiring import build
from harness import Instance, drive, get_path, init, report, serving, sign_in

WORKSPACE = "bench"
MEMBER_EMAIL = "member0@bench.example.com"
DISPOSITIONS = ["answered"] * 6 + ["missed", "voicemail", "rejected", "failed"]
TAGS = ["sales", "support", "vip", "billing", "follow-up"]


def seed(instance: Instance, calls: int, users: int) -> tuple[str, float]:
    """Users and calls, inserted in batches; returns a number that is on some calls."""
    rng = random.Random(7)
    t0 = time.perf_counter()
    with build(Settings(data_dir=instance.data_dir)) as c:
        with c.db.read() as s:
            [ws] = identity.list_workspaces(s, keyring=c.keyring)
        system = Actor.system(ws.id)
        user_ids = []
        with c.db.write() as s:
            for i in range(users):
                u = identity.add_user(
                    s,
                    keyring=c.keyring,
                    audit=c.audit,
                    actor=system,
                    email=f"member{i}@bench.example.com",
                    name=f"Member {i}",
                    role=Role.MEMBER,
                    password=instance.password if i == 0 else None,
                )
                user_ids.append(u.id)
        numbers = [f"+1415555{n:04d}" for n in range(5000)]
        now = utcnow()
        batch = 5000
        for start in range(0, calls, batch):
            with c.db.write() as s:
                cipher = c.keyring.cipher(s, ws.id)
                index: dict[str, str] = {}
                rows: list[dict[str, Any]] = []
                people: list[dict[str, Any]] = []
                tags: list[dict[str, Any]] = []
                for n in range(start, min(calls, start + batch)):
                    call_id = new_id()
                    user = user_ids[n % users]
                    number = numbers[rng.randrange(len(numbers))]
                    if number not in index:
                        index[number] = cipher.blind_index(number, field=NUMBER_INDEX_FIELD)
                    inbound = rng.random() < 0.6
                    ext = f"pbx-{n}"
                    started = now - timedelta(seconds=n * 26 + rng.randrange(20))
                    disposition = rng.choice(DISPOSITIONS)
                    talk = rng.randrange(10, 900) if disposition == "answered" else 0
                    ring = rng.randrange(2, 30)
                    side = "caller" if inbound else "callee"
                    other = "callee" if inbound else "caller"
                    blank = {
                        f"{x}_{y}": None
                        for x in ("caller", "callee")
                        for y in ("user_id", "contact_id", "number_sealed", "number_index")
                    }
                    rows.append(
                        blank
                        | {
                            "id": call_id,
                            "workspace_id": ws.id,
                            "external_key": cipher.blind_index(ext, field=EXTERNAL_ID_FIELD),
                            "external_id_sealed": cipher.seal_text(
                                ext, kind="call", object_id=call_id, field="external_id"
                            ),
                            "state": "ended",
                            "direction": "inbound" if inbound else "outbound",
                            "disposition": disposition,
                            f"{side}_number_sealed": cipher.seal_text(
                                number, kind="call", object_id=call_id, field=f"{side}_number"
                            ),
                            f"{side}_number_index": index[number],
                            f"{other}_user_id": user,
                            "started_at": started,
                            "has_started": True,
                            "answered_at": started + timedelta(seconds=ring) if talk else None,
                            "ended_at": started + timedelta(seconds=ring + talk),
                            "duration_seconds": ring + talk,
                            "talk_seconds": talk,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                    people.append({"call_id": call_id, "user_id": user, "workspace_id": ws.id})
                    if rng.random() < 0.3:
                        tags.append(
                            {"call_id": call_id, "tag": rng.choice(TAGS), "workspace_id": ws.id}
                        )
                s.execute(insert(Call), rows)
                s.execute(insert(CallParticipant), people)
                if tags:
                    s.execute(insert(CallTag), tags)
    return numbers[100], time.perf_counter() - t0


def page_walk(query: str, depth: int) -> Callable[..., Any]:
    """A client that pages `depth` pages deep with the cursor, then starts again."""

    async def walk(
        client: httpx.AsyncClient, record: Callable[[float], None], more: Callable[[], bool]
    ) -> None:
        cursor, pages = None, 0
        while more():
            params = {"limit": "50", **dict(p.split("=") for p in query.split("&") if p)}
            if cursor:
                params["cursor"] = cursor
            t0 = time.perf_counter()
            r = await client.get("/api/v1/calls", params=params)
            record(time.perf_counter() - t0)
            if r.status_code != 200:
                raise RuntimeError(f"list: {r.status_code} {r.text[:200]}")
            body = r.json()
            pages += 1
            cursor = body["next_cursor"] if pages < depth else None
            if cursor is None:
                pages = 0

    return walk


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=100_000)
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=600)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cv-bench-") as tmp:
        instance = init(Path(tmp), WORKSPACE)
        number, seconds = seed(instance, args.calls, args.users)
        print(
            f"callvault call-log benchmark: {args.calls} calls among {args.users} members "
            f"(seeded in {seconds:.1f} s), {args.clients} concurrent clients, {args.requests} "
            f"requests per phase, 50 calls per page, SQLite embedded, TLS, "
            f"{os.cpu_count()} cores (server and clients share them)"
        )
        with serving(instance) as server:
            admin = sign_in(server, WORKSPACE)
            member = sign_in(server, WORKSPACE, MEMBER_EMAIL)
            n = {"clients": args.clients, "total": args.requests}
            phases = [
                ("baseline GET /healthz", get_path("/healthz"), None),
                ("admin pages (cursor, 20 deep)", page_walk("", 20), admin),
                ("member pages (own calls)", page_walk("", 20), member),
                ("admin number filter", page_walk(f"number={number}", 1), admin),
                ("admin tag+direction filter", page_walk("tag=vip&direction=inbound", 5), admin),
            ]
            results = [
                (name, *drive(server, walk, token=token, **n)) for name, walk, token in phases
            ]
        base = report(*results[0])
        for name, latencies, elapsed in results[1:]:
            p50 = report(name, latencies, elapsed)
            print(f"{'':<34} p50 / baseline p50: {p50 / base:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
