"""Operator commands for the job queue: stats, listing (the dead-letter list), requeue."""

from __future__ import annotations

from typing import Annotated

import typer

from callvault.cli.errors import fail
from callvault.cli.installation import open_installation
from callvault.core.errors import CallvaultError
from callvault.jobs import queue

jobs_app = typer.Typer(help="Background jobs and the dead-letter list.", no_args_is_help=True)


@jobs_app.command("stats")
def stats() -> None:
    """Jobs per status and how long the oldest due job has waited."""
    with open_installation() as c, c.db.read() as s:
        st = queue.queue_stats(s)
    for status, count in sorted(st.counts.items()):
        typer.echo(f"{status:<8} {count}")
    waited = st.oldest_queued_age.total_seconds() if st.oldest_queued_age else 0.0
    typer.echo(f"oldest queued job waited {waited:.0f} s")


@jobs_app.command("list")
def list_jobs(
    status: Annotated[str | None, typer.Option(help="queued, running, done or dead")] = "dead",
    kind: Annotated[str | None, typer.Option()] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 50,
) -> None:
    """List jobs (by default the dead-letter list), newest first, with their last error."""
    with open_installation() as c, c.db.read() as s:
        jobs = queue.list_jobs(s, status=status, kind=kind, limit=limit)
    for j in jobs:
        error = (j.last_error or "").splitlines()[0][:100] if j.last_error else ""
        typer.echo(
            f"{j.id}  {j.status:<7} {j.kind:<24} attempts {j.attempts}/{j.max_attempts}  {error}"
        )


@jobs_app.command("requeue")
def requeue(job_id: str) -> None:
    """Put a dead job back on the queue for a fresh set of attempts."""
    try:
        with open_installation() as c, c.db.write() as s:
            queue.requeue_dead(s, job_id)
    except CallvaultError as exc:
        raise fail(exc) from exc
    typer.echo(f"requeued {job_id}")
