"""Where in-process consumers of the live transcript subscribe: assist cards (moments) and
live sentiment get every *final* segment once it is redacted — never raw text.

    async def match_cards(segment: FinalSegment) -> None: ...
    transcriber.hooks.on_final_segment(match_cards)   # at wiring time (web/live_transcript.py)

A callback runs on the event loop of the process transcribing the call (the web process that
handled the answer, ADR 0028), after the segment was sent to the call's sockets; it must be
quick or hand work to a thread. An exception is logged (its type only) and does not stop the
transcript or the other callbacks. `FinalSegmentHooks` is the registry; each transcriber
has its own (no module-wide one: apps built in one test process must not share callbacks)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

log = logging.getLogger("callvault.live_transcript")


@dataclass(frozen=True, slots=True)
class SegmentSpan:
    start: int  # characters [start, end) of a placeholder in `text`
    end: int
    type: str  # an entity type ("card_number", "person"…) or "digits"


@dataclass(frozen=True, slots=True)
class FinalSegment:
    workspace_id: str
    call_id: str
    segment_id: str
    speaker: str  # "caller" or "callee"
    speaker_user_id: str
    text: str  # redacted
    spans: tuple[SegmentSpan, ...]
    start_ms: int  # audio time of the speaker's stream
    end_ms: int


FinalSegmentCallback = Callable[[FinalSegment], Awaitable[None]]


class FinalSegmentHooks:
    def __init__(self) -> None:
        self._callbacks: list[FinalSegmentCallback] = []

    def on_final_segment(self, callback: FinalSegmentCallback) -> Callable[[], None]:
        """Call callback with every final segment from now on; returns an unsubscribe."""
        self._callbacks.append(callback)

        def remove() -> None:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

        return remove

    async def emit(self, segment: FinalSegment) -> None:
        for callback in list(self._callbacks):
            try:
                await callback(segment)
            except Exception as exc:
                log.error("a final-segment callback failed: %s", type(exc).__name__)
