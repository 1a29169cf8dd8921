"""Identity errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import (
    Conflict,
    InvalidInput,
    PermissionDenied,
    Throttled,
    Unauthenticated,
)


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


class InvalidTokenLifetime(InvalidInput):
    """An API token without an expiry, or beyond the longest lifetime (ADR 0041)."""

    code = "invalid_token_lifetime"


class WorkspaceClosing(Unauthenticated):
    """The workspace waits to be closed: only its owners may sign in (to cancel, or export)."""

    code = "workspace_closing"


class ReauthenticationFailed(PermissionDenied):
    """A password re-entered to confirm a grave action was wrong (403: the session stays)."""

    code = "reauthentication_failed"
    audit_denial = False  # audited by the action it guarded (workspace.close_denied)


class SessionRequired(PermissionDenied):
    """A route that changes how people sign in (two-step sign-in, its requirement and
    resets, single sign-on, password resets) answers only a device session, never an API
    token: a leaked integration token must not strip the protections it got past (ADR 0042).
    Declared on the route (web/access.py), so the OpenAPI document lists it. Audited as a
    denial: a token trying it is worth an administrator's look."""

    code = "session_required"


class PasswordChangeRequired(PermissionDenied):
    """Signed in with a password an administrator, the operator or the installer set: every
    route but the profile, the password change and sign-out refuses until the user chooses
    their own (403: the session stays, and the web app takes them to the change)."""

    code = "password_change_required"
    audit_denial = False  # a state of the account, not an attempt on something withheld
