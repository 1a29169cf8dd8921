"""The usage dashboard's aggregation at a million calls, beside a bare GROUP BY on the same
data in the same run, on SQLite and PostgreSQL.

For each backend, a fresh database: one workspace, 50 users in 5 teams of 10 (a supervisor
each), and N calls over the last 365 days (default 1,000,000; `--quick`: 100,000) inserted
in bulk as the rows ingestion leaves for ended calls: PBX call id and outside number sealed
by the workspace cipher (same kind/object/field binding) with their blind indexes, the
participants, direction/disposition/answer/talk times drawn from a fixed mix, and for a
third of the answered calls a transcript row with its duration (the columns the dashboard
reads; no transcript text: nothing here reads it). Then statistics are refreshed (as the
product does at start-up; VACUUM ANALYZE on PostgreSQL so index-only scans apply) and timed,
in-process through the service the API route calls (`analytics.service.usage`: every
figure the page shows), `--runs` times each, p50/p99:

- admin, last 30 days / last 92 days (the cap) / last 30 days for one group;
- a supervisor (their 2 teams), last 30 days;
- bare: `SELECT day, direction, disposition, count(*) ... GROUP BY` over the same 30 and 92
  days (the one aggregate any dashboard needs; no scope, no other figure).

    .venv/bin/python bench/analytics_dashboard.py [--quick] [--calls N] [--runs 20]
        [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from callvault.analytics import service as analytics
from callvault.analytics.service import UsageQuery
from callvault.comms.calls.models import Call, CallParticipant
from callvault.comms.calls.values import EXTERNAL_ID_FIELD, number_index
from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.core.permissions import Role
from callvault.core.settings import Settings
from callvault.identity import service as identity
from callvault.identity.models import Group, GroupMember
from callvault.intelligence.models import Transcript
from callvault.wiring import Container, initialise
from harness import percentile
from retention_sweep import database, say, setup

BATCH = 10_000
USERS, TEAM = 50, 10
DIRECTIONS = ["inbound"] * 55 + ["outbound"] * 35 + ["internal"] * 10
DISPOSITIONS = ["answered"] * 70 + ["missed"] * 12 + ["voicemail"] * 8 + ["rejected"] * 5 + [
    "failed"
] * 5  # fmt: skip


def people(c: Container, ws: str) -> tuple[list[str], list[str], list[list[str]]]:
    """(user ids, group ids, members per group); the first of each group supervises it, and
    supervisor 0 also supervises group 1."""
    users: list[str] = []
    with c.db.write() as s:
        for i in range(USERS):
            role = Role.SUPERVISOR if i % TEAM == 0 else Role.MEMBER
            u = identity.add_user(
                s,
                keyring=c.keyring,
                audit=c.audit,
                actor=Actor.system(ws),
                email=f"u{i}@bench.example.com",
                name=f"Agent {i:02d}",
                role=role,
                password=None,
            )
            users.append(u.id)
        groups, members = [], []
        for g in range(USERS // TEAM):
            row = Group(workspace_id=ws, name=f"Team {g}")
            s.add(row)
            s.flush()
            team = users[g * TEAM : (g + 1) * TEAM]
            for j, uid in enumerate(team):
                s.add(
                    GroupMember(group_id=row.id, user_id=uid, workspace_id=ws, is_supervisor=j == 0)
                )
            groups.append(row.id)
            members.append(team)
        s.add(
            GroupMember(group_id=groups[1], user_id=users[0], workspace_id=ws, is_supervisor=True)
        )
    return users, groups, members


def seed(c: Container, ws: str, users: list[str], n: int, now: datetime) -> float:
    rng = random.Random(12)
    t0 = time.perf_counter()
    for start in range(0, n, BATCH):
        calls: list[dict[str, Any]] = []
        parts: list[dict[str, Any]] = []
        transcripts: list[dict[str, Any]] = []
        with c.db.write() as s:
            cipher = c.keyring.cipher(s, ws)
            for i in range(start, min(n, start + BATCH)):
                call_id = new_id()
                started = now - timedelta(seconds=rng.random() * 365 * 86400)
                direction = rng.choice(DIRECTIONS)
                disposition = rng.choice(DISPOSITIONS)
                answered = disposition == "answered"
                ring = rng.randint(2, 30)
                talk = rng.randint(10, 900) if answered else None
                duration = ring + (talk or rng.randint(3, 40))
                user = rng.choice(users)
                other_user = rng.choice(users) if direction == "internal" else None
                sides: dict[str, Any] = {}
                outside = "caller" if direction == "inbound" else "callee"
                inside = "callee" if direction == "inbound" else "caller"
                if other_user is None:
                    number = f"+1415555{i % 10_000:04d}"
                    sides[f"{outside}_number_sealed"] = cipher.seal_text(
                        number, kind="call", object_id=call_id, field=f"{outside}_number"
                    )
                    sides[f"{outside}_number_index"] = number_index(cipher, number)
                    sides[f"{inside}_user_id"] = user
                else:
                    sides.update(caller_user_id=user, callee_user_id=other_user)
                external = f"pbx-{i:08d}"
                ended = started + timedelta(seconds=duration)
                calls.append(
                    {
                        "caller_user_id": None,
                        "callee_user_id": None,
                        "caller_contact_id": None,
                        "callee_contact_id": None,
                        "caller_number_sealed": None,
                        "callee_number_sealed": None,
                        "caller_number_index": None,
                        "callee_number_index": None,
                        **sides,
                        "id": call_id,
                        "workspace_id": ws,
                        "external_key": cipher.blind_index(external, field=EXTERNAL_ID_FIELD),
                        "external_id_sealed": cipher.seal_text(
                            external, kind="call", object_id=call_id, field="external_id"
                        ),
                        "state": "ended",
                        "direction": direction,
                        "disposition": disposition,
                        "started_at": started,
                        "has_started": True,
                        "answered_at": started + timedelta(seconds=ring) if answered else None,
                        "ended_at": ended,
                        "duration_seconds": duration,
                        "talk_seconds": talk,
                        "reported_duration": None,
                        "recorded": answered,
                        "vi_ran": answered and i % 3 == 0,
                        "notes_sealed": None,
                        "created_at": ended,
                        "updated_at": ended,
                    }
                )
                for uid in {user, other_user} - {None}:
                    parts.append({"call_id": call_id, "user_id": uid, "workspace_id": ws})
                if answered and i % 3 == 0:
                    transcripts.append(
                        {
                            "id": new_id(),
                            "workspace_id": ws,
                            "source_type": "call",
                            "source_id": call_id,
                            "call_id": call_id,
                            "generation": 1,
                            "language": "en",
                            "duration_ms": (talk or 0) * 1000,
                            "created_at": ended,
                            "updated_at": ended,
                        }
                    )
            s.execute(insert(Call), calls)
            s.execute(insert(CallParticipant), parts)
            if transcripts:
                s.execute(insert(Transcript), transcripts)
    return time.perf_counter() - t0


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm: caches, statement compilation
    took = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        took.append((time.perf_counter() - t0) * 1000)
    return percentile(took, 0.5), percentile(took, 0.99)


_BARE = (
    "SELECT {day} AS day, direction, disposition, count(*) FROM calls "
    "WHERE workspace_id = :ws AND started_at >= :since AND started_at < :until "
    "GROUP BY 1, 2, 3"
)
BARE_SQLITE = _BARE.format(day="substr(started_at, 1, 10)")
BARE_POSTGRESQL = _BARE.format(day="to_char(timezone('UTC', started_at), 'YYYY-MM-DD')")


def bare_group_by(c: Container, ws: str, since: datetime, until: datetime) -> Callable[[], object]:
    """The bare aggregate over the same rows: calls per UTC day, direction, disposition."""
    sql = text(BARE_SQLITE if c.db.is_sqlite else BARE_POSTGRESQL)
    params = {"ws": ws, "since": since, "until": until}
    if c.db.is_sqlite:  # stored as naive UTC text
        params.update(since=since.replace(tzinfo=None), until=until.replace(tzinfo=None))

    def run() -> object:
        with c.db.read() as s:
            return s.execute(sql, params).all()

    return run


def service(c: Container, actor: Actor, query: UsageQuery) -> Callable[[], object]:
    def run() -> object:
        with c.db.read() as s:
            return analytics.usage(s, keyring=c.keyring, actor=actor, query=query)

    return run


def bench(backend: str, n: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, database(backend, Path(tmp)) as url:
        c = initialise(Settings(data_dir=Path(tmp) / "data", database_url=url))
        try:
            ws, _member = setup(c)
            users, groups, _ = people(c, ws)
            now = datetime.now(UTC)
            seconds = seed(c, ws, users, n, now)
            say(f"\n== {backend}: {n:,} calls seeded in {seconds:.1f} s ({n / seconds:,.0f}/s)")
            t0 = time.perf_counter()
            if c.db.is_sqlite:
                c.db.refresh_statistics()
            else:
                with c.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.execute(text("VACUUM ANALYZE"))
            say(f"   statistics refreshed in {time.perf_counter() - t0:.1f} s")
            admin = Actor(
                workspace_id=ws, actor_type="user", actor_id="bench", role="admin", user_id=None
            )
            sup = Actor(
                workspace_id=ws,
                actor_type="user",
                actor_id=users[0],
                role="supervisor",
                user_id=users[0],
            )
            today = now.date()
            cases: list[tuple[str, Callable[[], object], int]] = []
            for days in (30, 92):
                start = today - timedelta(days=days - 1)
                q = UsageQuery(start=start, end=today)
                with c.db.read() as s:
                    counted = analytics.usage(
                        s, keyring=c.keyring, actor=admin, query=q
                    ).totals.calls
                since = datetime.combine(start, datetime.min.time(), tzinfo=UTC)
                until = datetime.combine(today + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
                cases.append(
                    (f"bare GROUP BY, {days} days", bare_group_by(c, ws, since, until), counted)
                )
                cases.append((f"dashboard, admin, {days} days", service(c, admin, q), counted))
            q30 = UsageQuery(start=today - timedelta(days=29), end=today)
            cases.append(
                (
                    "dashboard, admin, one group, 30 days",
                    service(c, admin, UsageQuery(q30.start, q30.end, groups[2])),
                    0,
                )
            )
            cases.append(("dashboard, supervisor (2 teams), 30 days", service(c, sup, q30), 0))
            results: dict[str, float] = {}
            for name, fn, counted in cases:
                p50, p99 = timed(fn, runs)
                results[name] = p50
                rows = f"  ({counted:,} calls in range)" if counted else ""
                say(f"   {name:44s} p50 {p50:8.1f} ms   p99 {p99:8.1f} ms{rows}")
            for days in (30, 92):
                ratio = (
                    results[f"dashboard, admin, {days} days"]
                    / results[f"bare GROUP BY, {days} days"]
                )
                say(f"   ratio dashboard / bare GROUP BY, {days} days (p50): {ratio:.2f}x")
        finally:
            c.close()


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--calls", type=int, default=1_000_000)
    p.add_argument("--quick", action="store_true", help="100,000 calls, 10 runs each")
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = p.parse_args()
    n, runs = (100_000, 10) if args.quick else (args.calls, args.runs)
    say(f"usage dashboard aggregation, {n:,} calls over 365 days, {runs} runs per figure")
    for backend in ("sqlite", "postgresql") if args.backend == "both" else (args.backend,):
        bench(backend, n, runs)


if __name__ == "__main__":
    main()
