"""Retention API shapes. Days per data type; null means "keep until deleted"."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, StrictInt


class PolicyChangesIn(BaseModel):
    """Types to change (null: back to keep-until-deleted); types not named keep their value."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    policies: dict[str, StrictInt | None] = Field(max_length=16)
    """Days to keep, per data type (`calls`, `recordings`, `transcripts`, `voicemail`,
    `chat_messages`, `chat_attachments`, `audit_log`); null: keep until deleted. Types not named
    keep their policy."""


class PolicyOut(BaseModel):
    policies: dict[str, int | None]  # every data type; null: keep until deleted
    audit_log_minimum_days: int
    updated_at: datetime | None


class PreviewOut(BaseModel):
    policies: dict[str, int | None]  # the policy as it would be saved
    would_delete: dict[str, int]  # items per data type the next sweep would remove
    total: int


class SweepRunOut(BaseModel):
    status: str  # running, succeeded, failed
    started_at: datetime
    finished_at: datetime | None
    purged: dict[str, int]  # this workspace's items removed by that run, per data type
    error: str | None


class SweepStatusOut(BaseModel):
    healthy: bool
    problems: list[str]  # "failed", "missed", "never_run", "past_retention"
    schedule_seconds: int
    last_run: SweepRunOut | None
    last_success_at: datetime | None
    items_past_retention: dict[str, int]  # now, per data type: 0 right after a sweep
    total_past_retention: int
