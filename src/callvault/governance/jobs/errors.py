"""Job-queue errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import Conflict


class JobNotDead(Conflict):
    """Only a dead job (out of attempts, or cancelled) is put back on the queue."""

    code = "job_not_dead"
