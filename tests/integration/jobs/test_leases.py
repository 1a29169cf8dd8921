"""Leases: crashed workers' jobs are recovered, live ones are kept, stale owners are fenced
off, and concurrent workers never run a job twice."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from callvault.core.clock import utcnow
from callvault.db.engine import Database
from callvault.jobs import JobContext, JobStatus, Worker, enqueue, queue_stats
from callvault.jobs.models import Job
from tests.integration.jobs.helpers import add_job, job_view, noop, registry_for
from tests.support.job_worker_proc import EFFECTS, count_effects, write_effect


def _orphan(db: Database, job_id: str, *, attempts: int, max_attempts: int) -> None:
    """Make the job look like its worker died mid-run: running, lease expired."""
    with db.write() as session:
        job = session.get(Job, job_id)
        assert job is not None
        job.status = JobStatus.RUNNING.value
        job.locked_by = "ghost"
        job.locked_until = utcnow() - timedelta(seconds=1)
        job.attempts = attempts
        job.max_attempts = max_attempts


def test_a_job_whose_lease_expired_is_run_again(db: Database) -> None:
    attempts: list[int] = []
    job_id = add_job(db)
    _orphan(db, job_id, attempts=1, max_attempts=3)
    worker = Worker(db, registry_for("test.work", lambda ctx: attempts.append(ctx.attempt)))
    assert worker.run_once()
    assert attempts == [2]
    assert job_view(db, job_id).status == JobStatus.DONE


def test_a_running_job_with_a_live_lease_is_left_alone(db: Database) -> None:
    job_id = add_job(db)
    _orphan(db, job_id, attempts=1, max_attempts=3)
    with db.write() as session:
        job = session.get(Job, job_id)
        assert job is not None
        job.locked_until = utcnow() + timedelta(minutes=1)
    assert Worker(db, registry_for("test.work", noop)).run_once() is False


def test_a_job_whose_last_attempt_died_with_its_worker_goes_dead(db: Database) -> None:
    job_id = add_job(db)
    _orphan(db, job_id, attempts=2, max_attempts=2)
    ran: list[str] = []
    assert Worker(db, registry_for("test.work", lambda ctx: ran.append(ctx.job_id))).run_once()
    assert ran == []
    job = job_view(db, job_id)
    assert job.status == JobStatus.DEAD
    assert job.last_error == "lease expired during attempt 2 of 2: worker ghost lost"


def test_the_heartbeat_keeps_a_long_job_leased(db: Database) -> None:
    runs: list[str] = []
    started, release = threading.Event(), threading.Event()

    def long_job(ctx: JobContext) -> None:
        runs.append(ctx.job_id)
        started.set()
        release.wait(5)

    job_id = add_job(db)
    registry = registry_for("test.work", long_job)
    holder = Worker(db, registry, worker_id="holder", lease_seconds=2.0)
    thread = threading.Thread(target=holder.run_once)
    thread.start()
    assert started.wait(5)
    contender = Worker(db, registry, worker_id="contender", lease_seconds=2.0)
    first_lease_end = job_view(db, job_id).locked_until
    deadline = time.monotonic() + 2.5  # past the end of the first lease
    while time.monotonic() < deadline:
        assert contender.run_once() is False
        time.sleep(0.05)
    extended_lease_end = job_view(db, job_id).locked_until
    assert first_lease_end is not None and extended_lease_end is not None
    assert extended_lease_end > first_lease_end + timedelta(seconds=2)
    release.set()
    thread.join(5)
    assert runs == [job_id]
    job = job_view(db, job_id)
    assert job.status == JobStatus.DONE
    assert job.attempts == 1


def test_a_worker_whose_lease_was_stolen_cannot_commit_its_effect(effects: Database) -> None:
    """Worker A stalls (its heartbeat too, as in a long GC pause or a network partition); its
    lease expires and worker B takes the job over and completes it. When A wakes up, its final
    transaction is refused and rolled back: the effect exists once."""
    db = effects
    started, wake = threading.Event(), threading.Event()
    outcome: list[str] = []

    def stalling(ctx: JobContext) -> None:
        started.set()
        wake.wait(10)
        try:
            write_effect(ctx, worker="a")
        except Exception as exc:
            outcome.append(type(exc).__name__)
            raise
        outcome.append("committed")

    job_id = add_job(db)
    worker_a = Worker(
        db,
        registry_for("test.work", stalling),
        worker_id="a",
        lease_seconds=0.5,
        heartbeat_interval=60,
    )
    thread = threading.Thread(target=worker_a.run_once)
    thread.start()
    assert started.wait(5)
    worker_b = Worker(db, registry_for("test.work", lambda ctx: write_effect(ctx, worker="b")))
    deadline = time.monotonic() + 5
    while not worker_b.run_once():
        assert time.monotonic() < deadline, "the expired lease was never taken over"
        time.sleep(0.05)
    wake.set()
    thread.join(10)
    assert outcome == ["LeaseLost"]
    assert count_effects(db, job_id) == 1
    job = job_view(db, job_id)
    assert job.status == JobStatus.DONE
    assert job.attempts == 2


def test_a_stale_worker_cannot_record_completion_or_failure(db: Database) -> None:
    """Without final_transaction, the stale worker's fenced completion matches no row: the new
    owner's outcome stands (the handler itself ran twice: at-least-once)."""
    started, wake = threading.Event(), threading.Event()
    lost: list[bool] = []

    def stalling(ctx: JobContext) -> None:
        started.set()
        wake.wait(10)
        lost.append(ctx.lease_lost)
        raise RuntimeError("late failure")

    job_id = add_job(db, max_attempts=2)
    worker_a = Worker(
        db,
        registry_for("test.work", stalling),
        worker_id="a",
        lease_seconds=0.5,
        heartbeat_interval=60,
    )
    thread = threading.Thread(target=worker_a.run_once)
    thread.start()
    assert started.wait(5)
    release_b = threading.Event()

    def slow_b(ctx: JobContext) -> None:
        release_b.wait(10)

    worker_b = Worker(db, registry_for("test.work", slow_b), worker_id="b", lease_seconds=5)

    def take_over() -> None:
        deadline = time.monotonic() + 5
        while not worker_b.run_once() and time.monotonic() < deadline:
            time.sleep(0.02)

    thread_b = threading.Thread(target=take_over)
    thread_b.start()
    deadline = time.monotonic() + 5
    while job_view(db, job_id).locked_by != "b":
        assert time.monotonic() < deadline
        time.sleep(0.02)
    wake.set()
    thread.join(10)
    job = job_view(db, job_id)
    assert (job.status, job.locked_by, job.last_error) == (JobStatus.RUNNING, "b", None)
    release_b.set()
    thread_b.join(10)
    assert job_view(db, job_id).status == JobStatus.DONE


