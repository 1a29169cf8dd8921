"""Canonical, injective encoding of associated data and key-derivation contexts.

Every part is length-prefixed, so ("ab", "c") and ("a", "bc") never encode alike, and a label
names the purpose, so a context built for one use can never be replayed for another.
"""

from __future__ import annotations

import struct

_U32 = struct.Struct(">I")


def encode_context(label: str, *parts: str | bytes | int) -> bytes:
    """Encode a label and parts as u32-length-prefixed fields (ints as decimal text)."""
    out = bytearray()
    for part in (label, *parts):
        if isinstance(part, bytes):
            raw = part
        elif isinstance(part, bool):
            raise TypeError("booleans are ambiguous in a crypto context")
        elif isinstance(part, int):
            raw = str(part).encode("ascii")
        else:
            raw = part.encode("utf-8")
        out += _U32.pack(len(raw))
        out += raw
    return bytes(out)
