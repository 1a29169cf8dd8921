"""HTTP byte ranges (RFC 9110 §14) over a body of known size: what a browser's audio element
sends to seek. One range is served; several, or a malformed header, get the whole body (the
RFC lets a server ignore Range); a range starting past the end is unsatisfiable (416)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from callvault.core.errors import CallvaultError

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_MAX_HEADER = 200


class RangeNotSatisfiable(CallvaultError):
    code = "range_not_satisfiable"
    status = 416


@dataclass(frozen=True, slots=True)
class AudioBody:
    """What to send: bytes [start, end) of size, and whether that is a partial response."""

    start: int
    end: int
    size: int
    partial: bool
    media_type: str
    chunks: Iterator[bytes]

    @property
    def length(self) -> int:
        return self.end - self.start


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """[start, end) the header asks for, None for the whole body; RangeNotSatisfiable."""
    if not header or len(header) > _MAX_HEADER:
        return None
    match = _RANGE.match(header.strip().replace(" ", ""))
    if match is None:
        return None  # not a single bytes range (or malformed): the whole body
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # suffix: the last n bytes
        n = int(last)
        if n == 0 or size == 0:
            raise RangeNotSatisfiable("The requested range is not satisfiable.", size=size)
        return max(0, size - n), size
    start = int(first)
    end = size if not last else int(last) + 1
    if last and end <= start:
        return None  # last < first: invalid, ignored
    if start >= size:
        raise RangeNotSatisfiable("The requested range is not satisfiable.", size=size)
    return start, min(end, size)
