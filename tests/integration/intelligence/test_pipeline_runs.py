"""Pipeline runs: a re-run makes the earlier run's jobs stale (no effect, no duplicates),
failures are recorded with their reason and leave the call and recording intact, silence
gives an empty transcript, voicemail is transcribed, and moment definitions applied to past
calls report which calls changed."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import func, select, update

from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.intelligence import service as vi
from callvault.intelligence.models import MomentHit, Output, SearchToken
from callvault.intelligence.moments import apply as runs
from callvault.intelligence.moments import service as moments
from callvault.intelligence.pipeline import stages, state
from callvault.intelligence.pipeline.runner import StageFailed
from callvault.intelligence.schemas import ApplyMomentsIn, MomentIn, RerunIn
from callvault.jobs import worker as jobs_worker
from callvault.jobs.backoff import Backoff
from callvault.jobs.models import Job
from callvault.jobs.queue import list_dead
from callvault.wiring import Container
from tests.integration.intelligence.helpers import (
    call_to,
    drain,
    office,
    upload_call_audio,
)
from tests.support import speech
from tests.support.databases import empty_all_tables
from tests.support.live import make_container
from tests.support.vi_factories import seed_transcript

pytestmark = pytest.mark.slow

SHORT = ((0, "I want to cancel my account today."), (1, "I can help you with that."))


def _stages(c: Container, ws: str, call_id: str) -> dict[str, tuple[str, str | None]]:
    with c.db.read() as s:
        out = vi.status(s, actor=Actor.system(ws), source_type="call", source_id=call_id)
    return {st.stage: (st.state, st.reason) for st in out.stages}


def test_rerun_supersedes_queued_run_without_duplicates(vi_container: Container) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = call_to(c, ws, o.member.user_id)
    upload_call_audio(c, ws, call_id, speech.conversation(SHORT))
    with c.db.write() as s:  # a second run before the first one ran
        vi.rerun(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws),
            source_type="call",
            source_id=call_id,
            data=RerunIn(),
        )
    drain(c)
    with c.db.read() as s:
        row = state.for_source(s, ws, "call", call_id)
        assert row is not None and row.generation == 2
        outputs = list(s.execute(select(Output).where(Output.transcript_id == row.id)).scalars())
        assert {o.generation for o in outputs} == {2}
        tokens = s.scalar(select(func.count()).select_from(SearchToken))
        assert tokens == len(set(s.execute(select(SearchToken.token)).scalars()))
        assert list_dead(s) == []
    assert {v[0] for v in _stages(c, ws, call_id).values()} == {"done"}
    # Re-running analysis only (say after new moment definitions) reuses the transcript.
    with c.db.write() as s:
        vi.rerun(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws),
            source_type="call",
            source_id=call_id,
            data=RerunIn(from_stage="analyse"),
        )
    assert drain(c) == 2  # analyse and index, no transcription
    assert {v[0] for v in _stages(c, ws, call_id).values()} == {"done"}


@pytest.mark.parametrize(
    "error", [StageFailed("no ear to hear with"), RuntimeError("the check crashed")]
)
def test_notes_and_search_run_when_the_leak_check_cannot(
    vi_container: Container, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    """The leak check runs before the notes and search (what it flags is hidden first), but
    a check that fails for good, recorded or crashing on every attempt, still queues them."""
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = call_to(c, ws, o.member.user_id)
    upload_call_audio(c, ws, call_id, speech.conversation(SHORT))

    def fails(*args: object, **kwargs: object) -> object:
        raise error

    monkeypatch.setattr(stages, "leak_check", fails)
    # Retries of a crash come due at once (0 s back-off), within this drain.
    monkeypatch.setattr(jobs_worker, "Backoff", partial(Backoff, uniform=lambda: 0.0))
    drain(c)
    stages_ = _stages(c, ws, call_id)
    assert stages_["verify"][0] == "failed" and str(error) in (stages_["verify"][1] or "")
    assert stages_["analyse"][0] == "done" and stages_["index"][0] == "done"
    with c.db.read() as s:
        row = state.for_source(s, ws, "call", call_id)
        assert row is not None and row.residual_pii is None  # unverified, never "clean"
        assert state.output(s, row.id, "notes") is not None
        assert s.scalar(select(func.count()).select_from(SearchToken)) > 0


def test_missing_model_is_a_recorded_failure(database_url: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    missing = tmp_path / "no-such-model"
    c = make_container(database_url, data, vi_settle_seconds=0, asr_model_dir=missing)
    try:
        o = office(c, "vi-missing")
        ws = o.owner.workspace_id
        call_id = call_to(c, ws, o.member.user_id)
        recording = upload_call_audio(c, ws, call_id, speech.conversation(SHORT))
        drain(c)
        stages = _stages(c, ws, call_id)
        assert stages["transcribe"][0] == "failed"
        assert str(missing) in (stages["transcribe"][1] or "")
        assert stages["redact"][0] == "queued"  # never reached
        assert c.blobs.exists(workspace_id=ws, kind="recording", object_id=recording)
        with c.db.read() as s:
            assert list_dead(s) == []  # a recorded failure, not a crashed job
    finally:
        empty_all_tables(c.db)
        c.close()


def test_silence_gives_an_empty_transcript(vi_container: Container) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = call_to(c, ws, o.member.user_id)
    quiet = speech.wav(speech.silence(3.0), speech.silence(3.0))
    upload_call_audio(c, ws, call_id, quiet)
    drain(c)
    assert {v[0] for v in _stages(c, ws, call_id).values()} == {"done"}
    with c.db.read() as s:
        row = state.for_source(s, ws, "call", call_id)
        assert row is not None and row.utterances == 0 and row.pii_count == 0


def test_noise_is_not_transcribed_as_speech(vi_container: Container) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = call_to(c, ws, o.member.user_id)
    rng = np.random.default_rng(7)
    noise = (0.05 * rng.standard_normal(16000 * 3)).astype(np.float32)
    upload_call_audio(c, ws, call_id, speech.wav(noise, noise))
    drain(c)
    assert _stages(c, ws, call_id)["transcribe"][0] == "done"
    with c.db.read() as s:
        row = state.for_source(s, ws, "call", call_id)
        assert row is not None and (row.utterances or 0) <= 1


def test_moments_applied_to_past_calls_report_the_diff(vi_container: Container) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    system = Actor.system(ws)
    calls = [call_to(c, ws, o.member.user_id) for _ in range(3)]
    seed_transcript(c, ws, "call", calls[0], [("caller", "I want to cancel my account.")])
    seed_transcript(c, ws, "call", calls[1], [("caller", "We moved to Zentrix last year.")])
    seed_transcript(c, ws, "call", calls[2], [("caller", "Thanks, all good.")])
    with c.db.write() as s:
        m = moments.create_moment(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=system,
            data=MomentIn(name="Churn risk", phrases=["cancel my account"]),
        )
        run = runs.request_apply(s, audit=c.audit, actor=system, data=ApplyMomentsIn())
    drain(c)
    with c.db.read() as s:
        done = runs.get_run(s, actor=system, run_id=run.id)
    assert done.state == "done" and done.diff is not None
    assert done.diff["transcripts"] == 3
    assert [(d["source_id"], d["added"]) for d in done.diff["changed"]] == [(calls[0], {m.id: 1})]
    # A new version that also covers competitors: call 1 gains the moment, version 2 tagged.
    with c.db.write() as s:
        moments.update_moment(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=system,
            moment_id=m.id,
            data=MomentIn(name="Churn risk", phrases=["cancel my account"], keywords=["Zentrix"]),
        )
        run2 = runs.request_apply(s, audit=c.audit, actor=system, data=ApplyMomentsIn())
    drain(c)
    with c.db.read() as s:
        done2 = runs.get_run(s, actor=system, run_id=run2.id)
        versions = set(s.execute(select(MomentHit.version)).scalars())
        listed = moments.moment_versions(s, keyring=c.keyring, actor=system, moment_id=m.id)
    assert done2.diff is not None
    assert [d["source_id"] for d in done2.diff["changed"]] == [calls[1]]
    assert versions == {2}
    assert [v.version for v in listed.versions] == [1, 2]


def test_a_moment_run_killed_mid_way_resumes_and_reports_every_change(
    vi_container: Container, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches commit their tags with their part of the diff: the retried run resumes after
    the last committed batch, and its final diff still lists the earlier batches' changes."""
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    system = Actor.system(ws)
    calls = [call_to(c, ws, o.member.user_id) for _ in range(3)]
    for call_id in calls:
        seed_transcript(c, ws, "call", call_id, [("caller", "I want to cancel my account.")])
    with c.db.write() as s:
        moments.create_moment(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=system,
            data=MomentIn(name="Churn risk", phrases=["cancel my account"]),
        )
        run = runs.request_apply(s, audit=c.audit, actor=system, data=ApplyMomentsIn())
    monkeypatch.setattr(runs, "BATCH", 1)
    real, seen = runs._retag, []

    def dies_on_the_second(*args: object, **kwargs: object) -> object:
        seen.append(1)
        if len(seen) == 2:
            raise OSError("worker killed")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runs, "_retag", dies_on_the_second)
    # The retry's delay is jittered down to 0 s: it must not come due within this drain.
    monkeypatch.setattr(jobs_worker, "Backoff", partial(Backoff, uniform=lambda: 1.0))
    drain(c)
    with c.db.read() as s:
        mid = runs.get_run(s, actor=system, run_id=run.id)
    assert mid.state == "running" and mid.diff is not None and mid.diff["changed_count"] == 1
    with c.db.write() as s:  # the retry is due now rather than after its back-off
        s.execute(update(Job).where(Job.kind == runs.APPLY_JOB).values(run_at=utcnow()))
    drain(c)
    with c.db.read() as s:
        done = runs.get_run(s, actor=system, run_id=run.id)
        hits = s.scalar(select(func.count()).select_from(MomentHit))
    assert done.state == "done" and done.diff is not None
    assert done.diff["changed_count"] == 3 and "cursor" not in done.diff
    assert sorted(d["source_id"] for d in done.diff["changed"]) == sorted(calls)
    assert hits == 3 and len(seen) == 4  # the first transcript was not re-tagged twice


def test_too_long_audio_is_a_recorded_failure(database_url: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    c = make_container(database_url, data, vi_settle_seconds=0, asr_max_audio_minutes=1)
    try:
        o = office(c, "vi-long")
        ws = o.owner.workspace_id
        call_id = call_to(c, ws, o.member.user_id)
        recording = upload_call_audio(
            c, ws, call_id, speech.wav(speech.silence(65.0), speech.silence(65.0))
        )
        drain(c)
        state_, reason = _stages(c, ws, call_id)["transcribe"]
        assert state_ == "failed" and reason is not None and "maximum is 60 s" in reason
        assert c.blobs.exists(workspace_id=ws, kind="recording", object_id=recording)
    finally:
        empty_all_tables(c.db)
        c.close()
