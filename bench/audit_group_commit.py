"""Audited reads under concurrency: one write transaction per entry (the old path) against
the per-process group-commit writer (ADR 0015), in the same run, on SQLite and PostgreSQL.

Each of --threads threads repeats a small read (one indexed query in a read transaction)
followed by its audit entry, --per-thread times. Prints entries per second and the p50/p99
time a read waited for its entry, then checks that every chain verifies.

    .venv/bin/python bench/audit_group_commit.py [--threads 50] [--per-thread 40]
PostgreSQL is used at CALLVAULT_TEST_PG (default postgres@127.0.0.1:5432) when reachable.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from callvault.audit.models import AuditEvent
from callvault.core.context import Actor
from callvault.core.settings import Settings
from callvault.db.migrate import upgrade
from callvault.identity import service as identity
from callvault.identity.models import Workspace
from callvault.wiring import Container, build, prepare_data_dir

PG_ADMIN = os.environ.get(
    "CALLVAULT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@contextmanager
def postgres() -> Iterator[str | None]:
    name = f"callvault_bench_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        print(f"PostgreSQL not reachable ({type(exc).__name__}): skipped")
        yield None
        return
    try:
        yield f"{PG_ADMIN.rsplit('/', 1)[0]}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def container(url: str, data_dir: Path) -> Container:
    upgrade(url)
    settings = Settings(data_dir=data_dir, database_url=url)
    prepare_data_dir(settings)
    return build(settings)


def a_workspace(c: Container) -> Actor:
    with c.db.write() as s:
        ws, owner = identity.create_workspace(
            s,
            keyring=c.keyring,
            audit=c.audit,
            slug=f"bench{uuid.uuid4().hex[:6]}",
            name="Bench Inc",
            owner_email="owner@bench.example.com",
            owner_name="Owner",
            owner_password=secrets.token_urlsafe(16),
        )
    return Actor(workspace_id=ws.id, actor_type="user", actor_id=owner.id, role="owner")


def one_per_transaction(c: Container, actor: Actor, i: int) -> None:
    """The old path: its own write transaction per audited read."""
    with c.db.write() as s:
        c.audit.record(
            s, workspace_id=actor.workspace_id, actor=actor, action="bench.read", object_id=str(i)
        )


def group_commit(c: Container, actor: Actor, i: int) -> None:
    with c.db.read() as s:
        c.audit.record_read(
            s, workspace_id=actor.workspace_id, actor=actor, action="bench.read", object_id=str(i)
        )


def run(
    c: Container,
    actor: Actor,
    audit: Callable[[Container, Actor, int], None],
    threads: int,
    per_thread: int,
) -> tuple[float, list[float]]:
    def reader(t: int) -> list[float]:
        waits = []
        for i in range(per_thread):
            with c.db.read() as s:  # the read being audited: one indexed query
                s.scalar(select(Workspace.slug).where(Workspace.id == actor.workspace_id))
            start = time.perf_counter()
            audit(c, actor, t * per_thread + i)
            waits.append(time.perf_counter() - start)
        return waits

    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        waits = [w for chunk in pool.map(reader, range(threads)) for w in chunk]
    return time.perf_counter() - start, waits


def bench(label: str, url: str, data_dir: Path, threads: int, per_thread: int) -> None:
    c = container(url, data_dir)
    try:
        total = threads * per_thread
        for name, audit in (
            ("one transaction per entry", one_per_transaction),
            ("group commit", group_commit),
        ):
            actor = a_workspace(c)
            elapsed, waits = run(c, actor, audit, threads, per_thread)
            with c.db.read() as s:
                stored = s.scalar(
                    select(func.count(AuditEvent.id)).where(
                        AuditEvent.workspace_id == actor.workspace_id,
                        AuditEvent.action == "bench.read",
                    )
                )
                report = c.audit.verify(s, workspace_id=actor.workspace_id)
            assert stored == total and report.ok, (stored, report.problems)
            print(
                f"{label:10} {name:26} {total / elapsed:8.0f} entries/s   "
                f"wait p50 {percentile(waits, 0.5) * 1000:6.1f} ms   "
                f"p99 {percentile(waits, 0.99) * 1000:6.1f} ms"
            )
        stats = c.audit.group_writer().stats
        print(f"{'':10} group commits: {stats.commits} for {stats.entries} entries")
    finally:
        c.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=50)
    ap.add_argument("--per-thread", type=int, default=40)
    args = ap.parse_args()
    print(
        f"audited reads: {args.threads} threads x {args.per_thread}, {os.cpu_count()} cores "
        f"(shared with the database), entries verified after each run",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="cv-bench-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'callvault.db'}"
        bench("SQLite", url, Path(tmp) / "sqlite", args.threads, args.per_thread)
        with postgres() as pg:
            if pg is not None:
                bench("PostgreSQL", pg, Path(tmp) / "pg", args.threads, args.per_thread)
    return 0


if __name__ == "__main__":
    sys.exit(main())
