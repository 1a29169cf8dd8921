"""Recurring schedules: once per slot across nodes, no burst after downtime."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from callvault.db.engine import Database
from callvault.jobs import JobSchedule, Schedule, Scheduler, list_jobs
from callvault.jobs.scheduler import slot_key, slot_start

HOURLY = Schedule("sweep", "governance.retention_sweep", timedelta(hours=1), {"scope": "all"})
T0 = datetime(2025, 6, 1, 10, 20, tzinfo=UTC)


def _schedule_row(db: Database, name: str) -> tuple[datetime, datetime | None]:
    with db.read() as session:
        row = session.get(JobSchedule, name)
        assert row is not None
        return row.next_run_at, row.last_enqueued_at


def test_first_tick_enqueues_the_current_slot(db: Database) -> None:
    created = Scheduler(db, [HOURLY]).tick(T0)
    assert len(created) == 1
    with db.read() as session:
        jobs = list_jobs(session)
    assert [j.id for j in jobs] == created
    assert jobs[0].kind == "governance.retention_sweep"
    assert jobs[0].payload == {"scope": "all"}
    assert jobs[0].idempotency_key == "schedule:sweep:2025-06-01T10:00:00+00:00"
    assert _schedule_row(db, "sweep") == (datetime(2025, 6, 1, 11, tzinfo=UTC), T0)


def test_nothing_more_until_the_next_slot(db: Database) -> None:
    scheduler = Scheduler(db, [HOURLY])
    assert len(scheduler.tick(T0)) == 1
    assert scheduler.tick(T0 + timedelta(minutes=30)) == []
    assert scheduler.tick(datetime(2025, 6, 1, 10, 59, 59, tzinfo=UTC)) == []
    later = scheduler.tick(datetime(2025, 6, 1, 11, 0, 1, tzinfo=UTC))
    assert len(later) == 1
    with db.read() as session:
        keys = sorted(j.idempotency_key or "" for j in list_jobs(session))
    assert keys == [
        slot_key("sweep", datetime(2025, 6, 1, 10, tzinfo=UTC)),
        slot_key("sweep", datetime(2025, 6, 1, 11, tzinfo=UTC)),
    ]


def test_missed_slots_are_skipped_not_replayed(db: Database) -> None:
    scheduler = Scheduler(db, [HOURLY])
    scheduler.tick(T0)
    after_downtime = T0 + timedelta(days=7, minutes=5)
    assert len(scheduler.tick(after_downtime)) == 1
    with db.read() as session:
        assert len(list_jobs(session)) == 2
    expected_next = slot_start(after_downtime, HOURLY.every) + HOURLY.every
    assert _schedule_row(db, "sweep")[0] == expected_next


def test_concurrent_ticks_on_many_nodes_enqueue_once(db: Database) -> None:
    nodes = 8
    barrier = threading.Barrier(nodes)
    created: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    rotation = Schedule("key-rotation", "crypto.rotate_keys", timedelta(days=90))

    def node() -> None:
        scheduler = Scheduler(db, [rotation, HOURLY])  # each node has its own scheduler
        try:
            barrier.wait(5)
            ids = scheduler.tick(T0)
        except BaseException as exc:
            errors.append(exc)
            return
        with lock:
            created.extend(ids)

    threads = [threading.Thread(target=node) for _ in range(nodes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    with db.read() as session:
        jobs = list_jobs(session)
    assert sorted(j.kind for j in jobs) == ["crypto.rotate_keys", "governance.retention_sweep"]
    assert sorted(created) == sorted(j.id for j in jobs)


def test_several_schedules_tick_independently(db: Database) -> None:
    minutely = Schedule("heartbeat", "ops.heartbeat", timedelta(minutes=1))
    scheduler = Scheduler(db, [HOURLY, minutely])
    assert len(scheduler.tick(T0)) == 2
    assert len(scheduler.tick(T0 + timedelta(minutes=1))) == 1
    assert len(scheduler.tick(T0 + timedelta(hours=1))) == 2


def test_a_shortened_period_realigns_instead_of_waiting_out_the_old_one(db: Database) -> None:
    Scheduler(db, [Schedule("report", "r.build", timedelta(days=30))]).tick(T0)
    daily = Schedule("report", "r.build", timedelta(days=1))
    scheduler = Scheduler(db, [daily])
    assert scheduler.tick(T0 + timedelta(hours=1)) == []
    assert len(scheduler.tick(T0 + timedelta(days=1))) == 1


def test_duplicate_schedule_names_are_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="unique"):
        Scheduler(db, [HOURLY, HOURLY])
