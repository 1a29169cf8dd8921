"""Consent input and output shapes."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, StrictBool

from callvault.core.inputs import Input


class Setting(StrEnum):
    AI_TRAINING = "ai_training"  # "use my calls to improve AI"
    MANUAL_REVIEW = "manual_review"  # "allow manual review"


class Level(StrEnum):
    WORKSPACE = "workspace"
    GROUP = "group"
    USER = "user"


class ConsentIn(Input):
    setting: Setting
    """`ai_training` (use calls to improve AI) or `manual_review` (allow human review of redacted
    snippets)."""
    allowed: StrictBool
    """Whether it is allowed at this level."""


class SettingState(BaseModel):
    allowed: bool
    explicit: bool  # False: never set at this level, so the default applies
    changed_at: datetime | None = None
    changed_by: str | None = None


class LevelOut(BaseModel):
    level: Level
    subject_id: str
    settings: dict[Setting, SettingState]


class ChangeOut(BaseModel):
    seq: int
    level: Level
    subject_id: str
    setting: Setting
    allowed: bool
    actor_type: str
    actor_id: str
    changed_at: datetime


class HistoryOut(BaseModel):
    items: list[ChangeOut]
    next_before: int | None = None


class EffectiveOut(BaseModel):
    user_id: str
    as_of: datetime
    # Per setting: allowed only when every level allows it; `blocked_by` names the levels
    # ("workspace", "group:<id>", "user") that do not.
    allowed: dict[Setting, bool]
    blocked_by: dict[Setting, list[str]]
