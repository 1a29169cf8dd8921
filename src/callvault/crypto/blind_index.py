"""Keyed blind indexes: exact-match look-ups over encrypted fields without storing plaintext.

The index is HMAC-SHA256 under the workspace's index key over the canonical encoding of
workspace id, field name and value, so equal values in different fields or workspaces never
share an index. Normalise values before indexing (E.164 phone numbers, case-folded emails):
the index matches bytes, not meaning.
"""

from __future__ import annotations

import hashlib
import hmac

from callvault.crypto.context import encode_context


def blind_index(key: bytes, *, workspace_id: str, field: str, value: str) -> str:
    """Hex HMAC-SHA256 of value for field under the workspace index key."""
    if not field:
        raise ValueError("a blind index needs a field name")
    message = encode_context("callvault.blind-index.v1", workspace_id, field, value)
    return hmac.new(key, message, hashlib.sha256).hexdigest()
