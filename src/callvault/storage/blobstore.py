"""The BlobStore port: named byte objects written once as a stream, read by byte range.

Backends: the local filesystem (embedded mode) and S3-compatible object storage (cluster
mode). Stores see only ciphertext; `EncryptedBlobStore` is what domains use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from callvault.storage.errors import InvalidBlobKey

MAX_KEY_LENGTH = 512
MAX_KEY_SEGMENTS = 12
# Segments never start with "." (no "." / "..", and room for backends' hidden temp files).
_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")

Chunk = bytes | bytearray | memoryview


def validate_key(key: str) -> str:
    """Return key if it is a relative, slash-separated path of safe segments; else raise."""
    if not isinstance(key, str) or not key or len(key) > MAX_KEY_LENGTH:
        raise InvalidBlobKey(f"blob key must be 1 to {MAX_KEY_LENGTH} characters", key=str(key))
    segments = key.split("/")
    if len(segments) > MAX_KEY_SEGMENTS:
        raise InvalidBlobKey("blob key has too many segments", key=key)
    for segment in segments:
        if not _SEGMENT.fullmatch(segment):
            raise InvalidBlobKey(
                "blob key segments must be non-empty, start with a letter or digit and contain "
                "only letters, digits, '.', '_' or '-' (no absolute paths, no '..')",
                key=key,
            )
    return key


@runtime_checkable
class BlobStore(Protocol):
    def put(self, key: str, chunks: Iterable[Chunk]) -> int:
        """Store chunks under key atomically (all or nothing; replaces); return bytes written."""
        ...

    def size(self, key: str) -> int:
        """Stored size in bytes (BlobNotFound if absent)."""
        ...

    def read_at(self, key: str, offset: int, n: int) -> bytes:
        """Up to n bytes from offset (fewer only at the end of the blob)."""
        ...

    def iter_range(self, key: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """Bytes [start, end) in bounded chunks (end None: to the end)."""
        ...

    def delete(self, key: str) -> bool:
        """Delete one blob; False if it did not exist."""
        ...

    def delete_many(self, keys: Iterable[str]) -> int:
        """Delete these blobs (missing ones are skipped); return how many existed. The same
        as `delete` per key, but a backend may make the batch durable once (bulk purges)."""
        ...

    def delete_prefix(self, prefix: str) -> int:
        """Delete every blob whose key starts with prefix + "/"; return how many."""
        ...

    def exists(self, key: str) -> bool: ...
