"""Opaque keyset cursors for newest-first lists: a cursor names the (time, id) of the last
row of the previous page, so rows inserted while a client pages land before or after its
position and never shift what it has not read yet."""

from __future__ import annotations

import base64
import binascii
from datetime import datetime

from callvault.core.errors import InvalidInput
from callvault.core.ids import is_valid_id

_CURSOR_VERSION = "c1"

Position = tuple[datetime, str]


class InvalidCursor(InvalidInput):
    code = "invalid_cursor"


def encode_cursor(at: datetime, object_id: str) -> str:
    raw = f"{_CURSOR_VERSION}|{at.isoformat()}|{object_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> Position:
    """The (time, id) a cursor names; InvalidCursor for anything not made by us."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        version, when, object_id = raw.split("|")
        at = datetime.fromisoformat(when)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidCursor("The cursor is not valid.", field="cursor") from exc
    if version != _CURSOR_VERSION or at.tzinfo is None or not is_valid_id(object_id):
        raise InvalidCursor("The cursor is not valid.", field="cursor")
    return at, object_id
