"""Recording errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import InvalidInput, NotFound


class RecordingNotFound(NotFound):
    code = "recording_not_found"


class InvalidChannelMap(InvalidInput):
    """The channel→party map does not fit the file (or party and map were both given)."""

    code = "invalid_channel_map"
