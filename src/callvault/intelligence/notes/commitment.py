"""The learned half of action items (ADR 0033): a logistic head on sentence embeddings that
tells a promise or request for after the call ("I'll knock the late fee off your next bill")
from something said and done in the call ("I'll be honest with you"). The rules know the
usual verbs; the head decides only sentences whose verb they do not know, so a call the
rules read fully costs no encoding. Fitted by bench/vi/commitment_head.py on the bundled
MiniLM; with any other encoder there is no head and the rules stand alone."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from callvault.intelligence.embedding.encoder import SentenceEncoder
from callvault.intelligence.embedding.errors import EncoderUnavailable

HEAD_FILE = "commitment-head.json"
THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class CommitmentHead:
    encoder: str  # the encoder name the weights were fitted on
    weights: npt.NDArray[np.float32]  # dimension
    bias: float

    @classmethod
    def from_json(cls, doc: dict[str, object]) -> CommitmentHead:
        weights = np.asarray(doc["weights"], dtype=np.float32)
        if weights.ndim != 1:
            raise EncoderUnavailable("a commitment head's weights must be one vector")
        return cls(str(doc["encoder"]), weights, float(str(doc["bias"])))


@cache
def bundled_head() -> CommitmentHead:
    text = resources.files(__package__ or "").joinpath(f"data/{HEAD_FILE}").read_text()
    return CommitmentHead.from_json(json.loads(text))


class CommitmentClassifier:
    """An encoder and the head fitted on its vectors."""

    def __init__(self, encoder: SentenceEncoder, head: CommitmentHead) -> None:
        if head.encoder != encoder.name:
            raise EncoderUnavailable(
                f"the commitment head was fitted on {head.encoder!r}, not {encoder.name!r}"
            )
        if head.weights.shape[0] != encoder.encode(["."]).shape[1]:
            raise EncoderUnavailable("the commitment head does not fit the encoder's vectors")
        self.encoder = encoder
        self.head = head

    def probabilities(self, texts: Sequence[str]) -> list[float]:
        """P(a promise or request for after the call) per text."""
        if not texts:
            return []
        z = self.encoder.encode(texts) @ self.head.weights + self.head.bias
        return [float(p) for p in 1.0 / (1.0 + np.exp(-z))]

    def commitments(self, texts: Sequence[str]) -> list[bool]:
        return [p >= THRESHOLD for p in self.probabilities(texts)]


# One per encoder (the process's sentiment model holds one): no check per call. The encoder
# is kept beside its classifier so its id is never reused while the entry lives.
_made: dict[int, tuple[SentenceEncoder, CommitmentClassifier | None]] = {}
_lock = threading.Lock()


def for_encoder(encoder: SentenceEncoder) -> CommitmentClassifier | None:
    """The bundled head on `encoder`, or None when it was fitted on another encoder (a
    configured local model): the rules then decide alone."""
    with _lock:
        made = _made.get(id(encoder))
        if made is None:
            try:
                classifier: CommitmentClassifier | None = CommitmentClassifier(
                    encoder, bundled_head()
                )
            except EncoderUnavailable:
                classifier = None
            made = _made[id(encoder)] = (encoder, classifier)
        return made[1]
