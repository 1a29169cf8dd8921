"""Voicemail input and output shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StrictBool, StringConstraints

from callvault.comms.bulk import BulkDeleteIn
from callvault.core.inputs import Input
from callvault.core.instants import Instant

PAGE_DEFAULT = 50
PAGE_MAX = 200


class CallerOut(BaseModel):
    kind: Literal["user", "contact", "number", "unknown"]
    user_id: str | None = None
    contact_id: str | None = None
    number: str | None = None
    contact_name: str | None = None
    """The contact's name, where the reader may read that contact (a shared one, or their
    own) and the message is listed or read; otherwise null."""


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
    next_cursor: str | None = None  # opaque; pass it back as `cursor` for the next page


class UnreadCountOut(BaseModel):
    mailbox_id: str
    unread: int


class MarkIn(Input):
    read: StrictBool
    """True: mark read; false: mark unread."""


Uuid = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", max_length=36
    ),
]


class VoicemailFilterIn(BaseModel):
    """Which messages a bulk deletion takes: one mailbox or all, a received_at window,
    read or unread."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    mailbox_id: Uuid | None = None
    """Only this mailbox (a user's id); default: all."""
    since: Instant | None = None
    """Only messages received at or after this time."""
    until: Instant | None = None
    """Only messages received before this time."""
    unread: StrictBool | None = None
    """True: unread only; false: read only; default: both."""


VoicemailBulkDeleteIn = BulkDeleteIn[VoicemailFilterIn]


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
