"""Transcript rows and their stage records: starting or re-starting a pipeline run, and what
each stage reports about itself (running, done, failed with a reason, progress)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.intelligence.models import Output, SearchToken, StageRun, Transcript
from callvault.jobs.queue import enqueue

STAGES: tuple[str, ...] = ("transcribe", "redact", "verify", "analyse", "index")
# The leak check runs before the stages that read the redacted text: what it flags is hidden
# first (pipeline.flagged). Notes and search never wait on it for good: a check that fails
# still queues them (AFTER_FAILED).
AFTER_REDACT: tuple[str, ...] = ("verify",)
AFTER_VERIFY: tuple[str, ...] = ("analyse", "index")
AFTER_FAILED: dict[str, tuple[str, ...]] = {"verify": AFTER_VERIFY}
JOB_PREFIX = "vi."
QUEUED, RUNNING, DONE, FAILED, DEGRADED = "queued", "running", "done", "failed", "degraded"
REASON_MAX = 500


def job_kind(stage: str) -> str:
    return JOB_PREFIX + stage


def for_source(
    session: Session, workspace_id: str, source_type: str, source_id: str
) -> Transcript | None:
    return session.execute(
        select(Transcript).where(
            Transcript.workspace_id == workspace_id,
            Transcript.source_type == source_type,
            Transcript.source_id == source_id,
        )
    ).scalar_one_or_none()


def stages_of(session: Session, transcript_id: str) -> list[StageRun]:
    rows = session.execute(select(StageRun).where(StageRun.transcript_id == transcript_id))
    order = {s: i for i, s in enumerate(STAGES)}
    return sorted(rows.scalars(), key=lambda r: order.get(r.stage, 99))


def complete(session: Session, row: Transcript) -> bool:
    """Every stage of the pipeline has run to the end (done, or done degraded)."""
    session.flush()
    finished = {r.stage for r in stages_of(session, row.id) if r.state in (DONE, DEGRADED)}
    return finished >= set(STAGES)


def enqueue_stages(
    session: Session, row: Transcript, stages: Sequence[str], *, delay_s: float = 0
) -> None:
    """Queue these stages of the row's current generation (idempotent per generation)."""
    run_at = utcnow() + timedelta(seconds=delay_s) if delay_s else None
    for stage in stages:
        _set(session, row, stage, QUEUED, reason=None, progress=0.0)
        enqueue(
            session,
            kind=job_kind(stage),
            workspace_id=row.workspace_id,
            payload={"transcript_id": row.id, "generation": row.generation},
            idempotency_key=f"vi:{row.id}:{row.generation}:{stage}",
            run_at=run_at,
            max_attempts=3,
        )


def start(
    session: Session,
    *,
    workspace_id: str,
    source_type: str,
    source_id: str,
    language: str,
    from_stage: str = "transcribe",
    delay_s: float = 0,
) -> Transcript:
    """Create the source's transcript row or start a new generation of it, from a stage on."""
    row = for_source(session, workspace_id, source_type, source_id)
    if row is None:
        row = Transcript(
            id=new_id(),
            workspace_id=workspace_id,
            source_type=source_type,
            source_id=source_id,
            call_id=source_id if source_type == "call" else None,
            voicemail_id=source_id if source_type == "voicemail" else None,
            generation=1,
            language=language,
        )
        session.add(row)
    else:
        row.generation += 1
        row.updated_at = utcnow()
        if from_stage == "transcribe":
            row.language = language
    session.flush()
    first = STAGES.index(from_stage)
    if from_stage == "analyse":
        todo: tuple[str, ...] = ("analyse", "index")
    else:
        todo = STAGES[first : first + 1]
        # Later stages are queued by their predecessor; show them as waiting meanwhile.
        for stage in STAGES[first + 1 :]:
            _set(session, row, stage, QUEUED, reason=None, progress=0.0)
    enqueue_stages(session, row, todo, delay_s=delay_s)
    return row


def _set(
    session: Session,
    row: Transcript,
    stage: str,
    state: str,
    *,
    reason: str | None,
    progress: float | None = None,
    attempt: bool = False,
) -> None:
    run = session.get(StageRun, (row.id, stage))
    if run is None:
        run = StageRun(
            transcript_id=row.id,
            stage=stage,
            workspace_id=row.workspace_id,
            generation=row.generation,
            state=state,
            progress=0.0,
            attempts=0,
        )
        session.add(run)
    if run.generation != row.generation:
        run.attempts = 0
    run.generation = row.generation
    run.state = state
    run.reason = reason[:REASON_MAX] if reason else None
    if progress is not None:
        run.progress = progress
    if attempt:
        run.attempts += 1
    run.updated_at = utcnow()


def mark(
    session: Session,
    transcript_id: str,
    generation: int,
    stage: str,
    state: str,
    *,
    reason: str | None = None,
    progress: float | None = None,
    attempt: bool = False,
) -> bool:
    """Record a stage's state if the run is still current; False when it is stale."""
    row = session.get(Transcript, transcript_id)
    if row is None or row.generation != generation:
        return False
    _set(session, row, stage, state, reason=reason, progress=progress, attempt=attempt)
    return True


def put_output(
    session: Session, row: Transcript, kind: str, sealed: bytes, meta: dict[str, object] | None
) -> None:
    session.execute(delete(Output).where(Output.transcript_id == row.id, Output.kind == kind))
    session.add(
        Output(
            transcript_id=row.id,
            kind=kind,
            workspace_id=row.workspace_id,
            generation=row.generation,
            sealed=sealed,
            meta=meta,
        )
    )


def output(session: Session, transcript_id: str, kind: str) -> Output | None:
    return session.get(Output, (transcript_id, kind))


def replace_tokens(session: Session, row: Transcript, tokens: Sequence[str]) -> None:
    session.execute(delete(SearchToken).where(SearchToken.transcript_id == row.id))
    session.add_all(
        SearchToken(transcript_id=row.id, token=t, workspace_id=row.workspace_id)
        for t in dict.fromkeys(tokens)
    )