def test_two_workers_never_run_the_same_job_twice(effects: Database) -> None:
    db = effects
    total = 200
    runs: Counter[str] = Counter()
    lock = threading.Lock()

    def handler(ctx: JobContext) -> None:
        with lock:
            runs[ctx.job_id] += 1
        write_effect(ctx, worker=threading.current_thread().name)

    with db.write() as session:
        job_ids = [enqueue(session, kind="test.work", payload={"i": i}) for i in range(total)]
    registry = registry_for("test.work", handler)
    stop = threading.Event()
    workers = [
        threading.Thread(
            target=Worker(db, registry, worker_id=f"w{n}", poll_interval=0.02).run,
            args=(stop,),
            name=f"w{n}",
        )
        for n in range(2)
    ]
    for thread in workers:
        thread.start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with db.read() as session:
            if queue_stats(session).counts["done"] == total:
                break
        time.sleep(0.05)
    stop.set()
    for thread in workers:
        thread.join(10)
    assert sorted(runs) == sorted(job_ids)
    assert set(runs.values()) == {1}
    assert count_effects(db) == total
    with db.read() as session:
        stats = queue_stats(session)
    assert stats.counts["done"] == total
    workers_used = {n for n in ("w0", "w1") if n in _effect_workers(db)}
    assert workers_used == {"w0", "w1"}


def _effect_workers(db: Database) -> set[str]:
    with db.read() as session:
        return {str(w) for w in session.scalars(select(EFFECTS.c.worker).distinct())}
