"""Why speech to text could not run. Each error carries a stable `code` so callers (jobs, web)
can record or map it without parsing messages."""

from __future__ import annotations

from typing import ClassVar


class AsrError(Exception):
    """Base of speech-to-text failures."""

    code: ClassVar[str] = "asr_error"


class ModelUnavailable(AsrError):
    """The configured model directory is missing, incomplete or unreadable."""

    code = "asr_model_unavailable"


class AudioUndecodable(AsrError):
    """The bytes are not audio we can decode (corrupt, not a media file, no audio stream)."""

    code = "audio_undecodable"


class AudioTooLong(AsrError):
    """The audio is longer than the configured maximum."""

    code = "audio_too_long"


class LanguageUnsupported(AsrError):
    """The model cannot transcribe the requested language (e.g. an English-only model)."""

    code = "asr_language_unsupported"
