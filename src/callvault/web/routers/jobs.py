"""The workspace's background work (admins): the job queue's state, dead letters and requeue;
voice-intelligence pipeline failures (retried through the source's `intelligence/rerun`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from callvault.core.permissions import Permission
from callvault.governance.jobs import service as jobs
from callvault.governance.jobs.errors import JobNotDead
from callvault.governance.jobs.schemas import JobOut, JobState, JobStatsOut
from callvault.intelligence import failures
from callvault.intelligence.failures import PipelineFailureOut
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import documented

router = APIRouter(tags=["jobs"])


@router.get("/jobs/stats", openapi_extra=rule(Permission.JOBS_READ))
def job_stats(a: ActorDep, c: ContainerDep) -> JobStatsOut:
    with c.db.read() as s:
        return jobs.job_stats(s, actor=a)


@router.get("/jobs", openapi_extra=rule(Permission.JOBS_READ))
def list_jobs(
    a: ActorDep,
    c: ContainerDep,
    state: Annotated[
        JobState | None,
        Query(alias="status", description="Only jobs in this state; default: every state."),
    ] = None,
    kind: Annotated[
        str | None,
        Query(max_length=100, description="Only jobs of this kind, e.g. `vi.transcribe`."),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500, description="At most this many jobs.")] = 100,
) -> list[JobOut]:
    """Newest first; dead jobs (`status=dead`, the dead-letter list) most recently dead first."""
    with c.db.read() as s:
        return jobs.list_jobs(s, actor=a, status=state, kind=kind, limit=limit)


@router.post(
    "/jobs/{job_id}/requeue",
    openapi_extra=rule(Permission.JOBS_MANAGE),
    responses=documented(JobNotDead),
)
def requeue_job(job_id: str, a: ActorDep, c: ContainerDep) -> JobOut:
    """Put a dead job back on the queue with a fresh set of attempts (409 if it is not dead)."""
    with c.db.write() as s:
        return jobs.requeue_job(s, audit=c.audit, actor=a, job_id=job_id)


@router.get(
    "/intelligence/failures",
    openapi_extra=rule(Permission.INTELLIGENCE_MANAGE),
    tags=["intelligence"],
)
def pipeline_failures(
    a: ActorDep,
    c: ContainerDep,
    limit: Annotated[int, Query(ge=1, le=500, description="At most this many failures.")] = 100,
) -> list[PipelineFailureOut]:
    """Failed voice-intelligence stages of the workspace's calls and voicemail, most recent
    first; `rerun_from` is the `from_stage` its `intelligence/rerun` route retries with."""
    with c.db.read() as s:
        return failures.list_failures(s, actor=a, limit=limit)
