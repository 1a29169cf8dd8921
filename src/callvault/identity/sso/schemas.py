"""SSO input and output shapes. The client secret is write-only: no output carries it."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field, StrictBool, StringConstraints

from callvault.identity.schemas import Input

Issuer = Annotated[str, StringConstraints(strip_whitespace=True, min_length=8, max_length=512)]
ClientId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)]
ClientSecret = Annotated[str, StringConstraints(min_length=1, max_length=1024)]
Domain = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=253)]
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]


class SsoConfigIn(Input):
    issuer: Issuer
    """The provider's issuer URL (https), e.g. `https://login.example.com/realms/acme`."""
    client_id: ClientId
    """The client id registered at the provider for this callvault."""
    client_secret: ClientSecret | None = None
    """Write-only: sealed at rest, never returned. Omit it to keep the one stored."""
    allowed_domains: list[Domain] = Field(min_length=1, max_length=50)
    """Email domains that may sign in this way (`example.com`; a subdomain is not included)."""
    label: Label = "SSO"
    """The button's words: "Sign in with <label>"."""
    enabled: StrictBool = False
    """Offer "Sign in with <label>" on the sign-in page (password sign-in stays)."""


class SsoTestIn(Input):
    issuer: Issuer | None = None
    """Test this issuer instead of the stored one (nothing is saved)."""


class SsoConfigOut(BaseModel):
    configured: bool
    issuer: str | None = None
    client_id: str | None = None
    client_secret_set: bool = False
    """A secret is stored (it is never shown)."""
    allowed_domains: list[str] = []
    label: str | None = None
    enabled: bool = False
    redirect_uri: str
    """What to register at the provider as this client's redirect URI."""
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
