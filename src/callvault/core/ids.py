"""Time-ordered identifiers (UUIDv7 layout) so ids sort by creation for cursor pagination."""

from __future__ import annotations

import secrets
import time
import uuid


def new_id() -> str:
    """Return a UUIDv7 string: 48-bit millisecond timestamp, then 74 random bits."""
    ms = time.time_ns() // 1_000_000
    rand = secrets.randbits(74)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= (rand >> 62) << 64  # 12 bits rand_a
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def is_valid_id(text: str) -> bool:
    """True when text is a canonical UUID string (anything else cannot name an object)."""
    try:
        return str(uuid.UUID(text)) == text
    except (ValueError, AttributeError, TypeError):
        return False
