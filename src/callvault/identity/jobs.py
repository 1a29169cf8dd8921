"""Identity's background jobs."""

from __future__ import annotations

from callvault.core.clock import utcnow
from callvault.identity.throttle import ThrottlePolicy, prune
from callvault.jobs.context import JobContext
from callvault.jobs.registry import Handler

PRUNE_FAILURES_JOB = "identity.prune_sign_in_failures"


def prune_failures_handler(policy: ThrottlePolicy) -> Handler:
    """Delete failed password checks older than anything the throttle still counts; a re-run
    finds less to do."""

    def handle(ctx: JobContext) -> None:
        with ctx.db.write() as s:
            prune(s, policy, now=utcnow())

    return handle
