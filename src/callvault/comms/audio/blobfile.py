"""A read-only, seekable file object over an encrypted blob, for PyAV: it decrypts one
stream segment at a time (memory stays flat whatever the blob's size)."""

from __future__ import annotations

import io
import os

from sqlalchemy.orm import Session

from callvault.storage.encrypted import EncryptedBlobStore


class BlobFile(io.RawIOBase):
    """Plaintext of (workspace, kind, object id) as a file; valid while session is open."""

    def __init__(
        self,
        blobs: EncryptedBlobStore,
        session: Session,
        *,
        workspace_id: str,
        kind: str,
        object_id: str,
    ) -> None:
        super().__init__()
        self._blobs = blobs
        self._session = session
        self._where = {"workspace_id": workspace_id, "kind": kind, "object_id": object_id}
        self._size = blobs.size(**self._where)
        self._segment = blobs.segment_size
        self._pos = 0
        self._cached_index = -1
        self._cached = b""

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self._size}[whence]
        target = base + offset
        if target < 0:
            raise OSError("negative seek position")
        self._pos = target
        return self._pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._pos >= self._size:
            return 0
        index = self._pos // self._segment
        if index != self._cached_index:
            start = index * self._segment
            self._cached = b"".join(
                self._blobs.open_range(
                    self._session, **self._where, start=start, end=start + self._segment
                )
            )
            self._cached_index = index
        lo = self._pos - index * self._segment
        n = min(len(buffer), len(self._cached) - lo)
        memoryview(buffer).cast("B")[:n] = self._cached[lo : lo + n]
        self._pos += n
        return n
