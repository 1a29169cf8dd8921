"""The speech models a process runs, loaded on first use and shared by every job of the
process; their configuration comes from the settings only.

Post-call transcription uses Whisper base by default (ADR 0020), assembled from its two
packages and checksum-checked, without the dictionary prompt (it did not help base and once
made it worse); if base cannot be had the process logs why and uses the bundled tiny.en
instead (with the prompt), which is also the fallback model (`fallback_recogniser`)."""

from __future__ import annotations

import dataclasses
import logging
import threading
from pathlib import Path

from callvault.core.settings import Settings
from callvault.intelligence.asr import base_model
from callvault.intelligence.asr.errors import ModelUnavailable
from callvault.intelligence.asr.model import ModelConfig
from callvault.intelligence.asr.recogniser import Decoding, Recogniser
from callvault.intelligence.embedding.errors import EncoderUnavailable
from callvault.intelligence.sentiment.model import SentimentModel
from callvault.intelligence.sentiment.model import load as load_sentiment_model

log = logging.getLogger(__name__)

TINY = "bundled:tiny.en"
BASE = "bundled:whisper-base"


class Engines:
    def __init__(self, settings: Settings) -> None:
        self.model_config = ModelConfig(
            path=settings.asr_model_dir,
            compute_type=settings.asr_compute_type,
            cpu_threads=settings.asr_threads,
        )
        self.postcall_model = settings.asr_postcall_model
        self.verify_model = settings.asr_verify_model
        self.model_cache_dir = settings.asr_model_cache_dir or settings.data_dir / "models"
        self.max_audio_seconds = settings.asr_max_audio_minutes * 60.0
        self.settle_seconds = settings.vi_settle_seconds
        self.lease_seconds = settings.vi_stage_lease_seconds
        self.server_port = settings.port  # the notes endpoint may not point at the API itself
        self.fallback_reason: str | None = None  # why the post-call model is not the chosen one
        self._recogniser: Recogniser | None = None
        self._fallback: Recogniser | None = None
        self._name = str(settings.asr_model_dir) if settings.asr_model_dir else TINY
        self._lock = threading.Lock()
        self.sentence_model_dir = settings.sentence_model_dir
        self.sentiment_fallback_reason: str | None = None  # why sentiment runs on rules only
        self._sentiment: SentimentModel | None = None

    @property
    def model_name(self) -> str:
        """The model the post-call recogniser runs (known once it has been loaded)."""
        return self._name

    def recogniser(self) -> Recogniser:
        """The process's post-call recogniser; raises ModelUnavailable (with the path) only if
        no model at all can load."""
        with self._lock:
            if self._recogniser is None:
                self._recogniser = self._postcall()
            return self._recogniser

    def verify_ears(self) -> list[Recogniser]:
        """The leak check's ears (`asr_verify_model`): the post-call recogniser, tiny.en, or
        both (the post-call one first)."""
        ears = []
        if self.verify_model in ("postcall", "both"):
            ears.append(self.recogniser())
        if self.verify_model in ("tiny.en", "both"):
            ears.append(self.fallback_recogniser())
        return ears

    def hears_as(self, ear: Recogniser, model: str | None) -> bool:
        """Whether `ear` is the model that wrote a raw transcript made by `model` (then it
        hears the same words in unchanged audio: ADR 0038)."""
        return ear is self._recogniser and model is not None and model == self._name

    def fallback_recogniser(self) -> Recogniser:
        """tiny.en (or the configured model directory): fast, always there."""
        with self._lock:
            if self._fallback is None:
                self._fallback = Recogniser(self.model_config)
            return self._fallback

    def sentiment_model(self) -> SentimentModel | None:
        """The sentence encoder and sentiment head (ADR 0030), or None with
        `sentiment_fallback_reason` set: sentiment then runs on its rules alone."""
        with self._lock:
            if self._sentiment is None and self.sentiment_fallback_reason is None:
                try:
                    self._sentiment = load_sentiment_model(self.sentence_model_dir)
                except EncoderUnavailable as exc:
                    self.sentiment_fallback_reason = str(exc)
                    log.warning("sentiment model unavailable, rules only: %s", exc)
            return self._sentiment

    def _postcall(self) -> Recogniser:
        if self.model_config.path is not None or self.postcall_model != "base":
            return Recogniser(self.model_config)
        try:
            path = base_model.model_dir(Path(self.model_cache_dir))
            recogniser = Recogniser(
                dataclasses.replace(self.model_config, path=path),
                Decoding(dictionary_prompt=False),
            )
        except ModelUnavailable as exc:
            self.fallback_reason = str(exc)
            log.warning("Whisper base unavailable, transcribing with tiny.en: %s", exc)
            return Recogniser(self.model_config)
        self._name = BASE
        return recogniser
