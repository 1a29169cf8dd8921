"""API throughput of `callvault serve` against a bare FastAPI app (issue 14), on SQLite and on
PostgreSQL, under the same load from wrk (`-t2 -c50 -d<duration>`, session token).

For each backend, on a fresh database and data directory: `callvault init`; 1,000 shared
contacts and 100,000 calls written in this process through callvault's use cases and keys
(api_seed.py says which part goes in bulk, and why), then ANALYZE on either engine (a bulk load
leaves PostgreSQL without planner statistics until autovacuum runs: the bare list then ran at
65 req/s); then two servers, both on 127.0.0.1 with
the same certificate and key: `callvault serve` (one HTTP process asked for) and the bare app
(api_bare.py: one uvicorn process, `/healthz` and a 50-row indexed page of the same calls
table through SQLAlchemy Core). After a 2 s unrecorded warm-up of each endpoint, rounds
alternate between them, their order reversed every other round: callvault `/healthz`, bare
`/healthz`, `/api/v1/me`, `/api/v1/contacts?limit=50`, bare 50 rows, `/api/v1/calls?limit=50`.
Then `callvault serve` again with CALLVAULT_WEB_PROCESSES=2 for the two list endpoints, beside
the bare app with two uvicorn workers for its list: the bare app's own 1 -> 2 scaling on the
same cores, with wrk beside it, is printed as what this machine allows (context, not a target).
The one-process and two-process runs alternate in phases (--phases, default 2: 1, 2, 1, 2),
servers started afresh each time, so drift in the machine's speed weighs on both sides of the
scaling ratio; each phase's own ratios are printed too. On SQLite the seeded database is
checkpointed first (the bulk load's pages out of the write-ahead log), as a long-running
installation's would be.

Reported per endpoint: req/s, p50 and p99 (wrk's; the mean p50 and worst p99 of the rounds),
requests over 2 s (real responses: api_load.lua), errors (non-2xx and socket errors), server
CPU per request (user + system time of the server process and its children during the round
/ completed requests; PostgreSQL's own processes are not counted there), the database's CPU per
request (PostgreSQL's processes; SQLite's work is inside the server's), how busy the machine's
cores were (everything: wrk and the database too) and response size.
Targets of the issue, each printed PASS or FAIL: list endpoints >= 0.5x the bare list's req/s
on one process; `/me` >= 0.7x bare `/healthz`; p99 <= 300 ms, 0 requests over 2 s and 0 errors
on every callvault endpoint; list throughput with 2 processes >= 1.7x that with 1 (marked "not
supported yet" while serve runs as many listening processes with 2 asked for as with 1). A
missed target is a measurement, not a failure: the exit status is non-zero only when the
harness itself fails. Results also go to bench/out/api_throughput.json.

Server and load generator share this machine's cores (printed), as in the issue's figures.

    .venv/bin/python bench/api_throughput.py [--duration 20] [--rounds 1] [--phases 2] [--quick]
        [--contacts 1000] [--calls 100000] [--ingested 1000] [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx

from api_load import Load, Round, run_round
from api_seed import Seeded, checkpoint, seed
from api_servers import Server, bare, callvault, listening_processes
from callvault.core.settings import Settings
from callvault.wiring import initialise
from harness import Instance, init, sign_in
from retention_sweep import database, say

WORKSPACE = "bench"
OUT = Path(__file__).with_name("out") / "api_throughput.json"

HEALTHZ = "/healthz"
ME = "/api/v1/me"
CONTACTS = "/api/v1/contacts?limit=50"
CALLS = "/api/v1/calls?limit=50"
BARE_LIST = "/calls"
LISTS = (CONTACTS, CALLS)

LIST_RATIO, ME_RATIO, SCALING = 0.5, 0.7, 1.7
P99_MS = 300.0
WARM_UP_SECONDS = 2.0
# PostgreSQL's idle background processes, running beside a SQLite run, per request.
IDLE_DATABASE_MS = 0.01


@dataclass(frozen=True)
class Step:
    server: str  # "callvault" or "bare"
    path: str
    authenticated: bool


ROUND = (
    Step("callvault", HEALTHZ, False),
    Step("bare", HEALTHZ, False),
    Step("callvault", ME, True),
    Step("callvault", CONTACTS, True),
    Step("bare", BARE_LIST, False),
    Step("callvault", CALLS, True),
)


@dataclass(frozen=True)
class Figures:
    """One endpoint's rounds together."""

    server: str
    path: str
    processes: int
    rounds: int
    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    over_2s: int
    errors: int
    cpu_ms_per_request: float
    bytes_per_response: float
    db_cpu_ms_per_request: float
    machine_busy: float

    @classmethod
    def of(cls, rounds: list[Round]) -> Figures:
        n = sum(r.requests for r in rounds)
        first = rounds[0]
        return cls(
            server=first.server,
            path=first.path,
            processes=first.processes,
            rounds=len(rounds),
            requests=n,
            rps=n / sum(r.seconds for r in rounds),
            p50_ms=sum(r.p50_ms for r in rounds) / len(rounds),
            p99_ms=max(r.p99_ms for r in rounds),
            over_2s=sum(r.over_2s for r in rounds),
            errors=sum(r.errors for r in rounds),
            cpu_ms_per_request=sum(r.cpu_ms_per_request * r.requests for r in rounds) / n,
            bytes_per_response=first.bytes_per_response,
            db_cpu_ms_per_request=sum(r.db_cpu_ms_per_request * r.requests for r in rounds) / n,
            machine_busy=sum(r.machine_busy * r.seconds for r in rounds)
            / sum(r.seconds for r in rounds),
        )


