"""MFA errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import Conflict, InvalidInput, PermissionDenied, Unauthenticated


class MfaCodeInvalid(InvalidInput):
    """A code that does not match the authenticator being confirmed (or was already used)."""

    code = "mfa_code_invalid"


class MfaChallengeFailed(Unauthenticated):
    """The second step of a sign-in failed: wrong, reused or expired code, or an unknown,
    used, expired or burned challenge. All answer alike; the password step starts again
    once the challenge is gone."""

    code = "mfa_failed"


class MfaNotStarted(Conflict):
    """Confirming with no enrolment started (or one already confirmed)."""

    code = "mfa_not_started"


class MfaNotEnabled(Conflict):
    code = "mfa_not_enabled"


class MfaRequiredByWorkspace(Conflict):
    """Turning two-step sign-in off while the workspace requires it."""

    code = "mfa_required_by_workspace"


class MfaEnrolFirst(Conflict):
    """Requiring two-step sign-in before turning it on for yourself would hold your own
    session at once."""

    code = "mfa_enrol_first"


class MfaEnrolmentRequired(PermissionDenied):
    """The workspace requires two-step sign-in and this user has not turned it on: every
    route but the profile, the enrolment and sign-out refuses until they do (403: the
    session stays, and the web app takes them to the enrolment)."""

    code = "mfa_enrolment_required"
    audit_denial = False  # a state of the account, not an attempt on something withheld
