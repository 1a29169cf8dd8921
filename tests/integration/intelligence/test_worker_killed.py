"""A `callvault worker` process killed (SIGKILL) in the middle of transcribing a call: the
stage is taken over once its lease expires and the pipeline completes with every output
written once, no job lost, none dead-lettered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from callvault.intelligence.models import Output, SearchToken, StageRun
from callvault.jobs.models import Job
from callvault.jobs.queue import list_dead
from callvault.wiring import Container
from tests.integration.intelligence.helpers import call_to, drain, office, upload_call_audio
from tests.support import speech
from tests.support.databases import empty_all_tables
from tests.support.live import make_container

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[3]
LEASE_S = 2.0
TURNS = (
    (0, "Good morning, I am calling about the invoice you sent me last week."),
    (1, "Of course. Can you read me the invoice number from the top of the page?"),
    (0, "Yes, it is four five six seven, and the total looks wrong to me."),
    (1, "I see it now. I will correct it and email you a new copy by tomorrow."),
)


def _transcribe_state(c: Container) -> tuple[str, int] | None:
    with c.db.read() as s:
        row = s.execute(select(StageRun).where(StageRun.stage == "transcribe")).scalar_one_or_none()
        return (row.state, row.attempts) if row is not None else None


def test_worker_killed_mid_transcription(database_url: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    c = make_container(database_url, data, vi_settle_seconds=0, vi_stage_lease_seconds=LEASE_S)
    env = {
        **os.environ,
        "CALLVAULT_DATA_DIR": str(data),
        "CALLVAULT_DATABASE_URL": database_url,
        "CALLVAULT_VI_SETTLE_SECONDS": "0",
        "CALLVAULT_VI_STAGE_LEASE_SECONDS": str(LEASE_S),
        "CALLVAULT_EMBEDDED_WORKERS": "0",
    }
    proc: subprocess.Popen[bytes] | None = None
    try:
        o = office(c, "vi-killed")
        ws = o.owner.workspace_id
        call_id = call_to(c, ws, o.member.user_id)
        upload_call_audio(c, ws, call_id, speech.conversation(TURNS))
        proc = subprocess.Popen(
            [sys.executable, "-m", "callvault", "worker", "--threads", "1"],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while _transcribe_state(c) != ("running", 1):
            assert time.monotonic() < deadline, "the worker never started transcribing"
            assert proc.poll() is None, "the worker process died on its own"
            time.sleep(0.02)
        time.sleep(0.3)  # well inside the model's work
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        assert _transcribe_state(c) == ("running", 1)  # nothing finished it

        time.sleep(LEASE_S + 0.5)  # the dead worker's lease runs out
        drain(c)
        with c.db.read() as s:
            stages = {r.stage: (r.state, r.attempts) for r in s.execute(select(StageRun)).scalars()}
            outputs = list(s.execute(select(Output.kind, Output.generation)).all())
            tokens = list(s.execute(select(SearchToken.token)).scalars())
            transcribe_job = s.execute(select(Job).where(Job.kind == "vi.transcribe")).scalar_one()
            assert list_dead(s) == []
            jobs = s.scalar(select(func.count()).select_from(Job).where(Job.kind.like("vi.%")))
        assert stages["transcribe"] == ("done", 2)
        assert {st for st, _ in stages.values()} == {"done"}
        assert sorted(k for k, _ in outputs) == [
            "corrections",
            "notes",
            "sentiment",
            "verification",
        ]
        assert len(tokens) == len(set(tokens)) > 5
        assert transcribe_job.attempts == 2 and transcribe_job.status == "done"
        assert jobs == 5  # one job per stage: nothing was enqueued twice
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(10)
        empty_all_tables(c.db)
        c.close()
