"""One party's live audio cut into speech chunks: a chunk opens when the voice-activity
model hears speech, is offered for a *partial* decoding every `partial_every_ms` of audio
while it stays open and the speaker is not pausing, and closes (*final*) after
`end_silence_ms` without speech, or at `max_chunk_ms` so a monologue still produces finals.
Times are the stream's audio time (ms since its first sample), not wall-clock time: the same
audio always cuts the same way."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from callvault.intelligence.live.vad import WINDOW, StreamingVad

RATE = 16_000
Samples = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class ChunkPolicy:
    start_threshold: float = 0.5  # speech probability that opens a chunk
    end_threshold: float = 0.35  # below this a window counts as silence
    end_silence_ms: int = 400  # this much silence closes the chunk (end of speech)
    min_speech_ms: int = 250  # shorter chunks are clicks and breaths: dropped
    pre_roll_ms: int = 200  # audio kept from before the speech started
    partial_every_ms: int = 1000
    max_chunk_ms: int = 12_000


@dataclass(frozen=True, slots=True)
class Piece:
    """Audio to decode: the open chunk so far (final=False) or the whole closed chunk."""

    number: int  # the chunk's number in its stream, from 0
    final: bool
    samples: Samples
    start_ms: int
    end_ms: int


class Chunker:
    def __init__(self, policy: ChunkPolicy | None = None, vad: StreamingVad | None = None) -> None:
        self.policy = policy or ChunkPolicy()
        self._vad = vad or StreamingVad()
        self._pending = np.zeros(0, dtype=np.float32)  # less than one VAD window
        self._recent: list[Samples] = []  # windows before speech (the pre-roll)
        self._chunk: list[Samples] = []
        self._open = False
        self._position = 0  # samples consumed (VAD windows)
        self._chunk_start = 0
        self._silent_windows = 0
        self._speech_windows = 0
        self._last_partial = 0
        self._number = 0

    def feed(self, pcm: bytes) -> list[Piece]:
        """16-bit little-endian mono PCM at 16 kHz, any length; what is ready to decode."""
        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        self._pending = np.concatenate((self._pending, samples))
        out: list[Piece] = []
        while len(self._pending) >= WINDOW:
            window, self._pending = self._pending[:WINDOW], self._pending[WINDOW:]
            piece = self._window(window, self._vad.probability(window))
            if piece is not None:
                out.append(piece)
        return out

    def flush(self) -> list[Piece]:
        """The stream ended: the open chunk, if any, as a final."""
        if self._open and self._speech_windows * WINDOW >= self._ms(self.policy.min_speech_ms):
            return [self._close()]
        self._open = False
        return []

    def _window(self, window: Samples, p: float) -> Piece | None:
        policy = self.policy
        start = self._position
        self._position += WINDOW
        if not self._open:
            self._recent.append(window)
            keep = max(1, self._ms(policy.pre_roll_ms) // WINDOW + 1)
            del self._recent[:-keep]
            if p < policy.start_threshold:
                return None
            self._open = True
            self._chunk = list(self._recent)
            self._recent = []
            self._chunk_start = start + WINDOW - WINDOW * len(self._chunk)
            self._silent_windows = 0
            self._speech_windows = 1
            self._last_partial = self._position
            return None
        self._chunk.append(window)
        if p < policy.end_threshold:
            self._silent_windows += 1
        else:
            self._silent_windows = 0
            self._speech_windows += 1
        if self._silent_windows * WINDOW >= self._ms(policy.end_silence_ms):
            if self._speech_windows * WINDOW < self._ms(policy.min_speech_ms):
                self._open = False  # a click: nothing to decode
                return None
            return self._close()
        if self._position - self._chunk_start >= self._ms(policy.max_chunk_ms):
            return self._close()
        # No partial while the speaker pauses: the final may be due within end_silence_ms,
        # and a partial decoding then would hold the decoding thread the final needs (it
        # cannot be stopped once started). The partial comes when speech resumes.
        paused = self._silent_windows > 0
        if not paused and self._position - self._last_partial >= self._ms(policy.partial_every_ms):
            self._last_partial = self._position
            return self._piece(final=False)
        return None

    def _close(self) -> Piece:
        # Keep a little of the trailing silence (words fade out), not all of it.
        trailing = max(0, self._silent_windows - self._ms(self.policy.pre_roll_ms) // WINDOW)
        if trailing:
            del self._chunk[-trailing:]
        piece = self._piece(final=True)
        self._open = False
        self._number += 1
        self._chunk = []
        return piece

    def _piece(self, *, final: bool) -> Piece:
        samples = np.concatenate(self._chunk) if self._chunk else np.zeros(0, np.float32)
        end = self._chunk_start + len(samples)
        return Piece(
            number=self._number,
            final=final,
            samples=samples,
            start_ms=self._chunk_start * 1000 // RATE,
            end_ms=end * 1000 // RATE,
        )

    @staticmethod
    def _ms(ms: int) -> int:
        return ms * RATE // 1000
