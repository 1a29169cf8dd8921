"""The workspace's voice-intelligence pipeline failures: which call's or voicemail's stage
failed, why, and the stage a re-run should start from (the rerun route retries it).

No transcript content leaves here: ids, stage names, the stage's own failure reason."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.intelligence.models import StageRun, Transcript
from callvault.intelligence.pipeline import state

RerunFrom = Literal["transcribe", "redact", "analyse"]

# A re-run starts at transcribe, redact or analyse; a later stage re-runs from the one that
# feeds it (verify checks the redaction, index reads the analysis).
_RERUN_FROM: dict[str, RerunFrom] = {
    "transcribe": "transcribe",
    "redact": "redact",
    "verify": "redact",
    "analyse": "analyse",
    "index": "analyse",
}


class PipelineFailureOut(BaseModel):
    transcript_id: str
    source_type: str
    """`call` or `voicemail`."""
    source_id: str
    stage: str
    reason: str | None
    attempts: int
    generation: int
    failed_at: datetime
    rerun_from: RerunFrom
    """The `from_stage` to pass to the source's `intelligence/rerun` route to retry."""


def list_failures(session: Session, *, actor: Actor, limit: int) -> list[PipelineFailureOut]:
    """Failed stages of the workspace's transcripts, most recent first."""
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    rows = session.execute(
        select(StageRun, Transcript)
        .join(Transcript, Transcript.id == StageRun.transcript_id)
        .where(StageRun.workspace_id == actor.workspace_id, StageRun.state == state.FAILED)
        .order_by(StageRun.updated_at.desc(), StageRun.transcript_id, StageRun.stage)
        .limit(limit)
    )
    return [
        PipelineFailureOut(
            transcript_id=t.id,
            source_type=t.source_type,
            source_id=t.source_id,
            stage=run.stage,
            reason=run.reason,
            attempts=run.attempts,
            generation=t.generation,
            failed_at=run.updated_at,
            rerun_from=_RERUN_FROM.get(run.stage, "transcribe"),
        )
        for run, t in rows.all()
    ]
