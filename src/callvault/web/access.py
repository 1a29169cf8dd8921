"""Every route declares its access rule; the access-matrix test reads these declarations
from the app and fails when a route has none."""

from __future__ import annotations

from typing import Any

from callvault.core.permissions import Permission

ACCESS_KEY = "x-callvault-access"
PUBLIC = "public"
AUTHENTICATED = "authenticated"
# Routes a session with a temporary password may use (its profile, the change, sign-out);
# every other authenticated route answers 403 password_change_required (web/deps.py).
OPEN_BEFORE_CHANGE_KEY = "x-callvault-open-before-password-change"
# Routes a session held until its user turns on two-step sign-in may use (the profile, the
# enrolment, sign-out); every other one answers 403 mfa_enrolment_required (ADR 0042).
OPEN_BEFORE_MFA_KEY = "x-callvault-open-before-mfa-enrolment"
# Routes that change how people sign in answer device sessions only, never API tokens
# (403 session_required, web/deps.py; ADR 0042): a leaked token must not weaken sign-in.
SESSION_ONLY_KEY = "x-callvault-session-only"


def rule(
    permission: Permission,
    *,
    temporary_password: bool = False,
    mfa_enrolment: bool = False,
    session_only: bool = False,
) -> dict[str, Any]:
    """openapi_extra for a route guarded by one permission (checked in the service).
    temporary_password: also open to a session whose password someone else set;
    mfa_enrolment: also open to a session held until two-step sign-in is turned on;
    session_only: refused to API tokens whatever their scopes (it changes sign-in)."""
    return {
        ACCESS_KEY: permission.value,
        **_temporary(temporary_password),
        **_before_mfa(mfa_enrolment),
        **_session_only(session_only),
    }


def public() -> dict[str, Any]:
    return {ACCESS_KEY: PUBLIC}


def authenticated(
    *, temporary_password: bool = False, mfa_enrolment: bool = False
) -> dict[str, Any]:
    """Any signed-in user, whatever the role (e.g. reading your own profile)."""
    return {
        ACCESS_KEY: AUTHENTICATED,
        **_temporary(temporary_password),
        **_before_mfa(mfa_enrolment),
    }


def _before_mfa(allowed: bool) -> dict[str, Any]:
    return {OPEN_BEFORE_MFA_KEY: True} if allowed else {}


def open_before_mfa_enrolment(openapi_extra: dict[str, Any] | None) -> bool:
    return bool(openapi_extra and openapi_extra.get(OPEN_BEFORE_MFA_KEY))


def _session_only(only: bool) -> dict[str, Any]:
    return {SESSION_ONLY_KEY: True} if only else {}


def session_only(openapi_extra: dict[str, Any] | None) -> bool:
    return bool(openapi_extra and openapi_extra.get(SESSION_ONLY_KEY))


def _temporary(allowed: bool) -> dict[str, Any]:
    return {OPEN_BEFORE_CHANGE_KEY: True} if allowed else {}


def open_to_temporary_password(openapi_extra: dict[str, Any] | None) -> bool:
    return bool(openapi_extra and openapi_extra.get(OPEN_BEFORE_CHANGE_KEY))
