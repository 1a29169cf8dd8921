"""Sign-in, sign-out, the current user, password change."""

from __future__ import annotations

from fastapi import APIRouter, Response, status
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from callvault.core.errors import NotFound
from callvault.core.permissions import Permission
from callvault.identity import auth
from callvault.identity.errors import InvalidCredentials, SignInThrottled, WorkspaceClosing
from callvault.identity.mfa import sign_in as second_step
from callvault.identity.mfa.errors import MfaChallengeFailed
from callvault.identity.mfa.schemas import SecondStepIn, SecondStepOut
from callvault.identity.schemas import PasswordChangeIn, SignInIn, SignInOut, UserOut
from callvault.web.access import authenticated, public, rule
from callvault.web.deps import ActorDep, ContainerDep, OriginDep
from callvault.web.openapi_doc import documented

router = APIRouter(tags=["auth"])


# The password step's other answer: two-step sign-in is on, so no session yet (ADR 0042).
SECOND_STEP: dict[int | str, dict[str, object]] = {
    200: {
        "model": SecondStepOut,
        "description": "The password is right and two-step sign-in is on: no session yet. "
        "Send the challenge with a code to the second step.",
    }
}


def second_step_answer(out: SecondStepOut) -> JSONResponse:
    return JSONResponse(
        out.model_dump(mode="json"), status_code=200, headers={"cache-control": "no-store"}
    )


@router.post(
    "/auth/sign-in",
    openapi_extra=public(),
    status_code=status.HTTP_201_CREATED,
    response_model=SignInOut,
    responses={**documented(InvalidCredentials, WorkspaceClosing, SignInThrottled), **SECOND_STEP},
)
def sign_in(body: SignInIn, c: ContainerDep, o: OriginDep) -> SignInOut | Response:
    """201 with a session token; or, for a user with two-step sign-in on, 200 with a
    challenge for `POST /auth/sign-in/second-step`."""
    opened = auth.sign_in(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        workspace=body.workspace,
        email=body.email,
        password=body.password,
        device_name=body.device_name,
        origin=o,
        kind="api",
    )
    return second_step_answer(opened) if isinstance(opened, SecondStepOut) else opened


@router.post(
    "/auth/sign-in/second-step",
    openapi_extra=public(),
    status_code=status.HTTP_201_CREATED,
    responses=documented(MfaChallengeFailed, WorkspaceClosing, SignInThrottled),
)
def sign_in_second_step(body: SecondStepIn, c: ContainerDep, o: OriginDep) -> SignInOut:
    """The challenge of `POST /auth/sign-in` with a code from the authenticator app, or a
    recovery code: the session, as the password alone opens it for others."""
    return second_step.complete(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        challenge=body.challenge,
        code=body.code,
        kind="api",
        origin=o,
    )


@router.post(
    "/auth/sign-out",
    openapi_extra=rule(Permission.SESSIONS_OWN, temporary_password=True, mfa_enrolment=True),
    status_code=status.HTTP_204_NO_CONTENT,
    responses=documented(NotFound),  # an API token has no session to end
)
def sign_out(a: ActorDep, c: ContainerDep) -> None:
    with c.db.write() as s:
        auth.sign_out(s, audit=c.audit, actor=a)


@router.get(
    "/me",
    openapi_extra=authenticated(temporary_password=True, mfa_enrolment=True),
    response_model=UserOut,
)
async def me(a: ActorDep, c: ContainerDep) -> Response:
    # A profile this process has rendered lately costs no thread hand-off (profile_cache.py).
    body = c.profiles.cached(a)
    if body is None:
        body = await run_in_threadpool(c.profiles.load, a)
    return Response(body, media_type="application/json")


@router.put(
    "/me/password",
    # A leaked token must not become the account: device sessions only (ADR 0042).
    openapi_extra=rule(Permission.SESSIONS_OWN, temporary_password=True, session_only=True),
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
