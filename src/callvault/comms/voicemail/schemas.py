"""Voicemail input and output shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

PAGE_DEFAULT = 50
PAGE_MAX = 200


class CallerOut(BaseModel):
    kind: Literal["user", "contact", "number", "unknown"]
    user_id: str | None = None
    contact_id: str | None = None
    number: str | None = None


class AudioOut(BaseModel):
    container: str
    codec: str
    media_type: str
    sample_rate: int
    channels: int
    duration_ms: int
    size_bytes: int


class VoicemailOut(BaseModel):
    id: str
    mailbox_id: str  # the user whose mailbox it is
    caller: CallerOut
    received_at: datetime
    read: bool
    read_at: datetime | None
    audio: AudioOut


class VoicemailPageOut(BaseModel):
    messages: list[VoicemailOut]


class UnreadCountOut(BaseModel):
    mailbox_id: str
    unread: int


class MarkIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    read: bool


class GreetingOut(BaseModel):
    id: str
    mailbox_id: str
    created_at: datetime
    audio: AudioOut


class PlaybackLinkOut(BaseModel):
    url: str  # relative to the server; no Authorization header needed, expires quickly
    expires_at: datetime


class VoicemailDeletionOut(BaseModel):
    receipt_id: str  # the audit entry that records the deletion
    object_type: Literal["voicemail", "voicemail_greeting"]
    object_id: str
    deleted_at: datetime
