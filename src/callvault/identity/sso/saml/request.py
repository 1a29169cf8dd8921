"""The AuthnRequest, sent by the HTTP-Redirect binding: deflated, base64, in the query.

Unsigned: the IdP sends its answer only to the ACS URL registered for our entity ID, and the
answer is bound to this request's ID and to the browser (ADR 0045)."""

from __future__ import annotations

import base64
import secrets
import zlib
from datetime import datetime
from urllib.parse import urlencode

from lxml import etree

from callvault.identity.sso.saml.metadata import ServiceProvider
from callvault.identity.sso.saml.xml import NS, POST_BINDING, tag


def new_request_id() -> str:
    # An xs:ID must not start with a digit; 256 random bits after the prefix.
    return "cv_" + secrets.token_hex(32)


def redirect_url(*, sso_url: str, sp: ServiceProvider, request_id: str, now: datetime) -> str:
    request = etree.Element(
        tag("samlp", "AuthnRequest"),
        nsmap={"samlp": NS["samlp"], "saml": NS["saml"]},
        ID=request_id,
        Version="2.0",
        IssueInstant=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        Destination=sso_url,
        AssertionConsumerServiceURL=sp.acs_url,
        ProtocolBinding=POST_BINDING,
    )
    etree.SubElement(request, tag("saml", "Issuer")).text = sp.entity_id
    etree.SubElement(
        request, tag("samlp", "NameIDPolicy"), Format=sp.name_id_format, AllowCreate="true"
    )
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw DEFLATE (SAML bindings §3.4.4.1)
    raw = deflater.compress(etree.tostring(request)) + deflater.flush()
    query = urlencode({"SAMLRequest": base64.b64encode(raw).decode()})
    return f"{sso_url}{'&' if '?' in sso_url else '?'}{query}"
