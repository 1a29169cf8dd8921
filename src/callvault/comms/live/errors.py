"""Live-call errors with stable codes (sent to the client as `call.error {code, message}`)."""

from __future__ import annotations

from callvault.core.errors import CallvaultError, Conflict, InvalidInput, NotFound, Throttled


class CalleeNotFound(NotFound):
    """No such user or group in this workspace (another workspace's answers the same)."""

    code = "callee_not_found"


class CallNotFound(NotFound):
    code = "call_not_found"


class CallingSelf(InvalidInput):
    code = "calling_self"


class DeviceBusy(Conflict):
    """This device is already in a call (one call per device at a time)."""

    code = "device_busy"


class TooManyCalls(Throttled):
    code = "rate_limited"


class CallRace(CallvaultError):
    """The call kept changing under us (should not happen: retries are bounded)."""

    code = "call_busy_retry"
    status = 409