@dataclass(frozen=True)
class Target:
    name: str
    value: float
    goal: str
    passed: bool
    note: str = ""
    decimals: int = 2  # 0 for counts

    def line(self) -> str:
        verdict = "PASS" if self.passed else "FAIL"
        note = f" ({self.note})" if self.note else ""
        value = f"{self.value:9.{self.decimals}f}"
        return f"  {self.name:<46} {value}  {self.goal:<10} {verdict}{note}"


def figures(rounds: Iterable[Round]) -> dict[tuple[str, str, int], Figures]:
    grouped: dict[tuple[str, str, int], list[Round]] = {}
    for r in rounds:
        grouped.setdefault((r.server, r.path, r.processes), []).append(r)
    return {key: Figures.of(rs) for key, rs in grouped.items()}


def check_pages(instance: Instance, servers: dict[str, Server], token: str, seeded: Seeded) -> None:
    """Every endpoint answers 200 before the load, and the list pages hold 50 rows (or all)."""
    auth = {"authorization": f"Bearer {token}"}
    expect = {
        CONTACTS: ("items", min(50, seeded.contacts)),
        CALLS: ("calls", min(50, seeded.calls_ingested + seeded.calls_bulk)),
        BARE_LIST: ("calls", min(50, seeded.calls_ingested + seeded.calls_bulk)),
    }
    for step in ROUND:
        server = servers[step.server]
        r = httpx.get(
            server.base + step.path,
            headers=auth if step.authenticated else {},
            verify=instance.ctx,
            timeout=60,
        )
        if r.status_code != 200:
            raise RuntimeError(f"{step.server} {step.path}: {r.status_code} {r.text[:300]}")
        if step.path in expect:
            key, n = expect[step.path]
            if len(r.json()[key]) != n:
                raise RuntimeError(f"{step.server} {step.path}: {len(r.json()[key])} rows, not {n}")


def alternating(rounds: int, steps: tuple[Step, ...]) -> Iterator[Step]:
    """The steps `rounds` times, every other time in reverse (neither side always first)."""
    for i in range(rounds):
        yield from steps if i % 2 == 0 else reversed(steps)


def warm_up(load: Load, steps: tuple[Step, ...], servers: dict[str, Server], token: str) -> None:
    """A short unrecorded round per step: pools, caches and code paths warm on both sides."""
    short = dataclasses.replace(load, seconds=min(WARM_UP_SECONDS, load.seconds))
    for step in steps:
        server = servers[step.server]
        run_round(
            short,
            server=step.server,
            process=server.process,
            base=server.base,
            path=step.path,
            token=token if step.authenticated else None,
        )


def load_rounds(
    load: Load,
    rounds: int,
    steps: tuple[Step, ...],
    servers: dict[str, Server],
    token: str,
    processes: dict[str, int],
) -> list[Round]:
    out = []
    for step in alternating(rounds, steps):
        server = servers[step.server]
        r = run_round(
            load,
            server=step.server,
            process=server.process,
            base=server.base,
            path=step.path,
            token=token if step.authenticated else None,
            processes=processes[step.server],
        )
        say(
            f"  round {step.server:<9} {step.path:<26} x{r.processes} {r.rps:8.1f} req/s  "
            f"p99 {r.p99_ms:7.1f} ms  errors {r.errors}  machine busy {r.machine_busy:4.0%}"
        )
        out.append(r)
    return out


