"""Audit tables: one hash chain per workspace plus a head row that pins its end."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from callvault.audit.chain import GENESIS
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime


class AuditEvent(Base):
    """One entry. Network origin and details are sealed; the chain hash covers the ciphertext,
    so the chain stays verifiable after the workspace's keys are destroyed."""

    __tablename__ = "audit_events"
    __table_args__ = (
        UniqueConstraint("workspace_id", "seq"),
        Index("ix_audit_events_ws_action", "workspace_id", "action"),
        Index("ix_audit_events_ws_actor", "workspace_id", "actor_id"),
        Index("ix_audit_events_ws_object", "workspace_id", "object_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # No foreign key: the log outlives a closed (deleted) workspace.
    workspace_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_type: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str | None] = mapped_column(String(32), nullable=True)
    object_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    context_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The last sequence number and hash per workspace: deleting the newest entries shows.

    It also pins the chain's start: entries older than the audit-log retention are pruned
    from the front, and the first kept entry's sequence number and previous hash are then
    signed here (start_mac), so `verify` starts from there and deleting any further entry,
    old or new, still shows. A chain that was never pruned starts at 1 from GENESIS."""

    __tablename__ = "audit_heads"

    workspace_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    entry_hash: Mapped[str] = mapped_column(String(64))
    head_mac: Mapped[bytes] = mapped_column(LargeBinary)
    start_seq: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    start_hash: Mapped[str] = mapped_column(String(64), default=GENESIS, server_default=GENESIS)
    start_mac: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
