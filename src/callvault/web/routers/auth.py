"""Sign-in, sign-out, the current user, password change."""

from __future__ import annotations

from fastapi import APIRouter, Response, status
from starlette.concurrency import run_in_threadpool

from callvault.core.errors import NotFound
from callvault.core.permissions import Permission
from callvault.identity import auth
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
    openapi_extra=rule(Permission.SESSIONS_OWN, temporary_password=True),
    status_code=status.HTTP_204_NO_CONTENT,
    responses=documented(NotFound),  # an API token has no session to end
)
def sign_out(a: ActorDep, c: ContainerDep) -> None:
    with c.db.write() as s:
        auth.sign_out(s, audit=c.audit, actor=a)


@router.get("/me", openapi_extra=authenticated(temporary_password=True), response_model=UserOut)
async def me(a: ActorDep, c: ContainerDep) -> Response:
    # A profile this process has rendered lately costs no thread hand-off (profile_cache.py).
    body = c.profiles.cached(a)
    if body is None:
        body = await run_in_threadpool(c.profiles.load, a)
    return Response(body, media_type="application/json")


@router.put(
    "/me/password",
    openapi_extra=rule(Permission.SESSIONS_OWN, temporary_password=True),
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