def print_table(rows: Iterable[Figures]) -> None:
    say(
        f"  {'server':<9} {'endpoint':<26} {'procs':>5} {'req/s':>8} {'p50 ms':>8} "
        f"{'p99 ms':>8} {'>2s':>5} {'errors':>6} {'CPU ms/req':>10} {'DB ms/req':>9} "
        f"{'busy':>5} {'bytes/resp':>10}"
    )
    for f in rows:
        say(
            f"  {f.server:<9} {f.path:<26} {f.processes:>5} {f.rps:8.1f} {f.p50_ms:8.1f} "
            f"{f.p99_ms:8.1f} {f.over_2s:>5} {f.errors:>6} {f.cpu_ms_per_request:10.2f} "
            f"{f.db_cpu_ms_per_request:9.2f} {f.machine_busy:5.0%} {f.bytes_per_response:10.0f}"
        )


def targets(
    one: dict[tuple[str, str, int], Figures],
    two: dict[tuple[str, str, int], Figures],
    scaling_supported: bool,
) -> list[Target]:
    bare_list = one["bare", BARE_LIST, 1]
    bare_health = one["bare", HEALTHZ, 1]
    out = []
    for p in LISTS:
        ratio = one["callvault", p, 1].rps / bare_list.rps
        out.append(Target(f"{p} / bare list req/s", ratio, f">= {LIST_RATIO}", ratio >= LIST_RATIO))
    me = one["callvault", ME, 1].rps / bare_health.rps
    out.append(Target(f"{ME} / bare {HEALTHZ} req/s", me, f">= {ME_RATIO}", me >= ME_RATIO))
    for f in [*one.values(), *two.values()]:
        if f.server != "callvault":
            continue
        label = f"{f.path} x{f.processes}"
        out.append(
            Target(f"{label} p99 ms", f.p99_ms, f"<= {P99_MS:g}", f.p99_ms <= P99_MS, decimals=1)
        )
        out.append(
            Target(f"{label} requests over 2 s", f.over_2s, "== 0", f.over_2s == 0, decimals=0)
        )
        out.append(Target(f"{label} errors", f.errors, "== 0", f.errors == 0, decimals=0))
    for p in LISTS:
        ratio = two["callvault", p, 2].rps / one["callvault", p, 1].rps
        out.append(
            Target(
                f"{p} 2 / 1 processes req/s",
                ratio,
                f">= {SCALING}",
                scaling_supported and ratio >= SCALING,
                "" if scaling_supported else "CALLVAULT_WEB_PROCESSES not supported yet",
            )
        )
    return out


def phase_scaling(rounds: list[Round], scaled: list[Round], per_phase: int) -> str:
    """This phase's 2 / 1 process req/s per list, callvault's and the bare app's."""
    one = figures(rounds[-per_phase * len(ROUND) :])
    two = figures(scaled[-per_phase * 3 :])
    parts = [
        f"{server} {path} {two[server, path, 2].rps / one[server, path, 1].rps:.2f}x"
        for server, path in (("callvault", CONTACTS), ("callvault", CALLS), ("bare", BARE_LIST))
    ]
    return "2 / 1 processes " + ", ".join(parts)


def _cpu_ratio(path: str, one: Figures, two: Figures) -> str:
    server = two.cpu_ms_per_request / one.cpu_ms_per_request
    if one.db_cpu_ms_per_request < IDLE_DATABASE_MS:  # SQLite: the database is the server
        return f"{path} {server:.2f}"
    database = two.db_cpu_ms_per_request / one.db_cpu_ms_per_request
    return f"{path} {server:.2f} (database {database:.2f})"


