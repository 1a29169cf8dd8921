"""The in-process pool that `callvault serve` starts: worker threads plus the scheduler."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from callvault.db.engine import Database
from callvault.jobs import HandlerRegistry, Schedule, WorkerPool, enqueue, queue_stats
from tests.support.job_worker_proc import EFFECT_KIND, count_effects, write_effect


def test_pool_runs_queued_and_scheduled_jobs_then_stops(effects: Database) -> None:
    db = effects
    registry = HandlerRegistry()
    registry.register(EFFECT_KIND, write_effect)
    with db.write() as session:
        for i in range(20):
            enqueue(session, kind=EFFECT_KIND, payload={"i": i})
    schedules = [Schedule("every-hour", EFFECT_KIND, timedelta(hours=1))]
    pool = WorkerPool(db, registry, schedules, threads=3, tick_interval=0.1, poll_interval=0.02)
    pool.start()
    try:
        deadline = time.monotonic() + 20
        while count_effects(db) < 21 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        assert pool.stop(timeout=10) is True
    assert not pool.running
    assert count_effects(db) == 21
    with db.read() as session:
        assert queue_stats(session).counts == {"queued": 0, "running": 0, "done": 21, "dead": 0}


def test_pool_can_only_start_once(db: Database) -> None:
    pool = WorkerPool(db, HandlerRegistry(), [], threads=1, poll_interval=0.02)
    pool.start()
    try:
        with pytest.raises(RuntimeError, match="already"):
            pool.start()
    finally:
        assert pool.stop(timeout=5)


def test_pool_parameters_are_checked(db: Database) -> None:
    with pytest.raises(ValueError, match="threads"):
        WorkerPool(db, HandlerRegistry(), [], threads=-1)
    with pytest.raises(ValueError, match="tick_interval"):
        WorkerPool(db, HandlerRegistry(), [], tick_interval=0)
