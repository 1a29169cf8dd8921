"""A live call's recording, written while the call runs: one channel per recorded leg (the
audio that leg's device sent), encoded as Ogg/Opus and streamed straight through the
streaming AEAD into the blob store. No plaintext byte reaches a disk: PCM and Ogg pages live
only in this thread's memory until they are sealed, and the store writes ciphertext to a
hidden temporary file that becomes the blob only when the recording ends (a media process
killed mid-call leaves nothing but that temporary file, which the blob store's sweep removes).

Ogg/Opus because it streams (no length in a header to rewrite at the end), is one of the
containers the recordings path already accepts (comms/audio/probe.py), and is small
(~24 kbit/s per channel). Opus maps 1–4 channels in a known order (mono, stereo, 3.0, quad)."""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import av
import numpy as np

from callvault.media.mixer import RATE
from callvault.media.port import MediaError
from callvault.storage.encrypted import BlobInfo, BlobSealer

log = logging.getLogger("callvault.media")

MAX_CHANNELS = 4
_LAYOUTS = {1: "mono", 2: "stereo", 3: "3.0", 4: "quad"}
BIT_RATE_PER_CHANNEL = 24_000
# The call's clock hands the encoder thread this many 20 ms frames at once (200 ms): one
# cross-thread wake-up per batch instead of one per frame, which cost more than the copy.
_BATCH = 10
# Batches waiting for the encoder thread; beyond this (10 s) the thread is hopelessly behind
# and the recording fails rather than growing memory without bound.
_MAX_BACKLOG = 500 // _BATCH
_IO_BUFFER = 4096
_PAGE_MICROSECONDS = 200_000


@dataclass(frozen=True, slots=True)
class FinishedRecording:
    blob: BlobInfo
    legs: tuple[str, ...]  # channel i carries legs[i]
    duration_ms: int


class _Sink:
    """PyAV writes the Ogg pages here; they are handed on to the sealing stream."""

    def __init__(self) -> None:
        self.pages: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.pages.append(bytes(data))
        return len(data)


class CallRecorder:
    def __init__(self, sealer: BlobSealer, legs: Sequence[str]) -> None:
        if not 1 <= len(legs) <= MAX_CHANNELS:
            raise MediaError(
                "bad_recording", f"a recording holds 1 to {MAX_CHANNELS} legs, not {len(legs)}"
            )
        self.legs = tuple(legs)
        self._sealer = sealer
        self._frames: queue.Queue[np.ndarray | BaseException | None] = queue.Queue()
        self._batch: list[np.ndarray] = []
        self._samples = 0
        self._failed = False
        self._result: BlobInfo | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="media-recorder", daemon=True)
        self._thread.start()

    def write(self, frames: Sequence[np.ndarray]) -> None:
        """One 20 ms frame per leg, in channel order (called from the call's clock)."""
        if self._failed:
            return
        if self._frames.qsize() > _MAX_BACKLOG:
            log.error("media: recording encoder fell behind; the recording is abandoned")
            self._failed = True
            self._frames.put(MediaError("recording_failed", "the recording fell behind"))
            return
        self._batch.append(np.stack(frames, axis=1))
        if len(self._batch) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch and not self._failed:
            self._frames.put(np.concatenate(self._batch).reshape(1, -1))
        self._batch = []

    async def finish(self) -> FinishedRecording:
        """End the stream and wait until the blob is complete in the store."""
        self._flush()
        self._frames.put(None)
        await asyncio.to_thread(self._thread.join)
        if self._result is None:
            raise MediaError("recording_failed", "the recording could not be written") from (
                self._error
            )
        return FinishedRecording(
            blob=self._result, legs=self.legs, duration_ms=self._samples * 1000 // RATE
        )

    async def abort(self) -> None:
        """Give the recording up: the store discards what was written."""
        self._frames.put(MediaError("recording_aborted", "the recording was abandoned"))
        await asyncio.to_thread(self._thread.join)

    def _run(self) -> None:
        try:
            self._result = self._sealer.put(self._encoded())
        except BaseException as exc:
            self._error = exc
            if not isinstance(exc, MediaError):
                log.exception("media: a recording could not be written")

    def _encoded(self) -> Iterator[bytes]:
        sink = _Sink()
        layout = _LAYOUTS[len(self.legs)]
        # Small I/O buffer and short pages: the sealed stream advances every few seconds
        # instead of holding a minute of audio in FFmpeg's buffer.
        container = av.open(
            sink,
            "w",
            format="ogg",
            buffer_size=_IO_BUFFER,
            container_options={"page_duration": str(_PAGE_MICROSECONDS)},
        )
        try:
            stream = container.add_stream("libopus", rate=RATE, layout=layout)
            stream.bit_rate = BIT_RATE_PER_CHANNEL * len(self.legs)
            while True:
                item = self._frames.get()
                if isinstance(item, BaseException):
                    raise item
                if item is None:
                    break
                frame = av.AudioFrame.from_ndarray(item, format="s16", layout=layout)
                frame.sample_rate = RATE
                frame.pts = self._samples
                self._samples += frame.samples  # the encoder cuts it into 20 ms Opus frames
                for packet in stream.encode(frame):
                    container.mux(packet)
                if sink.pages:
                    yield from sink.pages
                    sink.pages.clear()
            for packet in stream.encode(None):
                container.mux(packet)
        finally:
            container.close()
        yield from sink.pages
