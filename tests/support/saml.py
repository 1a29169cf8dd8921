"""SAML 2.0 sign-in as a browser does it, over real HTTPS to callvault and real HTTP to the
test IdP (saml_idp.py): the redirect to the IdP, its auto-posting page read, and the POST to
the ACS, each by hand, cookies kept per client."""

from __future__ import annotations

import html
import re

import httpx

from tests.support.live import PASSWORD, LiveServer, Member
from tests.support.saml_idp import SamlIdp

_FORM = re.compile(r'action="([^"]+)".*name="SAMLResponse" value="([^"]+)"', re.S)


def saml_config(idp: SamlIdp, slug: str, **saml: object) -> dict[str, object]:
    return {
        "protocol": "saml",
        "allowed_domains": [f"{slug}.example.com"],
        "label": "Test SAML IdP",
        "enabled": True,
        "password": PASSWORD,  # the owner's, again (ADR 0043, addendum)
        "saml": {
            "entity_id": idp.entity_id,
            "sso_url": idp.sso_url,
            "certificates": [idp.keys.cert_pem],
            **saml,
        },
    }


def configure_saml(live: LiveServer, owner: Member, idp: SamlIdp, **saml: object) -> httpx.Response:
    r = live.client(owner.token).put(
        "/api/v1/workspace/sso", json=saml_config(idp, owner.slug, **saml)
    )
    assert r.status_code == 200, r.text
    return r


def to_idp(browser: httpx.Client, slug: str) -> str:
    """The start: the IdP's URL with the AuthnRequest (the binding cookie is now in browser)."""
    r = browser.get(f"/api/v1/auth/sso/{slug}/start")
    assert r.status_code == 303, r.text
    return r.headers["location"]


def through_idp(idp_url: str) -> tuple[str, str]:
    """The IdP's page: the ACS URL it posts to and the SAMLResponse it posts."""
    r = httpx.get(idp_url, timeout=10)
    assert r.status_code == 200, r.text
    found = _FORM.search(r.text)
    assert found is not None, r.text
    return html.unescape(found[1]), html.unescape(found[2])


def post(browser: httpx.Client, saml_response: str, **extra: str) -> httpx.Response:
    r = browser.post("/api/v1/auth/sso/saml/acs", data={"SAMLResponse": saml_response, **extra})
    assert r.status_code == 303, r.text
    return r


def saml_sign_in(browser: httpx.Client, slug: str) -> httpx.Response:
    """The whole round trip; the last answer (callvault's redirect into the app or not)."""
    _, value = through_idp(to_idp(browser, slug))
    return post(browser, value)
