"""Producer and operator side of the queue, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from callvault.core.clock import utcnow
from callvault.core.errors import Conflict, InvalidInput, NotFound
from callvault.db.engine import Database
from callvault.jobs import (
    JobStatus,
    cancel,
    enqueue,
    enqueue_job,
    get_job,
    list_dead,
    list_jobs,
    purge_finished,
    queue_stats,
    requeue_dead,
)
from callvault.jobs.models import Job


def _enqueue(db: Database, **kwargs: object) -> str:
    args: dict[str, object] = {"kind": "test.noop", "payload": {}}
    args.update(kwargs)
    with db.write() as session:
        return enqueue(session, **args)  # type: ignore[arg-type]


def test_enqueue_stores_a_queued_job(db: Database) -> None:
    before = utcnow()
    job_id = _enqueue(
        db, payload={"recording_id": "r1", "n": 2}, workspace_id="ws-1", priority=-3, max_attempts=7
    )
    with db.read() as session:
        job = get_job(session, job_id)
    assert job is not None
    assert job.kind == "test.noop"
    assert job.payload == {"recording_id": "r1", "n": 2}
    assert job.workspace_id == "ws-1"
    assert job.status == JobStatus.QUEUED
    assert (job.priority, job.attempts, job.max_attempts) == (-3, 0, 7)
    assert before <= job.run_at <= utcnow()
    assert job.run_at.tzinfo is not None
    assert job.locked_by is None and job.locked_until is None
    assert job.progress is None and job.finished_at is None


def test_enqueue_honours_run_at(db: Database) -> None:
    later = datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC)
    job_id = _enqueue(db, run_at=later)
    with db.read() as session:
        job = get_job(session, job_id)
        assert job is not None
        assert job.run_at == later


def test_enqueue_joins_the_callers_transaction(db: Database) -> None:
    enqueued: list[str] = []

    def failing_use_case() -> None:
        with db.write() as session:
            enqueued.append(enqueue(session, kind="test.noop", payload={}))
            raise RuntimeError("the use case failed after enqueueing")

    with pytest.raises(RuntimeError):
        failing_use_case()
    (job_id,) = enqueued
    with db.read() as session:
        assert get_job(session, job_id) is None


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"kind": ""}, "kind"),
        ({"payload": {"when": datetime(2025, 1, 1, tzinfo=UTC)}}, "JSON"),
        ({"max_attempts": 0}, "max_attempts"),
        ({"run_at": datetime(2025, 1, 1)}, "timezone"),  # noqa: DTZ001
        ({"idempotency_key": ""}, "idempotency_key"),
        ({"idempotency_key": "k" * 256}, "idempotency_key"),
    ],
)
def test_enqueue_refuses_invalid_jobs(db: Database, kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(InvalidInput, match=match):
        _enqueue(db, **kwargs)
    with db.read() as session:
        assert list_jobs(session) == []


def test_idempotency_key_returns_the_existing_job(db: Database) -> None:
    first = _enqueue(db, idempotency_key="export:ws-1:2025-01")
    second = _enqueue(db, idempotency_key="export:ws-1:2025-01", payload={"other": True})
    assert first == second
    with db.read() as session:
        assert len(list_jobs(session)) == 1
        job = get_job(session, first)
        assert job is not None
        assert job.payload == {}


def test_enqueue_job_says_whether_it_created(db: Database) -> None:
    with db.write() as session:
        created = enqueue_job(session, kind="k", payload={}, idempotency_key="once")
        again = enqueue_job(session, kind="k", payload={}, idempotency_key="once")
    assert created.created is True
    assert again.created is False
    assert again.job_id == created.job_id


def test_losing_an_idempotency_race_returns_the_winner_and_keeps_the_transaction(
    db: Database,
) -> None:
    """The second writer enqueues while the first has inserted but not committed: on PostgreSQL
    it waits on the unique index and then hits the violation (caught in a savepoint); on SQLite
    it waits for the writer lock. Either way it gets the winner's id and can carry on."""
    results: list[str] = []
    errors: list[BaseException] = []

    def second_writer() -> None:
        try:
            with db.write() as session:
                results.append(enqueue(session, kind="k", payload={}, idempotency_key="race"))
                results.append(enqueue(session, kind="k", payload={}, idempotency_key="after"))
        except BaseException as exc:
            errors.append(exc)

    with db.write() as session:
        winner = enqueue(session, kind="k", payload={}, idempotency_key="race")
        thread = threading.Thread(target=second_writer)
        thread.start()
        time.sleep(0.3)  # let the second writer block behind this transaction
    thread.join(10)
    assert errors == []
    assert results[0] == winner
    with db.read() as session:
        keys = sorted(job.idempotency_key or "" for job in list_jobs(session))
    assert keys == ["after", "race"]


