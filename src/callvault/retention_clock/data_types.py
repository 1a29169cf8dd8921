"""The data types a retention policy can limit, and the policy shape (days per type)."""

from __future__ import annotations

from enum import StrEnum


class DataType(StrEnum):
    CALLS = "calls"
    RECORDINGS = "recordings"
    TRANSCRIPTS = "transcripts"  # transcripts and everything derived from them (AI outputs)
    VOICEMAIL = "voicemail"
    CHAT_MESSAGES = "chat_messages"
    CHAT_ATTACHMENTS = "chat_attachments"
    AUDIT_LOG = "audit_log"


Policy = dict[DataType, int]  # days per type; absent: keep until deleted
