"""Hook points other domains attach to (wired in the container), so recordings never import
them: `on_ready` runs inside the transaction that makes a recording ready (voice intelligence
queues transcription there, atomically with it), `on_deleted` inside the one that deletes
recordings one by one (a call's deletion cascades to what is derived from it instead)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class RecordingEvent:
    workspace_id: str
    recording_id: str
    call_id: str


RecordingHook = Callable[[Session, RecordingEvent], None]


@dataclass
class RecordingHooks:
    on_ready: list[RecordingHook] = field(default_factory=list)
    on_deleted: list[RecordingHook] = field(default_factory=list)

    def ready(self, session: Session, event: RecordingEvent) -> None:
        for hook in self.on_ready:
            hook(session, event)

    def deleted(self, session: Session, event: RecordingEvent) -> None:
        for hook in self.on_deleted:
            hook(session, event)
