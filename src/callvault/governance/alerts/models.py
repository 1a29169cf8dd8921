"""Security alerts and how far the evaluation has read each workspace's audit log.

An alert holds no personal data in clear: its subject is a user or token id, an object id, or
an address's keyed hash (the audit log seals addresses; the alert only needs to tell one
address from another). Its evidence is the audit entries it rests on (ids and sequence
numbers), so a reader can open exactly those entries in the log.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime


class SecurityAlert(Base):
    __tablename__ = "security_alerts"
    __table_args__ = (
        CheckConstraint("severity IN ('info', 'warning', 'critical')", name="severity"),
        CheckConstraint("status IN ('open', 'acknowledged')", name="status"),
        Index("ix_security_alerts_ws_status_last", "workspace_id", "status", "last_at"),
        Index("uq_security_alerts_ws_open_key", "workspace_id", "open_key", unique=True),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    rule: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(16))
    # Who or what it is about: "actor" (user or token id), "account" (user id), "address"
    # (keyed hash), "object" (the entry's object id) or "chain" (the audit log itself).
    subject_type: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(64))
    # "<rule>:<subject>" while open, NULL once acknowledged: the unique constraint keeps one
    # open alert per rule and subject (a continuing attack updates it; NULLs never collide).
    open_key: Mapped[str | None] = mapped_column(String(120), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    first_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_at: Mapped[datetime] = mapped_column(UTCDateTime)
    count: Mapped[int] = mapped_column(Integer, default=1)
    # [{"seq": …, "id": …}, …], oldest first, at most EVIDENCE_MAX (the count goes on).
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # What the one-sentence summary needs beyond the above (an action, a role, a number);
    # never content or personal data.
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    acknowledged_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AlertCursor(Base):
    """The last audit sequence number the evaluation read, per workspace: each run reads
    only the entries after it."""

    __tablename__ = "alert_cursors"

    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
