"""MFA tables. The TOTP secret is sealed with the workspace's keys (crypto-shredding the
workspace makes it unreadable); recovery codes and challenges are kept only as SHA-256 hashes
(they are random with 80 and 256 bits of entropy, so a fast hash is enough)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime


class MfaFactor(Base):
    """A user's authenticator: one at most. An enrolment seals a new secret as `pending`;
    a code from it confirms it (it becomes `secret`, replacing any former one, so a new phone
    can be set up while the old one still signs in). Starting again replaces a pending one."""

    __tablename__ = "mfa_factors"

    user_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    secret_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    pending_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The newest time step a code was accepted for: that code and older ones are refused.
    last_step: Mapped[int | None] = mapped_column(Integer, nullable=True)


class MfaRecoveryCode(Base):
    __tablename__ = "mfa_recovery_codes"
    __table_args__ = (UniqueConstraint("user_id", "code_hash"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    code_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class MfaChallenge(Base):
    """A password that was right, waiting for its second step: single use, minutes long,
    bound to its user and to the kind of sign-in (API or browser) that asked for it."""

    __tablename__ = "mfa_challenges"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # "api" or "browser"
    device_sealed: Mapped[bytes] = mapped_column(LargeBinary)  # the device name asked for
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
