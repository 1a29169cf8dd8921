"""Sign-in, sign-out, the current user, password change."""

from __future__ import annotations

from fastapi import APIRouter, status

from callvault.core.errors import NotFound
from callvault.core.permissions import Permission
from callvault.identity import auth
from callvault.identity import service as identity
from callvault.identity.errors import InvalidCredentials, SignInThrottled, WorkspaceClosing
from callvault.identity.schemas import PasswordChangeIn, SignInIn, SignInOut, UserOut
from callvault.web.access import authenticated, public, rule
from callvault.web.deps import ActorDep, ContainerDep, OriginDep
from callvault.web.openapi_doc import documented

router = APIRouter(tags=["auth"])


@router.post(
    "/auth/sign-in",
    openapi_extra=public(),
    status_code=status.HTTP_201_CREATED,
    responses=documented(InvalidCredentials, WorkspaceClosing, SignInThrottled),
)
def sign_in(body: SignInIn, c: ContainerDep, o: OriginDep) -> SignInOut:
    return auth.sign_in(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        workspace=body.workspace,
        email=body.email,
        password=body.password,
        device_name=body.device_name,
        origin=o,
    )


@router.post(
    "/auth/sign-out",
    openapi_extra=rule(Permission.SESSIONS_OWN),
    status_code=status.HTTP_204_NO_CONTENT,
    responses=documented(NotFound),  # an API token has no session to end
)
def sign_out(a: ActorDep, c: ContainerDep) -> None:
    with c.db.write() as s:
        auth.sign_out(s, audit=c.audit, actor=a)


@router.get("/me", openapi_extra=authenticated())
def me(a: ActorDep, c: ContainerDep) -> UserOut:
    with c.db.read() as s:
        return identity.get_me(s, keyring=c.keyring, actor=a)


@router.put(
    "/me/password",
    openapi_extra=rule(Permission.SESSIONS_OWN),
    status_code=status.HTTP_204_NO_CONTENT,
    responses=documented(InvalidCredentials, NotFound),
)
def change_password(body: PasswordChangeIn, a: ActorDep, c: ContainerDep) -> None:
    auth.change_password(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        actor=a,
        current=body.current_password,
        new=body.new_password,
    )
