"""Recording input and output shapes."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel


class Party(StrEnum):
    """Whose voice a channel (or a whole single-party file) carries."""

    CALLER = "caller"
    CALLEE = "callee"
    MIXED = "mixed"


MAX_MAPPED_CHANNELS = 8


class RecordingOut(BaseModel):
    id: str
    call_id: str
    party: Party | None  # the file holds this party only
    channel_map: list[Party] | None  # channel i carries channel_map[i]
    container: str
    codec: str
    media_type: str
    sample_rate: int
    channels: int
    duration_ms: int
    size_bytes: int
    created_at: datetime


class RecordingListOut(BaseModel):
    recordings: list[RecordingOut]


class PlaybackLinkOut(BaseModel):
    url: str  # relative to the server; no Authorization header needed, expires quickly
    expires_at: datetime


class RecordingDeletionOut(BaseModel):
    receipt_id: str  # the audit entry that records the deletion
    object_type: Literal["recording"]
    object_id: str
    deleted_at: datetime
