"""Two-step sign-in (ADR 0042): your own (status, enrolment, turning it off, new recovery
codes), the workspace's requirement, an admin's reset of a member's."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from callvault.core.errors import Unauthenticated
from callvault.core.permissions import Permission
from callvault.identity.errors import ReauthenticationFailed, SignInThrottled
from callvault.identity.mfa import administration
from callvault.identity.mfa import service as mfa
from callvault.identity.mfa.errors import (
    MfaCodeInvalid,
    MfaEnrolFirst,
    MfaNotEnabled,
    MfaNotStarted,
    MfaRequiredByWorkspace,
)
from callvault.identity.mfa.schemas import (
    MfaCodeIn,
    MfaEnrolmentOut,
    MfaPolicyIn,
    MfaPolicyOut,
    MfaResetIn,
    MfaStartIn,
    MfaStatusOut,
    PasswordIn,
    RecoveryCodesOut,
)
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import documented

router = APIRouter(tags=["mfa"])
# Every route here changes how someone signs in: device sessions only, never API tokens
# (403 session_required, declared with the rule); a wrong password is a 403 too.
_REAUTH = (Unauthenticated, ReauthenticationFailed, SignInThrottled)


@router.get(
    "/me/mfa", openapi_extra=rule(Permission.SESSIONS_OWN, mfa_enrolment=True, session_only=True)
)
def mfa_status(a: ActorDep, c: ContainerDep) -> MfaStatusOut:
    return mfa.status(c.db, actor=a)


@router.post(
    "/me/mfa/enrolment",
    openapi_extra=rule(Permission.SESSIONS_OWN, mfa_enrolment=True, session_only=True),
    status_code=status.HTTP_201_CREATED,
    responses=documented(*_REAUTH, MfaCodeInvalid),
)
def start_enrolment(
    body: MfaStartIn, a: ActorDep, c: ContainerDep, response: Response
) -> MfaEnrolmentOut:
    """A new authenticator secret (pending until confirmed): scan `otpauth_uri` as a QR
    code or type `secret`, then confirm with a code. Starting again replaces it."""
    response.headers["cache-control"] = "no-store"
    return mfa.start(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        actor=a,
        password=body.password,
        code=body.code,
    )


@router.post(
    "/me/mfa/enrolment/confirm",
    openapi_extra=rule(Permission.SESSIONS_OWN, mfa_enrolment=True, session_only=True),
    responses=documented(Unauthenticated, SignInThrottled, MfaNotStarted, MfaCodeInvalid),
)
def confirm_enrolment(
    body: MfaCodeIn, a: ActorDep, c: ContainerDep, response: Response
) -> RecoveryCodesOut:
    """Turn two-step sign-in on with a code from the new secret; the answer carries the ten
    recovery codes, shown this once. Your other sessions end."""
    response.headers["cache-control"] = "no-store"
    return mfa.confirm(
        c.db, keyring=c.keyring, audit=c.audit, policy=c.auth_policy, actor=a, code=body.code
    )


@router.post(
    "/me/mfa/disable",
    openapi_extra=rule(Permission.SESSIONS_OWN, session_only=True),
    status_code=status.HTTP_204_NO_CONTENT,
    responses=documented(*_REAUTH, MfaRequiredByWorkspace),
)
def disable(body: PasswordIn, a: ActorDep, c: ContainerDep) -> None:
    mfa.disable(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        actor=a,
        password=body.password,
    )


@router.post(
    "/me/mfa/recovery-codes",
    openapi_extra=rule(Permission.SESSIONS_OWN, session_only=True),
    responses=documented(*_REAUTH, MfaNotEnabled),
)
def regenerate_codes(
    body: PasswordIn, a: ActorDep, c: ContainerDep, response: Response
) -> RecoveryCodesOut:
    """Ten new recovery codes (the old ones stop working), shown this once."""
    response.headers["cache-control"] = "no-store"
    return mfa.regenerate_codes(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        actor=a,
        password=body.password,
    )


@router.put(
    "/workspace/mfa-policy",
    openapi_extra=rule(Permission.WORKSPACE_UPDATE, session_only=True),
    responses=documented(MfaEnrolFirst, *_REAUTH),
)
def set_policy(body: MfaPolicyIn, a: ActorDep, c: ContainerDep) -> MfaPolicyOut:
    """Require two-step sign-in of every member (their sessions are held until they turn it
    on), or stop requiring it (with your password)."""
    return administration.set_policy(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        actor=a,
        required=body.required,
        password=body.password,
    )


@router.post(
    "/users/{user_id}/mfa-reset",
    openapi_extra=rule(Permission.USERS_MANAGE, session_only=True),
    status_code=status.HTTP_204_NO_CONTENT,
    responses=documented(*_REAUTH),
)
def reset(user_id: str, body: MfaResetIn, a: ActorDep, c: ContainerDep) -> None:
    """Turn a member's two-step sign-in off (a lost phone and lost codes) and sign them out
    everywhere, confirmed with your password. Owners and admins are reset only by owners."""
    administration.reset_by_admin(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        actor=a,
        user_id=user_id,
        password=body.password,
    )
