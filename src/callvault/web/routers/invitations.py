"""Invitation and password-reset links: admins issue them, whoever holds one sets a password."""

from __future__ import annotations

from fastapi import APIRouter, status

from callvault.core.permissions import Permission
from callvault.identity.errors import ReauthenticationFailed, SignInThrottled
from callvault.identity.invitations import service as invitations
from callvault.identity.invitations.accept import accept_invitation
from callvault.identity.invitations.check import check_invitation
from callvault.identity.invitations.errors import (
    InvitationExpired,
    InvitationInvalid,
    UserNotInvitable,
)
from callvault.identity.invitations.schemas import (
    InvitationAcceptIn,
    InvitationCheckIn,
    InvitationCheckOut,
    InvitationOut,
    PasswordResetIn,
)
from callvault.web.access import public, rule
from callvault.web.deps import ActorDep, ContainerDep, LinksDep, OriginDep
from callvault.web.openapi_doc import documented

router = APIRouter(tags=["invitations"])


@router.post(
    "/users/{user_id}/invitation",
    # As the password reset below: whoever holds the link sets the password (ADR 0042).
    openapi_extra=rule(Permission.USERS_MANAGE, session_only=True),
    status_code=201,
    responses=documented(UserNotInvitable),
)
def resend_invitation(user_id: str, a: ActorDep, c: ContainerDep, links: LinksDep) -> InvitationOut:
    with c.db.write() as s:
        return invitations.resend_invitation(s, links=links, actor=a, user_id=user_id)


@router.post(
    "/users/{user_id}/password-reset",
    # The link sets the member's password: whoever holds it signs in as them. Never an API
    # token, and the admin's own password again (ADR 0042): neither a leaked token nor a
    # hijacked session alone may be a way into every account.
    openapi_extra=rule(Permission.USERS_MANAGE, session_only=True),
    status_code=201,
    responses=documented(UserNotInvitable, ReauthenticationFailed, SignInThrottled),
)
def reset_password(
    user_id: str, body: PasswordResetIn, a: ActorDep, c: ContainerDep, links: LinksDep
) -> InvitationOut:
    """A password-reset link for a member (their sessions end now), confirmed with your
    password. Owners and admins are reset only by owners."""
    return invitations.reset_password_confirmed(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        links=links,
        actor=a,
        user_id=user_id,
        password=body.password,
    )


@router.post(
    "/invitations/accept",
    openapi_extra=public(),
    status_code=status.HTTP_204_NO_CONTENT,
    responses=documented(InvitationInvalid, InvitationExpired),
)
def accept(body: InvitationAcceptIn, c: ContainerDep, o: OriginDep) -> None:
    accept_invitation(
        c.db, keyring=c.keyring, audit=c.audit, token=body.token, password=body.password, origin=o
    )


@router.post(
    "/invitations/check",
    openapi_extra=public(),
    responses=documented(InvitationInvalid, InvitationExpired),
)
def check(body: InvitationCheckIn, c: ContainerDep, o: OriginDep) -> InvitationCheckOut:
    """What a link is for, without using it: the set-password page asks on load. The token
    goes in the body, never in the URL, so that no access log holds it."""
    return check_invitation(c.db, keyring=c.keyring, audit=c.audit, token=body.token, origin=o)
