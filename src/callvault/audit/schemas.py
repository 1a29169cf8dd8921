"""Audit output shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel


class AuditEntryOut(BaseModel):
    id: str
    seq: int
    occurred_at: datetime
    actor_type: str
    actor_id: str
    action: str
    object_type: str | None
    object_id: str | None
    ip: str | None
    user_agent: str | None
    details: dict[str, Any] | None
    readable: bool


class AuditPageOut(BaseModel):
    entries: list[AuditEntryOut]
    next_before_seq: int | None


class VerifyProblemOut(BaseModel):
    seq: int | None
    """The first entry concerned (sequence number in the workspace's chain), when one is."""
    problem: str
    """A stable code: `missing`, `chain_broken`, `modified`, `head_missing`, `head_modified`,
    `start_modified`, `rolled_back`, `anchor_mismatch`, `anchor_forked`, `vanished`,
    `anchor_forged`."""
    reason: str
    """What the code means, for people."""
    until_seq: int | None = None
    """For `missing`: the last missing sequence number."""
    anchored_seq: int | None = None
    """For `rolled_back`: the newest sequence number anchored outside the database."""
    count: int | None = None
    """For `anchor_mismatch`: how many entries differ from the anchor."""


class VerifyOut(BaseModel):
    ok: bool
    workspace_id: str
    """The workspace whose chain was checked (the caller's own)."""
    entries: int
    problems: list[VerifyProblemOut]
