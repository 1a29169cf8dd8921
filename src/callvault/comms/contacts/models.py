"""Contact tables. Everything personal about a contact (name, numbers, emails, company, notes)
is one sealed card per row; `contact_points` holds only keyed blind indexes of normalised
numbers, emails and name prefixes, so exact look-ups and name search never see plaintext."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (Index("ix_contacts_ws_owner_id", "workspace_id", "owner_id", "id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    # None: a shared (workspace) contact; otherwise the user whose personal contact it is.
    owner_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=True, index=True
    )
    card_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ContactPoint(Base):
    """One searchable value of a contact: kind is "phone", "email" or "name" (a prefix of a
    lower-cased name word); value_index is the workspace-keyed HMAC of the normalised value."""

    __tablename__ = "contact_points"
    __table_args__ = (
        Index("ix_contact_points_ws_kind_value", "workspace_id", "kind", "value_index"),
    )

    contact_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    value_index: Mapped[str] = mapped_column(String(64), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36))
