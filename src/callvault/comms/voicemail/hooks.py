"""Hook points other domains attach to (wired in the container), so voicemail never imports
them. `on_received` runs for every new message inside the transaction that makes it ready:
a hook that enqueues a job (transcription, once voice intelligence exists) does so atomically
with the message, and an exception in a hook refuses the message (nothing is stored)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class VoicemailReceived:
    workspace_id: str
    message_id: str
    mailbox_id: str
    duration_ms: int
    media_type: str


ReceivedHook = Callable[[Session, VoicemailReceived], None]


@dataclass
class VoicemailHooks:
    on_received: list[ReceivedHook] = field(default_factory=list)

    def received(self, session: Session, event: VoicemailReceived) -> None:
        for hook in self.on_received:
            hook(session, event)
