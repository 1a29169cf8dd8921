"""The speech model a process runs, loaded on first use (about a second for tiny.en) and
shared by every job of the process; its configuration comes from the settings only."""

from __future__ import annotations

import threading

from callvault.core.settings import Settings
from callvault.intelligence.asr.model import ModelConfig
from callvault.intelligence.asr.recogniser import Recogniser


class Engines:
    def __init__(self, settings: Settings) -> None:
        self.model_config = ModelConfig(
            path=settings.asr_model_dir,
            compute_type=settings.asr_compute_type,
            cpu_threads=settings.asr_threads,
        )
        self.max_audio_seconds = settings.asr_max_audio_minutes * 60.0
        self.settle_seconds = settings.vi_settle_seconds
        self.lease_seconds = settings.vi_stage_lease_seconds
        self.server_port = settings.port  # the notes endpoint may not point at the API itself
        self._recogniser: Recogniser | None = None
        self._lock = threading.Lock()

    @property
    def model_name(self) -> str:
        path = self.model_config.path
        return str(path) if path is not None else "bundled:tiny.en"

    def recogniser(self) -> Recogniser:
        """The process's recogniser; raises ModelUnavailable (with the path) if it can't load."""
        with self._lock:
            if self._recogniser is None:
                self._recogniser = Recogniser(self.model_config)
            return self._recogniser