def run_backend(backend: str, a: argparse.Namespace, load: Load) -> dict[str, Any]:
    with (
        tempfile.TemporaryDirectory(prefix="cv-api-bench-") as tmp,
        database(backend, Path(tmp)) as url,
    ):
        work = Path(tmp)
        instance = init(work / "data", WORKSPACE, {"CALLVAULT_DATABASE_URL": url})
        with initialise(Settings(data_dir=work / "data", database_url=url)) as c:
            seeded = seed(c, WORKSPACE, contacts=a.contacts, calls=a.calls, ingested=a.ingested)
        checkpoint(url)
        say(
            f"\n== {backend}: {seeded.contacts:,} contacts in {seeded.contact_seconds:.1f} s "
            f"(create_contact); {seeded.calls_ingested:,} calls in {seeded.ingest_seconds:.1f} s "
            f"(ingest_call_event) + {seeded.calls_bulk:,} in {seeded.bulk_seconds:.1f} s (bulk)"
        )
        token = ""
        rounds, scaled, listening_one, listening_two = [], [], 0, 0
        # Phases alternate one and two processes (1, 2, 1, 2 …), so a machine whose speed
        # drifts during the run (other load, clocks) weighs on both sides of the scaling
        # ratio alike; each phase starts its servers afresh and warms them up.
        for phase in range(a.phases):
            with (
                bare(
                    instance,
                    database_url=url,
                    workspace_id=seeded.workspace_id,
                    log=work / f"bare-1-{phase}.log",
                ) as b,
                callvault(instance, processes=1, log=work / f"serve-1-{phase}.log") as cv,
            ):
                token = token or sign_in(instance, WORKSPACE)
                servers = {"callvault": cv, "bare": b}
                check_pages(instance, servers, token, seeded)
                warm_up(load, ROUND, servers, token)
                listening_one = listening_processes(cv)  # after the warm-up: all started
                one_each = {"callvault": 1, "bare": 1}
                rounds += load_rounds(load, a.rounds, ROUND, servers, token, one_each)
            with (
                bare(
                    instance,
                    database_url=url,
                    workspace_id=seeded.workspace_id,
                    log=work / f"bare-2-{phase}.log",
                    processes=2,
                ) as b,
                callvault(instance, processes=2, log=work / f"serve-2-{phase}.log") as cv,
            ):
                servers = {"callvault": cv, "bare": b}
                lists = tuple(s for s in ROUND if s.path in (*LISTS, BARE_LIST))
                warm_up(load, lists, servers, token)
                listening_two = listening_processes(cv)
                two_each = {"callvault": 2, "bare": 2}
                scaled += load_rounds(load, a.rounds, lists, servers, token, two_each)
            say(f"  phase {phase + 1}: " + phase_scaling(rounds, scaled, a.rounds))
    one, two = figures(rounds), figures(scaled)
    supported = listening_two > listening_one
    say(
        f"\n{backend}: {load.connections} clients, {load.threads} wrk threads, "
        f"{a.phases} phases x {a.rounds} x {load.seconds:g} s per endpoint, "
        f"{os.cpu_count()} cores shared by servers and wrk"
    )
    print_table([*one.values(), *two.values()])
    say(
        f"  listening processes: {listening_one} with CALLVAULT_WEB_PROCESSES=1, "
        f"{listening_two} with 2"
        + ("" if supported else " -> not supported yet (serve ignores the setting)")
    )
    checks = targets(one, two, supported)
    say("targets:")
    for t in checks:
        say(t.line())
    bare_scaling = two["bare", BARE_LIST, 2].rps / one["bare", BARE_LIST, 1].rps
    say(
        f"context: the bare app's list, 2 / 1 uvicorn workers on these cores with wrk beside "
        f"it: {bare_scaling:.2f}x"
    )
    # Whether anything serialises the processes: a request costing the same CPU with two
    # processes as with one scales with the cores it gets; the throughput ratio above is
    # then capped by the cores wrk and the database leave the server (machine busy column).
    per_request = ", ".join(
        _cpu_ratio(p, one["callvault", p, 1], two["callvault", p, 2]) for p in LISTS
    )
    say(f"context: CPU per request, 2 / 1 processes (<= 1: nothing serialised): {per_request}")
    return {
        "seed": asdict(seeded),
        "listening_processes": {"1": listening_one, "2": listening_two},
        "processes_supported": supported,
        "rounds": [r.as_dict() for r in [*rounds, *scaled]],
        "endpoints": [asdict(f) for f in [*one.values(), *two.values()]],
        "targets": [asdict(t) for t in checks],
        "bare_list_scaling": bare_scaling,
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--duration", type=float, default=20.0, help="seconds per round")
    p.add_argument("--rounds", type=int, default=1, help="rounds per endpoint and phase")
    p.add_argument(
        "--phases", type=int, default=2, help="one-process then two-process runs, alternated"
    )
    p.add_argument("--quick", action="store_true", help="smoke run: one 3 s round each")
    p.add_argument("--contacts", type=int, default=1_000)
    p.add_argument("--calls", type=int, default=100_000)
    p.add_argument("--ingested", type=int, default=1_000, help="calls through ingest_call_event")
    p.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    a = p.parse_args()
    if a.quick:
        a.duration, a.rounds, a.phases = 3.0, 1, 1
    load = Load(threads=2, connections=50, seconds=a.duration)
    report: dict[str, Any] = {
        "config": {**vars(a), **asdict(load)},
        "machine": {"cores": os.cpu_count(), "platform": platform.platform()},
        "backends": {},
    }
    OUT.parent.mkdir(exist_ok=True)
    for backend in ("sqlite", "postgresql") if a.backend == "both" else (a.backend,):
        report["backends"][backend] = run_backend(backend, a, load)
        OUT.write_text(json.dumps(report, indent=2))
    say(f"\nresults: {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
