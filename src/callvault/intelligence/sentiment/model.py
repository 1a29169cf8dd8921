"""The learned sentiment scorer: a logistic head (negative / neutral / positive) on a sentence
embedding plus a few named features (the rules' score among them: features.py), fitted by
bench/vi/sentiment_head.py on labelled customer turns that are not the held-out evaluation
set, shipped as JSON beside the encoder it was fitted on (the bundled MiniLM's in this
package; a configured model's in its own directory). ADR 0030, ADR 0032."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from callvault.intelligence.embedding import bundled
from callvault.intelligence.embedding.encoder import OnnxSentenceEncoder, SentenceEncoder
from callvault.intelligence.embedding.errors import EncoderUnavailable
from callvault.intelligence.sentiment.features import FEATURES, extract

HEAD_FILE = "sentiment-head.json"
LABELS = ("negative", "neutral", "positive")


@dataclass(frozen=True, slots=True)
class SentimentHead:
    encoder: str  # the encoder name the weights were fitted on
    features: tuple[str, ...]  # named inputs after the vector, in order (features.FEATURES)
    # raw score = scale × (P(positive) − P(negative)): below 1 widens the neutral band, since
    # most phone turns are neutral and "neutral" is the better guess when the head is unsure.
    scale: float
    weights: npt.NDArray[np.float32]  # (dimension + features) × 3
    bias: npt.NDArray[np.float32]  # 3

    @classmethod
    def from_json(cls, doc: dict[str, object]) -> SentimentHead:
        if doc.get("labels") != list(LABELS):
            raise EncoderUnavailable(f"a sentiment head must have the labels {list(LABELS)}")
        features = doc.get("features")
        if not isinstance(features, list) or any(f not in FEATURES for f in features):
            # A head from before ADR 0032 read the vector alone and was blended with the rules.
            raise EncoderUnavailable(
                f"the sentiment head's features {features!r} are not {sorted(FEATURES)}: "
                "fit it again with bench/vi/sentiment_head.py"
            )
        weights = np.asarray(doc["weights"], dtype=np.float32)
        bias = np.asarray(doc["bias"], dtype=np.float32)
        if weights.ndim != 2 or weights.shape[1] != len(LABELS) or bias.shape != (len(LABELS),):
            raise EncoderUnavailable("a sentiment head's weights must be dimension × 3")
        scale = doc.get("scale")
        if not isinstance(scale, int | float) or not 0 < scale <= 2:
            raise EncoderUnavailable(f"a sentiment head's scale must be in (0, 2], not {scale!r}")
        return cls(str(doc["encoder"]), tuple(features), float(scale), weights, bias)

    def probabilities(self, inputs: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """P(negative), P(neutral), P(positive) per row of [vector, features]."""
        z = inputs @ self.weights + self.bias
        z = np.exp(z - z.max(axis=1, keepdims=True))
        p: npt.NDArray[np.float32] = (z / z.sum(axis=1, keepdims=True)).astype(np.float32)
        return p

    def scores(self, inputs: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """The raw score per row, in -1..1 (labels at ±0.2 as the rules' are)."""
        p = self.probabilities(inputs)
        raw: npt.NDArray[np.float32] = np.clip(self.scale * (p[:, 2] - p[:, 0]), -1.0, 1.0)
        return raw


def bundled_head() -> SentimentHead:
    text = resources.files(__package__ or "").joinpath(f"data/{HEAD_FILE}").read_text()
    return SentimentHead.from_json(json.loads(text))


def head_in(directory: Path) -> SentimentHead:
    path = directory / HEAD_FILE
    if not path.is_file():
        raise EncoderUnavailable(
            f"{directory} has no {HEAD_FILE}: fit one with bench/vi/sentiment_head.py"
        )
    return SentimentHead.from_json(json.loads(path.read_text()))


class SentimentModel:
    """An encoder and the head fitted on its vectors."""

    def __init__(self, encoder: SentenceEncoder, head: SentimentHead) -> None:
        if head.encoder != encoder.name:
            raise EncoderUnavailable(
                f"the sentiment head was fitted on {head.encoder!r}, not {encoder.name!r}"
            )
        self.encoder = encoder
        self.head = head
        self.inputs(["."], [0.0])  # a head of another width fails here, at load, not mid-call

    def inputs(
        self,
        texts: Sequence[str],
        rules: Sequence[float],
        replies: Sequence[str] | None = None,
    ) -> npt.NDArray[np.float32]:
        """[sentence vector, the head's features] per text; `rules` are the rules' raw scores,
        `replies` what the other party said next (none: a live turn, or a line alone)."""
        vectors = self.encoder.encode(texts)
        answers = replies if replies is not None else [""] * len(texts)
        extra = np.array(
            [
                extract(self.head.features, t, r, a)
                for t, r, a in zip(texts, rules, answers, strict=True)
            ],
            dtype=np.float32,
        ).reshape(len(texts), len(self.head.features))
        inputs = np.hstack([vectors, extra])
        if inputs.shape[1] != self.head.weights.shape[0]:
            raise EncoderUnavailable(
                f"the sentiment head takes {self.head.weights.shape[0]} inputs, "
                f"not {inputs.shape[1]}"
            )
        return inputs

    def scores(
        self,
        texts: Sequence[str],
        rules: Sequence[float],
        replies: Sequence[str] | None = None,
    ) -> list[float]:
        """The raw sentiment (-1..1) of each text, given the rules' raw score of each and the
        other party's reply to each."""
        if not texts:
            return []
        return [float(s) for s in self.head.scores(self.inputs(texts, rules, replies))]


_loaded: dict[Path | None, SentimentModel] = {}
_lock = threading.Lock()


def load(directory: Path | None = None) -> SentimentModel:
    """The bundled MiniLM and its head, or a local model directory (`model.onnx`,
    `vocab.txt`, `sentiment-head.json`); loaded once per process (≈1 s, ~60 MB).
    Raises EncoderUnavailable with the reason."""
    with _lock:
        model = _loaded.get(directory)
        if model is None:
            files = bundled.local(directory) if directory is not None else bundled.bundled()
            encoder = OnnxSentenceEncoder(files.model, files.vocab, name=files.name)
            head = head_in(directory) if directory is not None else bundled_head()
            model = _loaded[directory] = SentimentModel(encoder, head)
        return model
