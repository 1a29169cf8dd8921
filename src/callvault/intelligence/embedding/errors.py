"""Why no sentence encoder could be had."""

from __future__ import annotations


class EncoderUnavailable(Exception):
    """The model file or vocabulary is missing, fails its checksum or will not load."""
