"""Alert errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import Conflict


class AlertAlreadyAcknowledged(Conflict):
    """Someone acknowledged it first: nothing changed (the alert says who and when)."""

    code = "alert_already_acknowledged"
