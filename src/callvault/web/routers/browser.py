"""Sign-in and sign-out for the web app: the same credentials check and device session as
`/auth/sign-in`, with the token in an HttpOnly cookie the page cannot read (ADR 0018); and
the socket ticket that lets the page open the WebSocket as that session (ADR 0025)."""

from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import APIRouter, Request, Response, status
from pydantic import BaseModel

from callvault.core.errors import NotFound, Unauthenticated
from callvault.core.permissions import Permission
from callvault.identity import auth
from callvault.identity import service as identity
from callvault.identity.errors import InvalidCredentials, SignInThrottled, WorkspaceClosing
from callvault.identity.mfa import sign_in as second_step
from callvault.identity.mfa.errors import MfaChallengeFailed
from callvault.identity.mfa.schemas import SecondStepIn, SecondStepOut
from callvault.identity.schemas import SignInIn, SignInOut, UserOut
from callvault.identity.socket_tickets import service as socket_tickets
from callvault.identity.socket_tickets.errors import NoSessionToTicket
from callvault.web import browser_session
from callvault.web.access import public, rule
from callvault.web.deps import ActorDep, ContainerDep, OriginDep
from callvault.web.openapi_doc import documented
from callvault.web.routers.auth import SECOND_STEP, second_step_answer
from callvault.web.ws import socket_policy

router = APIRouter(tags=["browser"])


class BrowserSessionOut(BaseModel):
    """The opened session, without its token (that is in the cookie)."""

    session_id: str
    user_id: str
    workspace_id: str
    expires_at: datetime


class SocketTicketOut(BaseModel):
    """A single-use ticket for the WebSocket's first message, `{"type": "auth", "ticket": …}`."""

    ticket: str
    expires_at: datetime


class BrowserMeOut(BaseModel):
    """Who this browser's cookie signs in, or nobody."""

    user: UserOut | None
    ended: str | None = None
    """Why a cookie the browser sent no longer signs in (e.g. `session_expired`), if it did."""


@router.get("/auth/browser/session", openapi_extra=public())
def browser_me(request: Request, response: Response, c: ContainerDep, o: OriginDep) -> BrowserMeOut:
    """The web app asks this on load: unlike `GET /me` it answers 200 when nobody is
    signed in, so a first visit is not an error (and a dead cookie is cleared)."""
    token = browser_session.cookie_token(request)
    if token is None:
        return BrowserMeOut(user=None)
    try:
        acting = c.authenticator.authenticate(token, origin=o)
    except Unauthenticated as e:
        browser_session.clear_cookie(response)
        return BrowserMeOut(user=None, ended=e.code)
    with c.db.read() as s:
        return BrowserMeOut(user=identity.get_me(s, keyring=c.keyring, actor=acting))


@router.post(
    "/auth/browser/sign-in",
    openapi_extra=public(),
    status_code=status.HTTP_201_CREATED,
    response_model=BrowserSessionOut,
    responses={
        **documented(
            InvalidCredentials, WorkspaceClosing, SignInThrottled, browser_session.CsrfRejected
        ),
        **SECOND_STEP,
    },
)
def browser_sign_in(
    body: SignInIn, request: Request, response: Response, c: ContainerDep, o: OriginDep
) -> BrowserSessionOut | Response:
    """201 with the session in a cookie; or, for a user with two-step sign-in on, 200 with a
    challenge for `POST /auth/browser/sign-in/second-step` (no cookie yet)."""
    # Login CSRF: another site must not sign this browser in to an account of its choosing.
    browser_session.check_csrf(request)
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
        kind="browser",
    )
    if isinstance(opened, SecondStepOut):
        return second_step_answer(opened)
    return _with_cookie(response, opened)


@router.post(
    "/auth/browser/sign-in/second-step",
    openapi_extra=public(),
    status_code=status.HTTP_201_CREATED,
    responses=documented(
        MfaChallengeFailed, WorkspaceClosing, SignInThrottled, browser_session.CsrfRejected
    ),
)
def browser_sign_in_second_step(
    body: SecondStepIn, request: Request, response: Response, c: ContainerDep, o: OriginDep
) -> BrowserSessionOut:
    """The challenge of the browser's sign-in with a code (or a recovery code): the session
    cookie, as the password alone sets it for others."""
    browser_session.check_csrf(request)
    opened = second_step.complete(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        challenge=body.challenge,
        code=body.code,
        kind="browser",
        origin=o,
    )
    return _with_cookie(response, opened)


def _with_cookie(response: Response, opened: SignInOut) -> BrowserSessionOut:
    browser_session.set_cookie(response, opened.token, opened.expires_at)
    return BrowserSessionOut(
        session_id=opened.session_id,
        user_id=opened.user_id,
        workspace_id=opened.workspace_id,
        expires_at=opened.expires_at,
    )


@router.post(
    "/auth/browser/sign-out",
    openapi_extra=rule(Permission.SESSIONS_OWN, temporary_password=True, mfa_enrolment=True),
    status_code=status.HTTP_204_NO_CONTENT,
    responses=documented(NotFound, browser_session.CsrfRejected),
)
def browser_sign_out(a: ActorDep, c: ContainerDep, response: Response) -> None:
    with c.db.write() as s:
        auth.sign_out(s, audit=c.audit, actor=a)
    browser_session.clear_cookie(response)


@router.post(
    "/auth/browser/ws-ticket",
    openapi_extra=rule(Permission.SESSIONS_OWN),
    status_code=status.HTTP_201_CREATED,
    responses=documented(NoSessionToTicket, browser_session.CsrfRejected),
)
def browser_socket_ticket(
    a: ActorDep, c: ContainerDep, request: Request, response: Response
) -> SocketTicketOut:
    """A ticket that opens `/api/v1/ws` as this session: single use, valid for seconds (30 at
    most), bound to the session (it dies with it). The page cannot read its cookie, so it
    asks for one before each connection; a bearer client sends its token instead."""
    lifetime = timedelta(seconds=socket_policy(request.app).ticket_seconds)
    issued = socket_tickets.issue_ticket(c.db, actor=a, lifetime=lifetime)
    response.headers["cache-control"] = "no-store"
    return SocketTicketOut(ticket=issued.ticket, expires_at=issued.expires_at)
