"""The recordings an engine has finished and not yet handed over: a call that ends while
recording finishes its recording itself, and `stop_recording` (called afterwards, or while that
finishing still runs) must still get it (port.MediaTaps). Shared by both engines."""

from __future__ import annotations

import asyncio
import logging

from callvault.media.port import MediaError, RecordingResult, RecordingTarget
from callvault.media.recording import CallRecorder

log = logging.getLogger("callvault.media")

_KEPT = 1000  # results nobody asked for are forgotten, oldest first, beyond this many


class FinishedRecordings:
    def __init__(self) -> None:
        self._done: dict[str, RecordingResult] = {}
        self._finishing: dict[str, asyncio.Event] = {}

    async def finish(self, call_id: str, recorder: CallRecorder, target: RecordingTarget) -> None:
        """Finish the call's recording (the blob is complete) and keep its result."""
        finishing = self._finishing[call_id] = asyncio.Event()
        try:
            done = await recorder.finish()
        except MediaError:
            log.exception("media: a call's recording failed")
            return
        else:
            if len(self._done) >= _KEPT:
                self._done.pop(next(iter(self._done)))
            self._done[call_id] = RecordingResult(
                object_id=target.object_id,
                legs=done.legs,
                size_bytes=done.blob.size,
                duration_ms=done.duration_ms,
            )
        finally:
            if self._finishing.get(call_id) is finishing:
                del self._finishing[call_id]
            finishing.set()

    async def take(self, call_id: str) -> RecordingResult | None:
        """The call's finished recording (waiting for one being finished now), once."""
        finishing = self._finishing.get(call_id)
        if finishing is not None:
            await finishing.wait()
        return self._done.pop(call_id, None)
