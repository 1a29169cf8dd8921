"""Voicemail fixtures: delivery through the API as the telephony side would do it."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import func, select

from callvault.comms.voicemail.models import VoicemailGreeting, VoicemailMessage
from tests.support.live import LiveServer


def deliver(api: httpx.Client, mailbox_id: str, data: bytes, **params: Any) -> httpx.Response:
    return api.post(
        f"/api/v1/voicemail/mailboxes/{mailbox_id}/messages",
        content=data,
        params=params,
        headers={"content-type": "application/octet-stream"},
    )


def set_greeting(api: httpx.Client, mailbox_id: str, data: bytes) -> httpx.Response:
    return api.put(f"/api/v1/voicemail/mailboxes/{mailbox_id}/greeting", content=data)


def rows(live: LiveServer) -> tuple[int, int]:
    """(messages, greetings) in the database, whatever their state."""
    with live.container.db.read() as s:
        messages = s.scalar(select(func.count()).select_from(VoicemailMessage)) or 0
        greetings = s.scalar(select(func.count()).select_from(VoicemailGreeting)) or 0
    return int(messages), int(greetings)
