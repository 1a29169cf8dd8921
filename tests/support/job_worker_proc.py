"""A `callvault worker`-shaped process for crash tests, plus the effect table and handler the
job tests share.

    python -m tests.support.job_worker_proc DATABASE_URL MODE LEASE_SECONDS

MODE says where the handler pauses, announcing it on stdout so the test can act then:
- "work":     "STARTED <job id>" while doing its heavy work outside any transaction;
- "commit":   "IN-TRANSACTION <job id>" inside final_transaction(), effect written, uncommitted;
- "graceful": "STARTED <job id>", then finishes once the pool has handled SIGTERM.
"""

from __future__ import annotations

import logging
import signal
import sys
import time

from sqlalchemy import column, func, insert, select, table, text

from callvault.db.engine import Database
from callvault.jobs import Handler, HandlerRegistry, JobContext, WorkerPool

EFFECT_KIND = "test.effect"
EFFECTS = table("job_test_effects", column("job_id"), column("attempt"), column("worker"))


def create_effects_table(db: Database) -> None:
    with db.write() as session:
        session.execute(text("DROP TABLE IF EXISTS job_test_effects"))
        session.execute(
            text(
                "CREATE TABLE job_test_effects ("
                " job_id VARCHAR(36) NOT NULL, attempt INTEGER NOT NULL, worker VARCHAR(100))"
            )
        )


def drop_effects_table(db: Database) -> None:
    with db.write() as session:
        session.execute(text("DROP TABLE IF EXISTS job_test_effects"))


def count_effects(db: Database, job_id: str | None = None) -> int:
    stmt = select(func.count()).select_from(EFFECTS)
    if job_id is not None:
        stmt = stmt.where(EFFECTS.c.job_id == job_id)
    with db.read() as session:
        return int(session.scalar(stmt) or 0)


def effect_attempts(db: Database, job_id: str) -> list[int]:
    with db.read() as session:
        return [
            int(a)
            for a in session.scalars(select(EFFECTS.c.attempt).where(EFFECTS.c.job_id == job_id))
        ]


def write_effect(ctx: JobContext, *, worker: str = "test") -> None:
    """The effect of a test job, committed exactly once with the job's completion."""
    with ctx.final_transaction() as session:
        session.execute(
            insert(EFFECTS).values(job_id=ctx.job_id, attempt=ctx.attempt, worker=worker)
        )


def _announce(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _handler(mode: str) -> Handler:
    def handle(ctx: JobContext) -> None:
        if mode == "commit":
            with ctx.final_transaction() as session:
                session.execute(
                    insert(EFFECTS).values(job_id=ctx.job_id, attempt=ctx.attempt, worker="proc")
                )
                session.flush()
                _announce(f"IN-TRANSACTION {ctx.job_id}")
                time.sleep(60)
            return
        _announce(f"STARTED {ctx.job_id}")
        if mode == "graceful":
            _until_stop_requested()
        else:
            time.sleep(60)
        write_effect(ctx, worker="proc")

    return handle


def _until_stop_requested(limit_s: float = 30.0) -> None:
    """The "graceful" job runs until the pool has handled the SIGTERM the test sends on
    STARTED: the pool's handler puts the default one back when it runs. A fixed 1 s, then 3 s
    job was not enough on a loaded machine (the suite once saw the worker finish it and take
    the next job before the signal came). Past the limit the job ends anyway, and the test
    sees what the pool does then."""
    deadline = time.monotonic() + limit_s
    while signal.getsignal(signal.SIGTERM) != signal.SIG_DFL and time.monotonic() < deadline:
        time.sleep(0.02)


def main(argv: list[str]) -> int:
    url, mode, lease = argv[1], argv[2], float(argv[3])
    if mode not in {"work", "commit", "graceful"}:
        raise SystemExit(f"unknown mode {mode!r}")
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    db = Database.connect(url)
    registry = HandlerRegistry()
    registry.register(EFFECT_KIND, _handler(mode))
    pool = WorkerPool(db, registry, (), threads=1, lease_seconds=lease, poll_interval=0.05)
    _announce("READY")
    try:
        pool.run_forever()
    finally:
        db.dispose()
    _announce("STOPPED")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
