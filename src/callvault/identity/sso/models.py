"""SSO tables. The client secret is sealed with the workspace's keys; a sign-in in flight
keeps only hashes of its state, browser binding and nonce, and its PKCE verifier sealed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.db.base import Base, UTCDateTime


class SsoConfig(Base):
    """A workspace's OpenID Connect provider: one at most."""

    __tablename__ = "sso_configs"

    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    issuer: Mapped[str] = mapped_column(String(512))
    client_id: Mapped[str] = mapped_column(String(255))
    secret_sealed: Mapped[bytes] = mapped_column(LargeBinary)
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
