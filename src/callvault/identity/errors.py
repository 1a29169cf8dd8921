"""Identity errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import Conflict, InvalidInput, Throttled, Unauthenticated


class InvalidCredentials(Unauthenticated):
    code = "invalid_credentials"


class SessionExpired(Unauthenticated):
    code = "session_expired"


class SignInThrottled(Throttled):
    code = "sign_in_throttled"


class EmailTaken(Conflict):
    code = "email_taken"


class SlugTaken(Conflict):
    code = "workspace_slug_taken"


class LastOwner(Conflict):
    code = "last_owner"


class InvalidEmail(InvalidInput):
    code = "invalid_email"


class InvalidScope(InvalidInput):
    code = "invalid_scope"