def test_many_threads_racing_on_one_key_create_one_job(db: Database) -> None:
    barrier = threading.Barrier(8)
    ids: list[str] = []
    lock = threading.Lock()

    def producer() -> None:
        barrier.wait(5)
        job_id = _enqueue(db, idempotency_key="stampede")
        with lock:
            ids.append(job_id)

    threads = [threading.Thread(target=producer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert len(ids) == 8
    assert len(set(ids)) == 1
    with db.read() as session:
        assert len(list_jobs(session)) == 1


def test_list_jobs_filters_and_orders_newest_first(db: Database) -> None:
    a = _enqueue(db, kind="a", workspace_id="ws-1")
    b = _enqueue(db, kind="b", workspace_id="ws-1")
    c = _enqueue(db, kind="a", workspace_id="ws-2")
    with db.write() as session:
        cancel(session, c)
    with db.read() as session:
        assert [j.id for j in list_jobs(session)] == [c, b, a]
        assert [j.id for j in list_jobs(session, kind="a")] == [c, a]
        assert [j.id for j in list_jobs(session, workspace_id="ws-1")] == [b, a]
        assert [j.id for j in list_jobs(session, status="queued")] == [b, a]
        assert [j.id for j in list_jobs(session, status=JobStatus.DEAD)] == [c]
        assert [j.id for j in list_jobs(session, limit=1)] == [c]
        with pytest.raises(InvalidInput):
            list_jobs(session, limit=0)
        with pytest.raises(ValueError, match="nonsense"):
            list_jobs(session, status="nonsense")


def test_cancel_moves_a_queued_job_to_the_dead_letters(db: Database) -> None:
    job_id = _enqueue(db, workspace_id="ws-1")
    with db.write() as session:
        cancel(session, job_id)
    with db.read() as session:
        dead = list_dead(session)
        assert [j.id for j in dead] == [job_id]
        assert dead[0].last_error == "cancelled"
        assert dead[0].finished_at is not None
        assert [j.id for j in list_dead(session, workspace_id="ws-2")] == []


def test_cancel_refuses_jobs_that_are_not_queued(db: Database) -> None:
    job_id = _enqueue(db)
    with db.write() as session:
        job = session.get(Job, job_id)
        assert job is not None
        job.status = JobStatus.RUNNING.value
    with pytest.raises(Conflict), db.write() as session:
        cancel(session, job_id)
    with pytest.raises(NotFound), db.write() as session:
        cancel(session, "00000000-0000-7000-8000-000000000000")


def test_requeue_dead_gives_fresh_attempts(db: Database) -> None:
    job_id = _enqueue(db, run_at=utcnow() + timedelta(days=1))
    with db.write() as session:
        job = session.get(Job, job_id)
        assert job is not None
        job.status, job.attempts, job.last_error = JobStatus.DEAD.value, 5, "Boom: x"
        job.finished_at = utcnow()
    with db.write() as session:
        requeue_dead(session, job_id)
    with db.read() as session:
        view = get_job(session, job_id)
    assert view is not None
    assert view.status == JobStatus.QUEUED
    assert view.attempts == 0
    assert view.finished_at is None
    assert view.run_at <= utcnow()
    assert view.last_error == "Boom: x"


def test_requeue_refuses_live_or_missing_jobs(db: Database) -> None:
    job_id = _enqueue(db)
    with pytest.raises(Conflict, match="only a dead job"), db.write() as session:
        requeue_dead(session, job_id)
    with pytest.raises(NotFound), db.write() as session:
        requeue_dead(session, "00000000-0000-7000-8000-000000000000")


def test_queue_stats_counts_by_status_and_measures_the_wait(db: Database) -> None:
    now = utcnow()
    _enqueue(db, run_at=now - timedelta(minutes=10))
    _enqueue(db, run_at=now - timedelta(minutes=1))
    _enqueue(db, run_at=now + timedelta(hours=1))  # not due: not waiting
    dead = _enqueue(db)
    with db.write() as session:
        cancel(session, dead)
    with db.read() as session:
        stats = queue_stats(session, now=now)
    assert stats.counts == {"queued": 3, "running": 0, "done": 0, "dead": 1}
    assert stats.oldest_queued_age is not None
    assert abs(stats.oldest_queued_age - timedelta(minutes=10)) < timedelta(seconds=1)


def test_queue_stats_on_an_empty_queue(db: Database) -> None:
    with db.read() as session:
        stats = queue_stats(session)
    assert stats.counts == {"queued": 0, "running": 0, "done": 0, "dead": 0}
    assert stats.oldest_queued_age is None


def test_purge_finished_removes_only_old_done_jobs(db: Database) -> None:
    now = utcnow()
    old, recent, queued = _enqueue(db), _enqueue(db), _enqueue(db)
    with db.write() as session:
        for job_id, finished in (
            (old, now - timedelta(days=40)),
            (recent, now - timedelta(days=1)),
        ):
            job = session.get(Job, job_id)
            assert job is not None
            job.status, job.finished_at = JobStatus.DONE.value, finished
    with db.write() as session:
        assert purge_finished(session, older_than=timedelta(days=30), now=now) == 1
    with db.read() as session:
        assert sorted(j.id for j in list_jobs(session)) == sorted([recent, queued])
