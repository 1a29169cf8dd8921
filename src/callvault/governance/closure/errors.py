"""Closure errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import Conflict


class ClosureAlreadyRequested(Conflict):
    code = "workspace_already_closing"


class ClosureInProgress(Conflict):
    """The waiting period is over and the keys are being destroyed: too late to cancel."""

    code = "closure_in_progress"
