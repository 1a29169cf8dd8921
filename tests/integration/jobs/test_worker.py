"""Claiming, completing, retrying and dead-lettering, on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import insert

from callvault.core.clock import utcnow
from callvault.db.engine import Database
from callvault.jobs import (
    Backoff,
    JobContext,
    JobStatus,
    PermanentFailure,
    Worker,
    list_dead,
    queue_stats,
    requeue_dead,
)
from tests.integration.jobs.helpers import add_job, job_view, noop, registry_for
from tests.support.job_worker_proc import EFFECTS, count_effects, write_effect


def _drain(worker: Worker, *, limit: float = 10.0) -> None:
    """Run jobs until none is due (waiting out retry delays) or the limit passes."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if not worker.run_once():
            with worker.db.read() as session:
                if queue_stats(session).counts["queued"] == 0:
                    return
            time.sleep(0.01)


def test_a_job_is_claimed_run_and_completed(db: Database) -> None:
    seen: list[tuple[str, str, dict[str, object], str | None, int]] = []

    def handler(ctx: JobContext) -> None:
        seen.append((ctx.job_id, ctx.kind, ctx.payload, ctx.workspace_id, ctx.attempt))
        job = job_view(db, ctx.job_id)  # while it runs, the job is leased to this worker
        assert job.status == JobStatus.RUNNING
        assert job.locked_by == "worker-a"
        assert job.locked_until is not None and job.locked_until > utcnow()

    job_id = add_job(db, payload={"recording_id": "r1"}, workspace_id="ws-1")
    worker = Worker(db, registry_for("test.work", handler), worker_id="worker-a")
    assert worker.run_once() is True
    assert worker.run_once() is False
    assert seen == [(job_id, "test.work", {"recording_id": "r1"}, "ws-1", 1)]
    job = job_view(db, job_id)
    assert job.status == JobStatus.DONE
    assert job.attempts == 1
    assert job.finished_at is not None
    assert job.locked_by is None and job.locked_until is None


def test_effects_written_in_the_final_transaction_commit_with_completion(effects: Database) -> None:
    db = effects
    job_id = add_job(db)
    worker = Worker(db, registry_for("test.work", write_effect))
    assert worker.run_once()
    assert count_effects(db, job_id) == 1
    assert job_view(db, job_id).status == JobStatus.DONE


def test_a_failing_final_transaction_rolls_back_its_effects(effects: Database) -> None:
    db = effects

    def handler(ctx: JobContext) -> None:
        with ctx.final_transaction() as session:
            session.execute(insert(EFFECTS).values(job_id=ctx.job_id, attempt=ctx.attempt))
            raise RuntimeError("failed while writing")

    job_id = add_job(db, max_attempts=1)
    Worker(db, registry_for("test.work", handler)).run_once()
    assert count_effects(db, job_id) == 0
    job = job_view(db, job_id)
    assert job.status == JobStatus.DEAD
    assert job.last_error == "RuntimeError: failed while writing"


def test_final_transaction_is_once_per_run(effects: Database) -> None:
    def handler(ctx: JobContext) -> None:
        write_effect(ctx)
        with ctx.final_transaction():
            pass

    job_id = add_job(effects)
    Worker(effects, registry_for("test.work", handler)).run_once()
    # The first final transaction committed: the job is done, the misuse only logged.
    assert job_view(effects, job_id).status == JobStatus.DONE
    assert count_effects(effects, job_id) == 1


def test_claims_follow_priority_then_run_at_and_skip_future_jobs(db: Database) -> None:
    order: list[str] = []
    now = utcnow()
    bulk = add_job(db, payload={"n": "bulk"}, priority=5, run_at=now - timedelta(minutes=5))
    old = add_job(db, payload={"n": "old"}, run_at=now - timedelta(minutes=2))
    new = add_job(db, payload={"n": "new"}, run_at=now - timedelta(minutes=1))
    urgent = add_job(db, payload={"n": "urgent"}, priority=-1)
    future = add_job(db, payload={"n": "future"}, run_at=now + timedelta(hours=1))
    worker = Worker(db, registry_for("test.work", lambda ctx: order.append(ctx.job_id)))
    while worker.run_once():
        pass
    assert order == [urgent, old, new, bulk]
    assert job_view(db, future).status == JobStatus.QUEUED


