"""What one list page costs inside the process: CPU, SQL statements and thread-pool hand-offs
per request, for GET /contacts, /calls, /voicemail/messages and /users (50 rows), on SQLite
and PostgreSQL; for contacts and calls also the list use case alone (service: no HTTP, no
authentication; the calls page with its audit entry) and a bare SQLAlchemy Core query +
json.dumps of the same rows (bare: no decryption, no models).

The app runs in this process behind httpx's ASGI transport (no TLS, no sockets: what is left
is the request's own work: authentication, the list, the audit entry, serialisation), one
request at a time, so `time.process_time()` per request is that request's CPU in all threads
(the audit writer's included). Statements are counted with SQLAlchemy's
`before_cursor_execute` on the app's engines (SQLite's BEGIN included; the audit writer has
its own engine); hand-offs by counting `anyio.to_thread.run_sync`. Data: bench/api_seed.py.
Run it against another tree (PYTHONPATH=/path/to/other/src) to compare before and after.
It replaces bench/list_endpoint.py (GET /users under 50 clients over TLS), whose load
measurement bench/api_throughput.py now makes against a bare app.

    .venv/bin/python bench/list_pages.py [--pages 200] [--contacts 1000] [--calls 5000]
        [--ingested 200] [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio.to_thread
import httpx
from sqlalchemy import event, select

from api_seed import owner_actor, seed
from callvault.comms.calls import service as calls
from callvault.comms.calls.models import Call
from callvault.comms.calls.schemas import CallFilterIn
from callvault.comms.contacts import service as contacts
from callvault.comms.contacts.models import Contact
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.core.settings import Settings
from callvault.identity import service as identity
from callvault.web.app import create_app
from callvault.wiring import Container, initialise
from harness import password_chosen
from retention_sweep import database, say

SLUG = "bench"
PASSWORD = secrets.token_urlsafe(18)  # the owner signs in once, through the API
PAGE = 50
USERS = 60
PATHS = {
    "contacts": f"/api/v1/contacts?limit={PAGE}",
    "calls": f"/api/v1/calls?limit={PAGE}",
    "voicemail": f"/api/v1/voicemail/messages?limit={PAGE}",
    "users": "/api/v1/users",
}


class Counters:
    """SQL statements on the app's engines and hand-offs to the thread pool."""

    def __init__(self, c: Container) -> None:
        self.statements = 0
        self.control = 0  # BEGIN (SQLite issues it as a statement)
        self.handoffs = 0
        for engine in {id(e): e for e in (c.db.engine, c.db.read_engine)}.values():
            event.listen(engine, "before_cursor_execute", self._statement)
        original = anyio.to_thread.run_sync

        async def counted(*args: Any, **kw: Any) -> Any:
            self.handoffs += 1
            return await original(*args, **kw)

        anyio.to_thread.run_sync = counted  # type: ignore[assignment]

    def _statement(self, _conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        self.statements += 1
        self.control += sql.lstrip().upper().startswith("BEGIN")

    def snapshot(self) -> tuple[int, int, int]:
        return self.statements, self.control, self.handoffs


def workspace(c: Container) -> None:
    with c.db.write() as s:
        ws, first = identity.create_workspace(
            s,
            keyring=c.keyring,
            audit=c.audit,
            slug=SLUG,
            name="Bench Inc",
            owner_email="owner@bench.example.com",
            owner_name="Owner",
            owner_password=PASSWORD,
        )
        password_chosen(s, first.id)
        system = Actor.system(ws.id)
        for i in range(USERS - 1):
            identity.add_user(
                s,
                keyring=c.keyring,
                audit=c.audit,
                actor=system,
                email=f"user{i}@bench.example.com",
                name=f"User {i}",
                role=Role.MEMBER,
                password=None,
            )


def cpu_per_call(fn: Callable[[], object], n: int) -> float:
    """CPU ms per call of fn (all threads of the process), median of 3 runs of n."""
    runs = []
    for _ in range(3):
        start = time.process_time()
        for _ in range(n):
            fn()
        runs.append((time.process_time() - start) * 1000 / n)
    return statistics.median(runs)


def service_page(c: Container, what: str) -> Callable[[], bytes]:
    """The list use case alone (no HTTP, no authentication), its page serialised once."""
    actor = owner_actor(c, SLUG)
    if what == "contacts":

        def run() -> bytes:
            with c.db.read() as s:
                page = contacts.list_contacts(s, keyring=c.keyring, actor=actor, limit=PAGE)
            return page.model_dump_json().encode()

        return run

    def run_calls() -> bytes:
        page = calls.list_calls(
            c.db,
            keyring=c.keyring,
            audit=c.audit,
            actor=actor,
            filters=CallFilterIn(),
            cursor=None,
            limit=PAGE,
        )
        return page.model_dump_json().encode()

    return run_calls


def bare_page(c: Container, workspace_id: str, what: str) -> Callable[[], bytes]:
    """The same rows straight from a Core query into json.dumps (no decryption, no models)."""
    model: Any = Contact if what == "contacts" else Call
    order = (Contact.id,) if what == "contacts" else (Call.started_at.desc(), Call.id.desc())
    cols = [col for col in model.__table__.columns if col.name != "workspace_id"]
    stmt = select(*cols).where(model.workspace_id == workspace_id).order_by(*order).limit(PAGE)
    names = [col.name for col in cols]

    def cell(v: object) -> object:
        return v.hex() if isinstance(v, bytes) else v

    def run() -> bytes:
        with c.db.read_engine.connect() as conn:
            rows = conn.execute(stmt).all()
        page = [{k: cell(v) for k, v in zip(names, r, strict=True)} for r in rows]
        return json.dumps({"items": page}, default=str).encode()

    return run


async def measure_route(
    client: httpx.AsyncClient, path: str, counters: Counters, n: int
) -> dict[str, float]:
    for _ in range(10):  # warm: caches, first connections, the audit writer thread
        (await client.get(path)).raise_for_status()
    before = counters.snapshot()
    walls, cpus = [], []
    for _ in range(n):
        t, p = time.perf_counter(), time.process_time()
        r = await client.get(path)
        cpus.append(time.process_time() - p)
        walls.append(time.perf_counter() - t)
        r.raise_for_status()
    after = counters.snapshot()
    body = r.json()
    rows = (
        len(body)
        if isinstance(body, list)
        else next(len(v) for v in body.values() if isinstance(v, list))
    )
    return {
        "rows": rows,
        "cpu_ms": statistics.median(cpus) * 1000,
        "cpu_mean_ms": statistics.fmean(cpus) * 1000,
        "wall_ms": statistics.median(walls) * 1000,
        "statements": (after[0] - before[0]) / n,
        "begin": (after[1] - before[1]) / n,
        "handoffs": (after[2] - before[2]) / n,
    }


async def drive(c: Container, n: int) -> dict[str, dict[str, float]]:
    counters = Counters(c)
    transport = httpx.ASGITransport(app=create_app(c))
    async with httpx.AsyncClient(transport=transport, base_url="https://bench") as anon:
        r = await anon.post(
            "/api/v1/auth/sign-in",
            json={"workspace": SLUG, "email": "owner@bench.example.com", "password": PASSWORD},
        )
        r.raise_for_status()
        headers = {"authorization": f"Bearer {r.json()['token']}"}
    async with httpx.AsyncClient(
        transport=transport, base_url="https://bench", headers=headers
    ) as client:
        return {
            name: await measure_route(client, path, counters, n) for name, path in PATHS.items()
        }


def run_backend(backend: str, a: argparse.Namespace) -> dict[str, Any]:
    with (
        tempfile.TemporaryDirectory(prefix="cv-list-bench-") as tmp,
        database(backend, Path(tmp)) as url,
    ):
        settings = Settings(
            data_dir=Path(tmp) / "data", database_url=url, rate_limit="1000000/minute"
        )
        with initialise(settings) as c:
            workspace(c)
            seeded = seed(c, SLUG, contacts=a.contacts, calls=a.calls, ingested=a.ingested)
            c.db.refresh_statistics()
            routes = asyncio.run(drive(c, a.pages))
            bare = {
                what: cpu_per_call(bare_page(c, seeded.workspace_id, what), a.pages)
                for what in ("contacts", "calls")
            }
            service = {what: cpu_per_call(service_page(c, what), a.pages) for what in bare}
    say(
        f"\n== {backend}: {a.contacts:,} contacts, {a.calls:,} calls, {USERS} users; "
        f"{a.pages} requests per endpoint, one at a time, {os.cpu_count()} cores"
    )
    say(
        f"{'endpoint':<12}{'rows':>6}{'CPU ms':>9}{'(mean)':>9}{'wall ms':>9}"
        f"{'SQL/req':>9}{'BEGIN':>7}{'hand-offs':>11}{'bare CPU ms':>13}"
    )
    for name, m in routes.items():
        base = f"{service[name]:>13.2f}{bare[name]:>13.2f}" if name in bare else f"{'':>26}"
        say(
            f"{name:<12}{m['rows']:>6.0f}{m['cpu_ms']:>9.2f}{m['cpu_mean_ms']:>9.2f}"
            f"{m['wall_ms']:>9.2f}{m['statements'] - m['begin']:>9.1f}{m['begin']:>7.1f}"
            f"{m['handoffs']:>11.1f}{base}"
        )
    return {"routes": routes, "service_cpu_ms": service, "bare_cpu_ms": bare}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pages", type=int, default=200, help="requests per endpoint")
    p.add_argument("--contacts", type=int, default=1000)
    p.add_argument("--calls", type=int, default=5000)
    p.add_argument("--ingested", type=int, default=200, help="calls through the use case")
    p.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    a = p.parse_args()
    out = {
        backend: run_backend(backend, a)
        for backend in (("sqlite", "postgresql") if a.backend == "both" else (a.backend,))
    }
    path = Path(__file__).with_name("out") / "list_pages.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
