"""Request dependencies: the process container, the request origin, the acting user, what
issuing an invitation link needs."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from callvault.core.context import Actor, Origin
from callvault.core.errors import Unauthenticated
from callvault.identity.errors import PasswordChangeRequired, SessionRequired
from callvault.identity.invitations.service import LinkContext
from callvault.identity.mfa.errors import MfaEnrolmentRequired
from callvault.web import browser_session
from callvault.web.access import (
    open_before_mfa_enrolment,
    open_to_temporary_password,
    session_only,
)
from callvault.wiring import Container


async def container(request: Request) -> Container:  # async: no I/O, no thread hand-off
    c: Container = request.app.state.container
    return c


def _origin(request: Request) -> Origin:
    # The direct peer: callvault terminates TLS itself; behind a proxy, configure the proxy
    # to pass the address and extend this with a trusted-proxy list.
    ip = request.client.host if request.client else None
    agent = request.headers.get("user-agent")
    return Origin(ip=ip, user_agent=agent[:512] if agent else None)


async def origin(request: Request) -> Origin:
    return _origin(request)


async def actor(request: Request) -> Actor:
    # async: a token this process has resolved lately costs no thread hand-off; only a
    # cache miss reads the database, in the thread pool. No sub-dependencies: FastAPI's
    # cost per dependency is paid on every authenticated request.
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        token = token.strip()
    elif header == "" and (cookie := browser_session.cookie_token(request)) is not None:
        browser_session.check_csrf(request)  # a cookie rides along on forged requests too
        token = cookie
    else:
        raise Unauthenticated("Send 'Authorization: Bearer <token>'.")
    c: Container = request.app.state.container
    o = _origin(request)
    acting = c.authenticator.cached(token, origin=o)
    if acting is None:
        acting = await run_in_threadpool(c.authenticator.authenticate, token, origin=o)
    request.state.actor = acting  # who a denial (403) is recorded against (web/errors.py)
    if acting.token_id is not None and session_only(_declared(request)):
        raise SessionRequired(
            "This changes how people sign in: sign in with a password for it; API tokens "
            "cannot, whatever their scopes."
        )
    # One hold at a time: the password first (its change is not open to the MFA hold), then
    # two-step sign-in (whose enrolment asks for the password the user chose).
    if acting.password_temporary:
        if not open_to_temporary_password(_declared(request)):
            raise PasswordChangeRequired(
                "Your password was set by someone else: choose your own "
                "(PUT /api/v1/me/password) before anything else."
            )
    elif acting.mfa_enrolment_required and not open_before_mfa_enrolment(_declared(request)):
        raise MfaEnrolmentRequired(
            "Your workspace requires two-step sign-in: turn it on "
            "(POST /api/v1/me/mfa/enrolment) before anything else."
        )
    return acting


def _declared(request: Request) -> dict[str, object] | None:
    # The matched route's own declaration (web/access.py), so the OpenAPI schema and this
    # check cannot disagree. The WebSocket checks its session itself (web/ws.py).
    route = request.scope.get("route")
    return getattr(route, "openapi_extra", None)


def links(request: Request, c: Annotated[Container, Depends(container)]) -> LinkContext:
    return LinkContext(
        keyring=c.keyring,
        audit=c.audit,
        policy=c.invitations,
        request_url=str(request.base_url),
    )


ContainerDep = Annotated[Container, Depends(container)]
OriginDep = Annotated[Origin, Depends(origin)]
ActorDep = Annotated[Actor, Depends(actor)]
LinksDep = Annotated[LinkContext, Depends(links)]