def test_failures_are_retried_with_backoff_then_succeed(db: Database) -> None:
    calls: list[int] = []

    def flaky(ctx: JobContext) -> None:
        calls.append(ctx.attempt)
        if ctx.attempt < 3:
            raise ValueError(f"boom {ctx.attempt}")

    job_id = add_job(db, max_attempts=5)
    backoff = Backoff(base=0.2, cap=0.2, uniform=lambda: 1.0)
    worker = Worker(db, registry_for("test.work", flaky), backoff=backoff)
    before = utcnow()
    assert worker.run_once()
    job = job_view(db, job_id)
    assert job.status == JobStatus.QUEUED
    assert job.attempts == 1
    assert job.last_error == "ValueError: boom 1"
    assert job.locked_by is None
    assert before + timedelta(seconds=0.2) <= job.run_at <= utcnow() + timedelta(seconds=0.2)
    assert worker.run_once() is False  # not due again yet
    _drain(worker)
    assert calls == [1, 2, 3]
    job = job_view(db, job_id)
    assert job.status == JobStatus.DONE
    assert job.attempts == 3


def test_exhausted_attempts_go_dead_with_the_reason_and_can_be_requeued(
    db: Database, fast_backoff: Backoff, caplog: pytest.LogCaptureFixture
) -> None:
    healthy = threading.Event()

    def handler(ctx: JobContext) -> None:
        if not healthy.is_set():
            raise ConnectionError("transcription service unavailable")

    job_id = add_job(db, max_attempts=3, payload={"secret_text": "card 4111 1111"})
    worker = Worker(db, registry_for("test.work", handler), backoff=fast_backoff)
    with caplog.at_level(logging.DEBUG, logger="callvault.jobs"):
        _drain(worker)
    job = job_view(db, job_id)
    assert job.status == JobStatus.DEAD
    assert job.attempts == 3
    assert job.last_error == "ConnectionError: transcription service unavailable"
    assert job.finished_at is not None
    assert "4111" not in caplog.text  # payloads are never logged
    with db.read() as session:
        assert [j.id for j in list_dead(session)] == [job_id]

    healthy.set()
    with db.write() as session:
        requeue_dead(session, job_id)
    assert worker.run_once()
    job = job_view(db, job_id)
    assert job.status == JobStatus.DONE
    assert job.attempts == 1


def test_permanent_failure_skips_the_remaining_attempts(db: Database) -> None:
    def handler(ctx: JobContext) -> None:
        raise PermanentFailure("recording was deleted")

    job_id = add_job(db, max_attempts=5)
    Worker(db, registry_for("test.work", handler)).run_once()
    job = job_view(db, job_id)
    assert job.status == JobStatus.DEAD
    assert job.attempts == 1
    assert job.last_error == "PermanentFailure: recording was deleted"


def test_unknown_kind_goes_dead_with_a_clear_reason(db: Database) -> None:
    job_id = add_job(db, kind="test.nobody-handles-this")
    worker = Worker(db, registry_for("test.work", noop))
    assert worker.run_once() is True
    assert worker.run_once() is False
    job = job_view(db, job_id)
    assert job.status == JobStatus.DEAD
    assert job.attempts == 0
    assert job.last_error == "unknown job kind 'test.nobody-handles-this': no handler registered"


def test_progress_is_stored_for_operators(db: Database) -> None:
    def handler(ctx: JobContext) -> None:
        ctx.report_progress({"done": 1, "total": 4})
        ctx.heartbeat()
        ctx.report_progress({"done": 4, "total": 4})

    job_id = add_job(db)
    Worker(db, registry_for("test.work", handler)).run_once()
    job = job_view(db, job_id)
    assert job.progress == {"done": 4, "total": 4}
    assert job.status == JobStatus.DONE
