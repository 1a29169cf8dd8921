"""Call-record errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import CallvaultError, Conflict, InvalidInput, NotFound


class CallNotFound(NotFound):
    code = "call_not_found"


class InvalidPhoneNumber(InvalidInput):
    code = "invalid_phone_number"


class UnknownParty(InvalidInput):
    """A party names a user that is not in the workspace (or a malformed id)."""

    code = "unknown_party"


class InvalidFilter(InvalidInput):
    code = "invalid_filter"


class EventConflict(Conflict):
    """The same (external call id, event type) was already accepted with a different body."""

    code = "call_event_conflict"


class InvalidTransition(Conflict):
    """The event contradicts what the call's other events already established."""

    code = "invalid_call_transition"


class CallDeleted(CallvaultError):
    """An event for a call that was deleted: refused so the record does not come back."""

    code = "call_deleted"
    status = 410
