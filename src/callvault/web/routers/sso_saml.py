"""SAML 2.0 sign-in's own routes (ADR 0045): the SP metadata an owner gives the IdP, and the
Assertion Consumer Service the IdP's answer is POSTed to (HTTP-POST binding). The start is
the shared `GET /auth/sso/{workspace}/start` (routers/sso.py).

The ACS is a cross-site form POST from the IdP's page: it answers with redirects only, like
the OIDC callback. Its body is read here with a limit far below the server's general one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Path, Request, Response, status
from fastapi.responses import RedirectResponse

from callvault.identity.sso.errors import SsoSignInFailed
from callvault.identity.sso.saml import service as saml
from callvault.identity.sso.saml.metadata import service_provider, sp_metadata_xml
from callvault.web.access import public
from callvault.web.deps import ContainerDep, OriginDep
from callvault.web.routers.sso import (
    REDIRECT_RESPONSES,
    SAML_BINDING_COOKIE,
    base_url,
    signed_in,
    to_sign_in,
)

router = APIRouter(tags=["sso"])

MAX_FORM_BYTES = 256 * 1024  # base64 of the 192 KiB the verifier accepts, and a RelayState
FORM = "application/x-www-form-urlencoded"
METADATA_TYPE = "application/samlmetadata+xml"
_ACS_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            FORM: {
                "schema": {
                    "type": "object",
                    "properties": {
                        "SAMLResponse": {
                            "type": "string",
                            "description": "The IdP's Response, base64 (HTTP-POST binding).",
                        },
                        "RelayState": {"type": "string", "description": "Not used."},
                    },
                }
            }
        },
    }
}


@dataclass(frozen=True, slots=True)
class SamlPost:
    saml_response: str | None
    too_large: bool = False


async def saml_post(request: Request) -> SamlPost:
    """The form's SAMLResponse, read up to MAX_FORM_BYTES (no form parser library needed)."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != FORM:
        return SamlPost(None)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return SamlPost(None, too_large=True)
    try:
        fields = parse_qs(body.decode("ascii"), max_num_fields=4, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        return SamlPost(None)
    values = fields.get("SAMLResponse", [])
    return SamlPost(values[0] if len(values) == 1 else None)


@router.get(
    "/auth/sso/{workspace}/saml/metadata",
    openapi_extra=public(),
    response_class=Response,
    responses={200: {"description": "The SP metadata XML.", "content": {METADATA_TYPE: {}}}},
)
def metadata(
    workspace: Annotated[
        str, Path(max_length=63, description="The workspace's short name (slug).")
    ],
    request: Request,
    c: ContainerDep,
) -> Response:
    """This workspace's SAML service provider metadata (entity ID, ACS URL, NameID format),
    for the IdP. It is built from the address and the slug alone: the same for any slug."""
    sp = service_provider(base_url(request, c), workspace)
    return Response(sp_metadata_xml(sp), media_type=METADATA_TYPE)


@router.post(
    "/auth/sso/saml/acs",
    openapi_extra={**public(), **_ACS_BODY},
    status_code=status.HTTP_303_SEE_OTHER,
    response_class=RedirectResponse,
    responses=REDIRECT_RESPONSES,
)
def assertion_consumer(
    request: Request,
    form: Annotated[SamlPost, Depends(saml_post)],
    c: ContainerDep,
    o: OriginDep,
) -> Response:
    """The IdP's answer (HTTP-POST binding): a session cookie and the app, or the sign-in
    page with the reason. Only answers to a request this browser started are accepted."""
    try:
        if form.too_large:
            raise SsoSignInFailed("sso_response_invalid", "too_large")
        opened = saml.complete(
            c.db,
            keyring=c.keyring,
            audit=c.audit,
            policy=c.auth_policy,
            saml_response=form.saml_response,
            binding=request.cookies.get(SAML_BINDING_COOKIE),
            base_url=base_url(request, c),
            origin=o,
        )
    except SsoSignInFailed as e:
        response = to_sign_in(e.reason)
    else:
        response = signed_in(opened)
    response.delete_cookie(
        SAML_BINDING_COOKIE, path="/", secure=True, httponly=True, samesite="none"
    )
    return response
