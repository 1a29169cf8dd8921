"""Job-queue use cases for a workspace's admins. The queue itself (callvault.jobs) is shared
by every workspace; everything here is filtered by the actor's workspace, and another
workspace's job answers 404 as if it did not exist."""

from __future__ import annotations

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.context import Actor
from callvault.core.errors import Conflict, NotFound
from callvault.core.permissions import Permission, require
from callvault.governance.jobs.errors import JobNotDead
from callvault.governance.jobs.schemas import JobOut, JobState, JobStatsOut
from callvault.jobs import queue


def job_stats(session: Session, *, actor: Actor) -> JobStatsOut:
    require(actor.role, actor.scopes, Permission.JOBS_READ)
    st = queue.queue_stats(session, workspace_id=actor.workspace_id)
    waited = st.oldest_queued_age.total_seconds() if st.oldest_queued_age is not None else None
    return JobStatsOut(counts=st.counts, oldest_queued_seconds=waited)


def list_jobs(
    session: Session, *, actor: Actor, status: JobState | None, kind: str | None, limit: int
) -> list[JobOut]:
    """The workspace's jobs, newest first; dead ones most recently dead first."""
    require(actor.role, actor.scopes, Permission.JOBS_READ)
    if status == "dead":
        jobs = queue.list_dead(session, kind=kind, workspace_id=actor.workspace_id, limit=limit)
    else:
        jobs = queue.list_jobs(
            session, status=status, kind=kind, workspace_id=actor.workspace_id, limit=limit
        )
    return [JobOut.of(j) for j in jobs]


def requeue_job(session: Session, *, audit: AuditLog, actor: Actor, job_id: str) -> JobOut:
    """Give a dead job of the workspace a fresh set of attempts, due now (409 otherwise)."""
    require(actor.role, actor.scopes, Permission.JOBS_MANAGE)
    job = queue.get_job(session, job_id)
    if job is None or job.workspace_id != actor.workspace_id:
        raise NotFound("No such job.", job_id=job_id)
    try:
        queue.requeue_dead(session, job_id)
    except Conflict as exc:  # it ran, finished or was requeued meanwhile
        raise JobNotDead(
            f"Only a dead job can be requeued; this one is {job.status.value}.", job_id=job_id
        ) from exc
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="job.requeue",
        object_type="job",
        object_id=job_id,
        details={"kind": job.kind, "attempts": job.attempts},
    )
    requeued = queue.get_job(session, job_id)
    if requeued is None:  # purged in between: it is gone either way
        raise NotFound("No such job.", job_id=job_id)
    return JobOut.of(requeued)
