"""The socket_tickets table: one row per ticket not yet redeemed. Only the ticket's SHA-256 is
kept (it has 256 bits of entropy, so a fast hash is enough), and the row dies with its
session (the foreign key cascades) and on redemption (it is deleted)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.db.base import Base, UTCDateTime


class SocketTicket(Base):
    __tablename__ = "socket_tickets"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("device_sessions.id", ondelete="CASCADE"), index=True
    )
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
