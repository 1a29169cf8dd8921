"""Wrapped data keys (DEKs). Only wrapped material is ever stored here: a database backup is
useless without the workspace's KMS key, which is what makes crypto-shredding work."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime

# workspace_id of system keys: not a UUID, so it can never collide with a workspace; not NULL,
# so the unique constraint also guards system keys against two processes creating them at once.
SYSTEM_SCOPE = "system"


class Purpose(StrEnum):
    CONTENT = "content"  # field AEAD and blob streams; rotated, newest version seals
    INDEX = "index"  # blind-index HMAC key; never rotated so look-ups stay stable


SYSTEM_PURPOSE_PREFIX = "system:"


class DataKeyStatus(StrEnum):
    ACTIVE = "active"
    DECRYPT_ONLY = "decrypt_only"


class DataKey(Base):
    __tablename__ = "data_keys"
    __table_args__ = (
        UniqueConstraint("workspace_id", "purpose", "version"),
        CheckConstraint("status IN ('active', 'decrypt_only')", name="status"),
        CheckConstraint("version >= 1 AND kek_version >= 1", name="versions_positive"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # No foreign key: crypto knows nothing of identity, and keys outlive nothing but themselves.
    workspace_id: Mapped[str] = mapped_column(String(36))
    purpose: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    kek_version: Mapped[int] = mapped_column(Integer)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
