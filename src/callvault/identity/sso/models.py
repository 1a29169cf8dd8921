"""SSO tables. The client secret is sealed with the workspace's keys; a sign-in in flight
keeps only hashes of its state (OIDC) or request ID (SAML), browser binding and nonce, and its
PKCE verifier sealed. One configuration per workspace, OpenID Connect or SAML 2.0."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.db.base import Base, UTCDateTime


class SsoConfig(Base):
    """A workspace's identity provider: one at most, OpenID Connect or SAML 2.0 (ADR 0045).

    `issuer` is the OIDC issuer URL or the SAML IdP's entity ID: with the subject (`sub` or
    NameID) it names who signed in. A SAML row keeps `client_id` empty and `secret_sealed`
    empty (b""): SAML has no client secret."""

    __tablename__ = "sso_configs"

    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    protocol: Mapped[str] = mapped_column(String(8), default="oidc", server_default="oidc")
    issuer: Mapped[str] = mapped_column(String(512))
    client_id: Mapped[str] = mapped_column(String(255))
    secret_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    # SAML only: the IdP's SSO URL (HTTP-Redirect binding), a JSON list of its signing
    # certificates (PEM, two during a rotation), and the attribute holding the email (None:
    # the NameID, of format emailAddress).
    saml_sso_url: Mapped[str | None] = mapped_column(String(1024), nullable=True)
    saml_certificates: Mapped[str | None] = mapped_column(Text, nullable=True)
    saml_email_attribute: Mapped[str | None] = mapped_column(String(255), nullable=True)
    # JSON list of lower-case domains ("example.com"); an email must end in one of them.
    allowed_domains: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(64))
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SsoLogin(Base):
    """A sign-in sent to the IdP and not back yet: single use, minutes long, bound to the
    browser that started it (the hash of a value only its cookie holds)."""

    __tablename__ = "sso_logins"

    state_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    # "saml": state_hash is the hash of the AuthnRequest's ID, nonce and verifier are empty.
    protocol: Mapped[str] = mapped_column(String(8), default="oidc", server_default="oidc")
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    binding_hash: Mapped[str] = mapped_column(String(64))
    nonce_hash: Mapped[str] = mapped_column(String(64))
    verifier_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    # The redirect_uri sent with the authorization request: the token request repeats it.
    redirect_uri: Mapped[str] = mapped_column(String(512))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class SsoIdentity(Base):
    """The IdP subject (`iss` + `sub`) a user signed in as the first time: from then on only
    that subject signs the user in, whatever email the IdP later hands to someone else."""

    __tablename__ = "sso_identities"
    __table_args__ = (UniqueConstraint("workspace_id", "issuer", "subject"),)

    user_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    issuer: Mapped[str] = mapped_column(String(512))
    subject: Mapped[str] = mapped_column(String(255))
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SsoSamlAssertion(Base):
    """An assertion ID already used to sign in, kept until the assertion expires: the same
    assertion never serves twice, even with a fresh request behind it."""

    __tablename__ = "sso_saml_assertions"

    # SHA-256 of "<IdP entity ID> <assertion ID>".
    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
