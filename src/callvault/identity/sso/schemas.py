"""SSO input and output shapes. The client secret is write-only: no output carries it.
One configuration per workspace: OpenID Connect (`issuer`, `client_id`, `client_secret`) or
SAML 2.0 (`saml`), chosen by `protocol` (ADR 0043, ADR 0045)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StrictBool, StringConstraints

from callvault.core.inputs import Input
from callvault.identity.schemas import Password

Issuer = Annotated[str, StringConstraints(strip_whitespace=True, min_length=8, max_length=512)]
ClientId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)]
ClientSecret = Annotated[str, StringConstraints(min_length=1, max_length=1024)]
Domain = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=253)]
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
EntityId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=512)]
SsoUrl = Annotated[str, StringConstraints(strip_whitespace=True, min_length=8, max_length=1024)]
Certificate = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=16384)
]
AttributeName = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)
]
MetadataXml = Annotated[str, StringConstraints(min_length=1, max_length=262144)]
Protocol = Literal["oidc", "saml"]


class SamlSettingsIn(Input):
    """The IdP's side of SAML 2.0: typed in, or read from its metadata XML (typed fields
    win over the metadata's)."""

    entity_id: EntityId | None = None
    """The IdP's entity ID (its `Issuer`), e.g. `https://sts.windows.net/<tenant>/`."""
    sso_url: SsoUrl | None = None
    """The IdP's single sign-on URL for the HTTP-Redirect binding (https)."""
    certificates: list[Certificate] = Field(default=[], max_length=2)
    """The IdP's signing certificates (PEM); two while the IdP rotates its key."""
    email_attribute: AttributeName | None = None
    """The attribute holding the email (e.g. `email`); none: the NameID, of format
    emailAddress."""
    metadata_xml: MetadataXml | None = None
    """The IdP's metadata XML, pasted: fills the fields left empty (never fetched)."""


class SsoConfigIn(Input):
    protocol: Protocol = "oidc"
    """`oidc` (OpenID Connect: issuer, client id, secret) or `saml` (SAML 2.0: `saml`)."""
    issuer: Issuer | None = None
    """OpenID Connect: the provider's issuer URL (https), e.g.
    `https://login.example.com/realms/acme`."""
    client_id: ClientId | None = None
    """OpenID Connect: the client id registered at the provider for this callvault."""
    client_secret: ClientSecret | None = None
    """Write-only: sealed at rest, never returned. Omit it to keep the one stored."""
    allowed_domains: list[Domain] = Field(min_length=1, max_length=50)
    """Email domains that may sign in this way (`example.com`; a subdomain is not included)."""
    label: Label = "SSO"
    """The button's words: "Sign in with <label>"."""
    enabled: StrictBool = False
    """Offer "Sign in with <label>" on the sign-in page (password sign-in stays)."""
    saml: SamlSettingsIn | None = None
    """SAML 2.0: the IdP's settings (needed when `protocol` is `saml`)."""
    password: Password | None = None
    """Your own password, again: needed on every save (whoever sets the provider can sign in
    as anyone of the workspace; a hijacked session alone must not). Without it: 403
    `reauthentication_failed`, and nothing is saved."""


class SsoTestIn(Input):
    issuer: Issuer | None = None
    """Test this issuer instead of the stored one (nothing is saved)."""


class SamlCertificateOut(BaseModel):
    pem: str
    subject: str
    sha256: str
    """The SHA-256 fingerprint, as IdPs show it (hex, colon-separated)."""
    not_after: datetime


class SamlSettingsOut(BaseModel):
    entity_id: str
    sso_url: str
    certificates: list[SamlCertificateOut]
    email_attribute: str | None = None


class ServiceProviderOut(BaseModel):
    """What to give the SAML IdP about this callvault workspace."""

    entity_id: str
    acs_url: str
    """The Assertion Consumer Service URL (HTTP-POST binding)."""
    metadata_url: str
    name_id_format: str


class SsoConfigOut(BaseModel):
    configured: bool
    protocol: Protocol = "oidc"
    issuer: str | None = None
    client_id: str | None = None
    client_secret_set: bool = False
    """A secret is stored (it is never shown)."""
    allowed_domains: list[str] = []
    label: str | None = None
    enabled: bool = False
    redirect_uri: str
    """What to register at the provider as this client's redirect URI."""
    saml: SamlSettingsOut | None = None
    service_provider: ServiceProviderOut
    """SAML 2.0: this workspace's side, to register at the IdP."""
    updated_at: datetime | None = None


class SsoTestOut(BaseModel):
    """What discovery and the key set said (nothing is saved)."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    token_auth: str
    algorithms: list[str]
    keys: int


class SsoPublicOut(BaseModel):
    """Whether a workspace offers single sign-on; the same answer for a workspace without it
    and for no workspace at all."""

    enabled: bool
    label: str | None = None
