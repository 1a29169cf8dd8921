"""Streaming voice-activity detection with the Silero model faster-whisper ships (ONNX, no
torch): one 32 ms window at a time, the model's recurrent state carried between windows, so
a live stream is judged exactly as the model would judge it in one pass."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from faster_whisper.vad import get_vad_model

WINDOW = 512  # samples at 16 kHz: the model's window
_CONTEXT = 64  # samples of the previous window the model sees with each new one


class StreamingVad:
    """Speech probability of each successive 512-sample window of one stream."""

    def __init__(self) -> None:
        self._session = get_vad_model().session  # loaded once per process (lru_cache)
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_CONTEXT, dtype=np.float32)

    def probability(self, window: npt.NDArray[np.float32]) -> float:
        if window.shape != (WINDOW,):
            raise ValueError(f"a VAD window is {WINDOW} samples")
        data = np.concatenate((self._context, window)).reshape(1, -1).astype(np.float32)
        out, self._h, self._c = self._session.run(None, {"input": data, "h": self._h, "c": self._c})
        self._context = window[-_CONTEXT:].copy()
        return float(np.asarray(out).reshape(-1)[0])
