"""Audio errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import InvalidInput, Unauthenticated


class NotAudio(InvalidInput):
    """The upload is not an audio file callvault can play (or has no audio stream)."""

    code = "not_audio"


class CorruptAudio(InvalidInput):
    """An audio file whose data is truncated or damaged."""

    code = "corrupt_audio"


class InvalidPlaybackLink(Unauthenticated):
    """A playback link that is malformed, tampered with, expired or for another object."""

    code = "invalid_playback_link"
