"""Small builders shared by the job queue tests."""

from __future__ import annotations

from collections.abc import Callable

from callvault.db.engine import Database
from callvault.jobs import HandlerRegistry, JobContext, JobView, enqueue, get_job


def add_job(db: Database, kind: str = "test.work", **kwargs: object) -> str:
    args: dict[str, object] = {"kind": kind, "payload": {}}
    args.update(kwargs)
    with db.write() as session:
        return enqueue(session, **args)  # type: ignore[arg-type]


def job_view(db: Database, job_id: str) -> JobView:
    with db.read() as session:
        job = get_job(session, job_id)
    assert job is not None
    return job


def registry_for(
    kind: str, handler: Callable[[JobContext], None], **kwargs: float
) -> HandlerRegistry:
    handlers = HandlerRegistry()
    handlers.register(kind, handler, **kwargs)
    return handlers


def noop(ctx: JobContext) -> None:
    return None
