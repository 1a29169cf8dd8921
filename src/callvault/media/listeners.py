"""Who else follows a live call's audio once it is answered: a seam between signaling, which
knows the parties, and listeners such as the live transcript (ADR 0028), which must not depend
on signaling (comms and intelligence are independent domains).

Signaling calls every `CallListener` after the engine joined the two legs of an answered call,
with the call's parties and the engine's live-audio tap. A listener must return at once (it
starts its own tasks) and must not raise into signaling."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from callvault.media.port import LegRef


@dataclass(frozen=True, slots=True)
class CallParty:
    party: str  # "caller" or "callee"
    user_id: str
    leg_id: str  # the party's device; its leg is LegRef(call_id, leg_id)


@dataclass(frozen=True, slots=True)
class AnsweredCall:
    workspace_id: str
    call_id: str
    parties: tuple[CallParty, ...]


@runtime_checkable
class LiveAudio(Protocol):
    """The live-audio part of MediaTaps (an engine may have it without recording)."""

    def live_audio(self, leg: LegRef) -> AsyncIterator[bytes]: ...


class CallListener(Protocol):
    async def call_answered(self, call: AnsweredCall, audio: LiveAudio) -> None:
        """Start following the call (return promptly; taps end when their legs close)."""
        ...
