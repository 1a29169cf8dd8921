"""The IdP's SAML settings an owner saves: typed in or read from pasted metadata, checked.

The SSO URL is where the browser goes, never fetched by the server (no request forgery
here), so it needs https only; plain http on loopback when `oidc_allow_insecure_issuers`
is on, for development and the tests' IdP."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

from callvault.identity.sso.config import LOOPBACK_HOSTS, UrlPolicy
from callvault.identity.sso.errors import SsoConfigInvalid
from callvault.identity.sso.models import SsoConfig
from callvault.identity.sso.saml.metadata import idp_metadata, normalise_certificates
from callvault.identity.sso.schemas import SamlSettingsIn


@dataclass(frozen=True, slots=True)
class SamlSettings:
    entity_id: str
    sso_url: str
    certificates: list[str]
    email_attribute: str | None


def saml_settings(body: SamlSettingsIn | None, policy: UrlPolicy) -> SamlSettings:
    if body is None:
        raise SsoConfigInvalid("SAML 2.0 needs the IdP's settings or metadata.", field="saml")
    entity_id, sso_url, certificates = body.entity_id, body.sso_url, list(body.certificates)
    if body.metadata_xml is not None:
        found = idp_metadata(body.metadata_xml)
        entity_id = entity_id or found.entity_id
        sso_url = sso_url or found.sso_url
        certificates = certificates or found.certificates
    if not entity_id:
        raise SsoConfigInvalid("The IdP's entity ID is needed.", field="saml.entity_id")
    if not sso_url:
        raise SsoConfigInvalid(
            "The IdP's SSO URL (HTTP-Redirect binding) is needed.", field="saml.sso_url"
        )
    _check_sso_url(sso_url, policy)
    return SamlSettings(
        entity_id=entity_id.strip(),
        sso_url=sso_url.strip(),
        certificates=normalise_certificates(certificates),
        email_attribute=body.email_attribute,
    )


def certificates_of(row: SsoConfig) -> list[str]:
    value = json.loads(row.saml_certificates or "[]")
    return [str(c) for c in value] if isinstance(value, list) else []


def _check_sso_url(url: str, policy: UrlPolicy) -> None:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.username is not None or parts.password is not None or parts.fragment or not host:
        raise SsoConfigInvalid("The SSO URL must be https://host[/path].", field="saml.sso_url")
    if parts.scheme == "https" or (
        policy.allow_insecure and parts.scheme == "http" and host in LOOPBACK_HOSTS
    ):
        return
    raise SsoConfigInvalid("The SSO URL must be https.", field="saml.sso_url")
