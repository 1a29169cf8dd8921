"""Single sign-on with OpenID Connect (ADR 0043) or SAML 2.0 (ADR 0045, its own routes in
sso_saml.py): the owner's configuration, the public "does this workspace offer it" question,
and the browser's round trip through the provider.

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
from callvault.identity.errors import ReauthenticationFailed, SignInThrottled
from callvault.identity.mfa.schemas import SecondStepOut
from callvault.identity.schemas import SignInOut
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
# SAML's answer comes back as a cross-site POST, which a SameSite=Lax cookie does not ride
# on: its binding has a cookie of its own, SameSite=None (ADR 0045).
SAML_BINDING_COOKIE = "__Host-callvault_saml"
CALLBACK_PATH = "/api/v1/auth/sso/callback"
REDIRECT_RESPONSES: dict[int | str, dict[str, Any]] = {
    303: {"description": "To the provider, the app, or the sign-in page."}
}


Slug = Annotated[str, Path(max_length=63, description="The workspace's short name (slug).")]
_IGNORED = "Sent by some providers; not used."


def base_url(request: Request, c: ContainerDep) -> str:
    # The configured public address when there is one: the Host header is the client's word.
    return (c.settings.public_url or browser_session.own_origin(request)).rstrip("/")


def redirect_uri(request: Request, c: ContainerDep) -> str:
    return base_url(request, c) + CALLBACK_PATH


@router.get("/workspace/sso", openapi_extra=rule(Permission.SSO_READ))
def read_config(request: Request, a: ActorDep, c: ContainerDep) -> SsoConfigOut:
    """The workspace's provider, without its client secret (only whether one is set)."""
    with c.db.read() as s:
        return administration.read(
            s, actor=a, redirect_uri=redirect_uri(request, c), base_url=base_url(request, c)
        )


@router.put(
    "/workspace/sso",
    # Who the provider is decides who signs in as whom: never an API token (ADR 0042), and
    # never a session alone: the owner's password, again (ADR 0043, addendum).
    openapi_extra=rule(Permission.SSO_MANAGE, session_only=True),
    responses=documented(SsoConfigInvalid, ReauthenticationFailed, SignInThrottled),
)
def write_config(body: SsoConfigIn, request: Request, a: ActorDep, c: ContainerDep) -> SsoConfigOut:
    """Set the provider (owners, with their password): OpenID Connect or SAML 2.0. The
    secret is sealed and never returned; omit it to keep the stored one. A new issuer (or
    IdP entity ID, or protocol) unlinks every user from the former provider's subjects."""
    return administration.configure(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        auth_policy=c.auth_policy,
        actor=a,
        body=body,
        policy=c.sso.policy,
        redirect_uri=redirect_uri(request, c),
        base_url=base_url(request, c),
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
    responses=REDIRECT_RESPONSES,
)
def start(workspace: Slug, request: Request, c: ContainerDep) -> Response:
    """Send the browser to the workspace's provider (OpenID Connect: authorization code with
    PKCE; SAML 2.0: an AuthnRequest by the HTTP-Redirect binding)."""
    try:
        started = sso.start(
            c.db,
            keyring=c.keyring,
            client=c.sso,
            slug=workspace,
            redirect_uri=redirect_uri(request, c),
            base_url=base_url(request, c),
        )
    except SsoSignInFailed as e:
        return to_sign_in(e.reason)
    response = redirect(started.authorize_url)
    max_age = max(1, int((started.expires_at - utcnow()).total_seconds()))
    saml = started.protocol == "saml"
    response.set_cookie(
        SAML_BINDING_COOKIE if saml else BINDING_COOKIE,
        started.binding,
        max_age=max_age,
        path="/",
        secure=True,
        httponly=True,
        samesite="none" if saml else "lax",
    )
    return response


@router.get(
    "/auth/sso/callback",
    openapi_extra=public(),
    status_code=status.HTTP_303_SEE_OTHER,
    response_class=RedirectResponse,
    responses=REDIRECT_RESPONSES,
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
        response = to_sign_in(e.reason)
    else:
        response = signed_in(opened)
    response.delete_cookie(BINDING_COOKIE, path="/", secure=True, httponly=True, samesite="lax")
    return response


def signed_in(opened: SignInOut | SecondStepOut) -> Response:
    """Into the app with the session cookie, or to the sign-in page for the second step."""
    if isinstance(opened, SecondStepOut):
        # The fragment never reaches a server, a log or a Referer header.
        return redirect(f"/sign-in#sso_challenge={quote(opened.challenge)}")
    response = redirect("/")
    browser_session.set_cookie(response, opened.token, opened.expires_at)
    return response


def to_sign_in(reason: str) -> Response:
    return redirect(f"/sign-in?sso_error={reason}")


def redirect(url: str) -> Response:
    response = RedirectResponse(url, status_code=status.HTTP_303_SEE_OTHER)
    response.headers["cache-control"] = "no-store"
    response.headers["referrer-policy"] = "no-referrer"
    return response
