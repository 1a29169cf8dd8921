"""Deleting calls while many recordings exist: the cost of the database's foreign-key check.

Every deleted call makes the database look for recordings that still reference it. With an
index leading with `recordings.call_id` that is one index probe; without one (as before
migration indexes_0001: only `(workspace_id, call_id)` existed) it is a scan of the whole
recordings table per deleted call. For each backend, on a fresh database: K kept calls, each
with a recording row (not timed), and E expired calls without recordings; the retention
sweep purges the E (timed). Baseline in the same run: the same E again with the index
dropped.

    .venv/bin/python bench/fk_delete.py [--kept 200000] [--expired 2000]
        [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

from callvault.comms.calls.models import Call
from callvault.comms.recordings.models import READY, Recording
from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.core.settings import Settings
from callvault.governance.retention.sweep import run_sweep
from callvault.wiring import Container, initialise
from retention_sweep import INSERT_BATCH, database, insert_calls, rate, say, setup


def kept_calls_with_recordings(c: Container, ws: str, n: int) -> None:
    now = utcnow()
    for start in range(0, n, INSERT_BATCH):
        ids = [new_id() for _ in range(min(INSERT_BATCH, n - start))]
        calls: list[dict[str, Any]] = [
            {
                "id": i,
                "workspace_id": ws,
                "external_key": new_id(),
                "external_id_sealed": b"",
                "state": "ended",
                "started_at": now,
                "has_started": True,
                "recorded": True,
                "vi_ran": False,
                "created_at": now,
                "updated_at": now,
            }
            for i in ids
        ]
        recordings = [
            {
                "id": new_id(),
                "workspace_id": ws,
                "call_id": i,
                "state": READY,
                "uploaded_by": "bench",
                "created_at": now,
            }
            for i in ids
        ]
        with c.db.write() as s:
            s.execute(insert(Call), calls)
            s.execute(insert(Recording), recordings)


def timed_purge(c: Container, ws: str, expired: int) -> float:
    insert_calls(c, ws, expired)
    t0 = time.perf_counter()
    run_sweep(c.db, c.blobs, c.audit, targets=c.retention_targets)
    took = time.perf_counter() - t0
    with c.db.read() as s:
        left = s.scalar(select(Call.id).where(Call.recorded.is_(False)).limit(1))
    assert left is None, "the sweep left expired calls"
    return took


def bench(backend: str, kept: int, expired: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, database(backend, Path(tmp)) as url:
        c = initialise(Settings(data_dir=Path(tmp) / "data", database_url=url))
        try:
            ws, _user = setup(c)
            kept_calls_with_recordings(c, ws, kept)
            say(f"\n== {backend}: purge {expired:,} expired calls beside {kept:,} recordings")
            with_index = timed_purge(c, ws, expired)
            say(f"with ix_recordings_call_id              {rate(expired, with_index)}")
            with c.db.write() as s:
                s.execute(text("DROP INDEX ix_recordings_call_id"))
            without = timed_purge(c, ws, expired)
            say(f"baseline: without the index             {rate(expired, without)}")
            say(f"without / with                          {without / with_index:8.1f} x")
        finally:
            c.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kept", type=int, default=200_000)
    p.add_argument("--expired", type=int, default=2_000)
    p.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    a = p.parse_args()
    for backend in ("sqlite", "postgresql") if a.backend == "both" else (a.backend,):
        bench(backend, a.kept, a.expired)


if __name__ == "__main__":
    main()
