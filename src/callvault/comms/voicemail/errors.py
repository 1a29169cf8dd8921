"""Voicemail errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import Conflict, InvalidInput, NotFound


class VoicemailNotFound(NotFound):
    code = "voicemail_not_found"


class GreetingNotFound(NotFound):
    code = "greeting_not_found"


class MailboxNotFound(NotFound):
    code = "mailbox_not_found"


class InvalidCaller(InvalidInput):
    code = "invalid_caller"


class DeliveryConflict(Conflict):
    """The Idempotency-Key was used for a delivery with other bytes."""

    code = "idempotency_key_reused"


class DeliveryInProgress(Conflict):
    """A delivery with this Idempotency-Key is still arriving (or was cut off recently)."""

    code = "delivery_in_progress"


class GreetingTooLong(InvalidInput):
    code = "greeting_too_long"
