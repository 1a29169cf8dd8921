"""Voicemail errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import InvalidInput, NotFound


class VoicemailNotFound(NotFound):
    code = "voicemail_not_found"


class GreetingNotFound(NotFound):
    code = "greeting_not_found"


class MailboxNotFound(NotFound):
    code = "mailbox_not_found"


class InvalidCaller(InvalidInput):
    code = "invalid_caller"
