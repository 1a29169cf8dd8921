"""What the text stages ask of a sentence encoder, and the one implementation: a BERT-style
ONNX model (input ids, attention mask, token types → last hidden state) with mean pooling
over the real tokens and L2 normalisation, as sentence-transformers does for MiniLM."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from callvault.intelligence.embedding.errors import EncoderUnavailable

Vectors = npt.NDArray[np.float32]
MAX_TOKENS = 128  # a phone utterance is far shorter; longer text is cut, not refused
BATCH = 16  # padded batches: utterances of similar length cost little extra


class SentenceEncoder(Protocol):
    @property
    def name(self) -> str: ...

    def encode(self, texts: Sequence[str]) -> Vectors:
        """One unit-length row per text."""
        ...


class OnnxSentenceEncoder:
    """A WordPiece vocabulary and an ONNX encoder; loaded at construction (≈1 s), then safe
    to share between threads (onnxruntime sessions are)."""

    def __init__(self, model: Path, vocab: Path, *, name: str, threads: int = 1) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import BertWordPieceTokenizer
        except ImportError as exc:  # both come with faster-whisper
            raise EncoderUnavailable(f"onnxruntime or tokenizers is missing: {exc}") from exc
        for path in (model, vocab):
            if not path.is_file():
                raise EncoderUnavailable(f"no such file: {path}")
        options = ort.SessionOptions()
        # The worker's cores belong to the recogniser; a sentence takes milliseconds anyway.
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        try:
            self._session = ort.InferenceSession(
                str(model), sess_options=options, providers=["CPUExecutionProvider"]
            )
            tokenizer = BertWordPieceTokenizer(str(vocab), lowercase=True)
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise EncoderUnavailable(f"{model} does not load: {exc}") from exc
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 (a token, not a secret)
        self._tokenizer = tokenizer
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._lock = threading.Lock()  # the tokenizer's padding state is shared
        self.name = name

    def encode(self, texts: Sequence[str]) -> Vectors:
        out = [self._batch(list(texts[i : i + BATCH])) for i in range(0, len(texts), BATCH)]
        return np.concatenate(out) if out else np.zeros((0, 0), dtype=np.float32)

    def _batch(self, texts: list[str]) -> Vectors:
        with self._lock:
            encodings = self._tokenizer.encode_batch([t.strip() or "." for t in texts])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = np.asarray(self._session.run(None, feeds)[0], dtype=np.float32)
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: Vectors = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return out
