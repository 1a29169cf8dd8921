"""Single sign-on with OpenID Connect (ADR 0043): the owner's configuration, the public
"does this workspace offer it" question, and the browser's round trip through the provider.

The round trip is two top-level GET navigations, so its answers are redirects, never JSON:
success lands in the app with the session cookie set exactly as a password sets it; every
refusal lands on the sign-in page as `?sso_error=<reason>` (a code the page has words for).
The start sets a short-lived `__Host-` cookie binding the state to this browser; SameSite=Lax
so that the provider's redirect back (a cross-site top-level GET) carries it."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Path, Query, Request, Response, status
from fastapi.responses import RedirectResponse

from callvault.core.clock import utcnow
from callvault.core.permissions import Permission
from callvault.identity.mfa.schemas import SecondStepOut
from callvault.identity.sso import administration
from callvault.identity.sso import service as sso
from callvault.identity.sso.errors import (
    SsoConfigInvalid,
    SsoNotConfigured,
    SsoProviderUnreachable,
    SsoSignInFailed,
)
from callvault.identity.sso.schemas import (
    SsoConfigIn,
    SsoConfigOut,
    SsoPublicOut,
    SsoTestIn,
    SsoTestOut,
)
from callvault.web import browser_session
from callvault.web.access import public, rule
from callvault.web.deps import ActorDep, ContainerDep, OriginDep
from callvault.web.openapi_doc import documented

router = APIRouter(tags=["sso"])

BINDING_COOKIE = "__Host-callvault_sso"
CALLBACK_PATH = "/api/v1/auth/sso/callback"
_REDIRECT: dict[int | str, dict[str, Any]] = {
    303: {"description": "To the provider, the app, or the sign-in page."}
}


Slug = Annotated[str, Path(max_length=63, description="The workspace's short name (slug).")]
_IGNORED = "Sent by some providers; not used."


def redirect_uri(request: Request, c: ContainerDep) -> str:
    # The configured public address when there is one: the Host header is the client's word.
    base = c.settings.public_url or browser_session.own_origin(request)
    return base.rstrip("/") + CALLBACK_PATH


@router.get("/workspace/sso", openapi_extra=rule(Permission.SSO_READ))
def read_config(request: Request, a: ActorDep, c: ContainerDep) -> SsoConfigOut:
    """The workspace's provider, without its client secret (only whether one is set)."""
    with c.db.read() as s:
        return administration.read(s, actor=a, redirect_uri=redirect_uri(request, c))


@router.put(
    "/workspace/sso",
    # Who the provider is decides who signs in as whom: never an API token (ADR 0042).
    openapi_extra=rule(Permission.SSO_MANAGE, session_only=True),
    responses=documented(SsoConfigInvalid),
)
def write_config(body: SsoConfigIn, request: Request, a: ActorDep, c: ContainerDep) -> SsoConfigOut:
    """Set the provider (owners). The secret is sealed and never returned; omit it to keep
    the stored one. A new issuer unlinks every user from the former provider's subjects."""
    with c.db.write() as s:
        return administration.write(
            s,
            cipher=c.keyring.cipher(s, a.workspace_id),
            audit=c.audit,
            actor=a,
            body=body,
            policy=c.sso.policy,
            redirect_uri=redirect_uri(request, c),
        )


@router.post(
    "/workspace/sso/test",
    openapi_extra=rule(Permission.SSO_MANAGE),
    responses=documented(SsoConfigInvalid, SsoNotConfigured, SsoProviderUnreachable),
)
def test_config(body: SsoTestIn, a: ActorDep, c: ContainerDep) -> SsoTestOut:
    """Fetch the provider's discovery document and keys and say what they hold."""
    with c.db.read() as s:
        return administration.test(s, client=c.sso, actor=a, issuer=body.issuer)


@router.get("/auth/sso/{workspace}/options", openapi_extra=public())
def public_info(workspace: Slug, c: ContainerDep) -> SsoPublicOut:
    """Whether the workspace offers single sign-on, and the button's label: the same answer
    for a workspace without it as for no workspace at all."""
    with c.db.read() as s:
        return administration.public_info(s, workspace)


@router.get(
    "/auth/sso/{workspace}/start",
    openapi_extra=public(),
    status_code=status.HTTP_303_SEE_OTHER,
    response_class=RedirectResponse,
    responses=_REDIRECT,
)
def start(workspace: Slug, request: Request, c: ContainerDep) -> Response:
    """Send the browser to the workspace's provider (authorization code with PKCE)."""
    try:
        started = sso.start(
            c.db,
            keyring=c.keyring,
            client=c.sso,
            slug=workspace,
            redirect_uri=redirect_uri(request, c),
        )
    except SsoSignInFailed as e:
        return _to_sign_in(e.reason)
    response = _redirect(started.authorize_url)
    max_age = max(1, int((started.expires_at - utcnow()).total_seconds()))
    response.set_cookie(
        BINDING_COOKIE,
        started.binding,
        max_age=max_age,
        path="/",
        secure=True,
        httponly=True,
        samesite="lax",
    )
    return response


@router.get(
    "/auth/sso/callback",
    openapi_extra=public(),
    status_code=status.HTTP_303_SEE_OTHER,
    response_class=RedirectResponse,
    responses=_REDIRECT,
)
def callback(
    request: Request,
    c: ContainerDep,
    o: OriginDep,
    state: Annotated[str | None, Query(description="The state sent to the provider.")] = None,
    code: Annotated[str | None, Query(description="The authorization code.")] = None,
    error: Annotated[
        str | None, Query(description="The provider's refusal (e.g. `access_denied`).")
    ] = None,
    error_description: Annotated[str | None, Query(description=_IGNORED)] = None,
    error_uri: Annotated[str | None, Query(description=_IGNORED)] = None,
    iss: Annotated[str | None, Query(description=_IGNORED)] = None,
    session_state: Annotated[str | None, Query(description=_IGNORED)] = None,
) -> Response:
    """The provider's redirect back: a session cookie and the app, or the sign-in page with
    the reason. error_description, error_uri, iss and session_state are accepted (providers
    send them) and not used: the discovery's issuer is checked in the ID token."""
    del error_description, error_uri, iss, session_state
    try:
        opened = sso.complete(
            c.db,
            keyring=c.keyring,
            audit=c.audit,
            policy=c.auth_policy,
            client=c.sso,
            state=state,
            binding=request.cookies.get(BINDING_COOKIE),
            code=code,
            error=error,
            origin=o,
        )
    except SsoSignInFailed as e:
        response = _to_sign_in(e.reason)
    else:
        if isinstance(opened, SecondStepOut):
            # The fragment never reaches a server, a log or a Referer header.
            response = _redirect(f"/sign-in#sso_challenge={quote(opened.challenge)}")
        else:
            response = _redirect("/")
            browser_session.set_cookie(response, opened.token, opened.expires_at)
    response.delete_cookie(BINDING_COOKIE, path="/", secure=True, httponly=True, samesite="lax")
    return response


def _to_sign_in(reason: str) -> Response:
    return _redirect(f"/sign-in?sso_error={reason}")


def _redirect(url: str) -> Response:
    response = RedirectResponse(url, status_code=status.HTTP_303_SEE_OTHER)
    response.headers["cache-control"] = "no-store"
    response.headers["referrer-policy"] = "no-referrer"
    return response
