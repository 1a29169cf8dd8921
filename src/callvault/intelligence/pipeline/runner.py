"""What every stage handler does around its own work: skip a stale run, record the attempt,
turn expected failures into a recorded reason (the job then ends: retrying cannot help),
record the reason of the last failed attempt of an unexpected error, and commit the stage's
output, its 'done' state and its successors' jobs in the job's final transaction."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from callvault.comms.calls import service as calls
from callvault.db.engine import Database
from callvault.intelligence.models import Transcript
from callvault.intelligence.pipeline import state
from callvault.jobs.context import JobContext

log = logging.getLogger("callvault.intelligence")

Writer = Callable[[Session, Transcript], None]


class StageFailed(Exception):
    """A failure retrying cannot fix (undecodable audio, missing model): recorded, job ends."""


@dataclass(frozen=True, slots=True)
class Outcome:
    write: Writer
    next_stages: tuple[str, ...] = ()
    state: str = state.DONE
    reason: str | None = None


Body = Callable[[JobContext, Transcript], Outcome]


def run_stage(db: Database, ctx: JobContext, stage: str, body: Body) -> None:
    transcript_id = str(ctx.payload["transcript_id"])
    generation = int(ctx.payload["generation"])
    with db.write() as session:
        if not state.mark(
            session, transcript_id, generation, stage, state.RUNNING, progress=0.0, attempt=True
        ):
            return  # a newer run (or a deletion) replaced this one: nothing to do
        row = session.get(Transcript, transcript_id)
        assert row is not None
        session.expunge(row)
    try:
        outcome = body(ctx, row)
    except StageFailed as exc:
        reason = str(exc)
        log.info("voice intelligence stage %s failed: %s", stage, reason)
        with ctx.final_transaction() as session:
            if state.mark(session, transcript_id, generation, stage, state.FAILED, reason=reason):
                _after_failure(session, transcript_id, stage)
        return
    except Exception as exc:
        if ctx.is_last_attempt:
            with db.write() as session:
                if state.mark(
                    session,
                    transcript_id,
                    generation,
                    stage,
                    state.FAILED,
                    reason=f"{type(exc).__name__}: {exc}",
                ):
                    _after_failure(session, transcript_id, stage)
        raise
    with ctx.final_transaction() as session:
        # Locked: the last stages finish in parallel jobs, and each must see the others'
        # states to tell whether it completed the run (PostgreSQL; SQLite serialises writers).
        current = session.get(Transcript, transcript_id, with_for_update=True)
        if current is None or current.generation != generation:
            return  # superseded while computing: the newer run writes instead
        outcome.write(session, current)
        state.mark(
            session,
            transcript_id,
            generation,
            stage,
            outcome.state,
            reason=outcome.reason,
            progress=1.0,
        )
        state.enqueue_stages(session, current, outcome.next_stages)
        if current.source_type == "call" and state.complete(session, current):
            calls.set_vi_ran(session, workspace_id=current.workspace_id, call_id=current.source_id)


def _after_failure(session: Session, transcript_id: str, stage: str) -> None:
    """Queue what must run even when this stage failed for good (state.AFTER_FAILED: the
    notes and search after a leak check that could not run)."""
    then = state.AFTER_FAILED.get(stage, ())
    row = session.get(Transcript, transcript_id)
    if then and row is not None:
        state.enqueue_stages(session, row, then)


def report(db: Database, ctx: JobContext, stage: str, fraction: float) -> None:
    """Progress of a long stage, on the job and on the stage record (a small write)."""
    ctx.report_progress({"stage": stage, "fraction": round(fraction, 3)})
    with db.write() as session:
        state.mark(
            session,
            str(ctx.payload["transcript_id"]),
            int(ctx.payload["generation"]),
            stage,
            state.RUNNING,
            progress=round(fraction, 3),
        )
