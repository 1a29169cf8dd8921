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


class VerifyOut(BaseModel):
    ok: bool
    entries: int
    problems: list[dict[str, Any]]
