"""A worker process killed mid-job loses nothing and duplicates nothing; a stopped one finishes
its job first. The worker runs as a real process (tests/support/job_worker_proc.py)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from callvault.db.engine import Database
from callvault.jobs import HandlerRegistry, JobStatus, Worker, enqueue, get_job
from tests.support.job_worker_proc import EFFECT_KIND, count_effects, effect_attempts, write_effect

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[3]
LEASE_SECONDS = 1.0


class WorkerProcess:
    def __init__(self, url: str, mode: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.job_worker_proc", url, mode, str(LEASE_SECONDS)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def expect(self, prefix: str, timeout: float = 60.0) -> str:
        """Wait for the next stdout line and check it starts with prefix. The wait is long
        because CI's two cores are shared with browsers and speech models: a run there once
        saw 20 s pass between READY and the first claim. A silent worker is killed so that
        its stderr (loop errors are logged there) says why."""
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            self.proc.kill()
            self.proc.wait(10)
            raise AssertionError(
                f"worker process said nothing within {timeout} s; stderr: {self.stderr()}"
            )
        line = self.proc.stdout.readline().strip()
        if not line.startswith(prefix):
            raise AssertionError(f"expected {prefix!r}, got {line!r}; stderr: {self.stderr()}")
        return line

    def stderr(self) -> str:
        if self.proc.poll() is None:
            return "(still running)"
        assert self.proc.stderr is not None
        return self.proc.stderr.read()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def spawn(database_url: str) -> Iterator[Callable[[str], WorkerProcess]]:
    started: list[WorkerProcess] = []

    def factory(mode: str) -> WorkerProcess:
        process = WorkerProcess(database_url, mode)
        started.append(process)
        return process

    yield factory
    for process in started:
        process.close()


def _enqueue(db: Database, **kwargs: object) -> str:
    with db.write() as session:
        return enqueue(session, kind=EFFECT_KIND, payload={}, **kwargs)  # type: ignore[arg-type]


def _status(db: Database, job_id: str) -> tuple[JobStatus, int]:
    with db.read() as session:
        job = get_job(session, job_id)
    assert job is not None
    return job.status, job.attempts


@pytest.mark.parametrize(
    ("mode", "signal_line"),
    [("work", "STARTED"), ("commit", "IN-TRANSACTION")],
    ids=["killed-during-work", "killed-before-commit"],
)
def test_a_worker_killed_mid_job_loses_nothing_and_duplicates_nothing(
    effects: Database, spawn: Callable[[str], WorkerProcess], mode: str, signal_line: str
) -> None:
    db = effects
    job_id = _enqueue(db, max_attempts=3)
    process = spawn(mode)
    process.expect("READY")
    assert process.expect(signal_line) == f"{signal_line} {job_id}"
    assert _status(db, job_id) == (JobStatus.RUNNING, 1)

    os.kill(process.proc.pid, signal.SIGKILL)
    process.proc.wait(10)
    assert process.proc.returncode == -signal.SIGKILL
    assert count_effects(db, job_id) == 0  # nothing half-committed

    registry = HandlerRegistry()
    registry.register(EFFECT_KIND, write_effect)
    survivor = Worker(db, registry, lease_seconds=LEASE_SECONDS)
    deadline = time.monotonic() + 10
    while not survivor.run_once():
        assert time.monotonic() < deadline, "the job was never recovered"
        time.sleep(0.05)

    assert _status(db, job_id) == (JobStatus.DONE, 2)
    assert effect_attempts(db, job_id) == [2]
    assert survivor.run_once() is False


def test_sigterm_lets_the_current_job_finish_and_takes_no_other(
    effects: Database, spawn: Callable[[str], WorkerProcess]
) -> None:
    db = effects
    first = _enqueue(db, priority=-1)
    second = _enqueue(db)
    process = spawn("graceful")
    process.expect("READY")
    assert process.expect("STARTED") == f"STARTED {first}"
    process.proc.send_signal(signal.SIGTERM)
    process.expect("STOPPED", timeout=15)
    assert process.proc.wait(10) == 0
    assert _status(db, first) == (JobStatus.DONE, 1)
    assert count_effects(db, first) == 1
    assert _status(db, second) == (JobStatus.QUEUED, 0)
