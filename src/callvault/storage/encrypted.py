"""Encrypted blobs: every object is a streaming-AEAD ciphertext under its workspace's newest
content key, bound to (workspace, kind, object id); stores only ever see ciphertext.

Keys are laid out as ``ws/<workspace_id>/<kind>/<object_id>`` so a workspace's blobs can be
purged by prefix once its keys are shredded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from callvault.crypto.keyring import Keyring
from callvault.crypto.stream import (
    DEFAULT_SEGMENT_SIZE,
    HEADER_SIZE,
    StreamHeader,
    StreamReader,
    blob_aad,
    encrypt_stream,
    plaintext_size,
)
from callvault.storage.blobstore import BlobStore, Chunk, validate_key
from callvault.storage.errors import InvalidBlobRange


@dataclass(frozen=True, slots=True)
class BlobInfo:
    key: str
    size: int  # plaintext bytes
    stored_size: int  # ciphertext bytes
    dek_version: int


class _StoredBlob:
    """One stored blob as random-access ciphertext for `StreamReader`."""

    def __init__(self, store: BlobStore, key: str) -> None:
        self._store = store
        self._key = key

    def size(self) -> int:
        return self._store.size(self._key)

    def read_at(self, offset: int, n: int) -> bytes:
        return self._store.read_at(self._key, offset, n)


class _Counter:
    def __init__(self, chunks: Iterable[Chunk]) -> None:
        self._chunks = chunks
        self.total = 0

    def __iter__(self) -> Iterator[Chunk]:
        for chunk in self._chunks:
            self.total += len(memoryview(chunk).cast("B"))
            yield chunk


class BlobSealer:
    """One blob to be written, its key already resolved (`EncryptedBlobStore.sealer`)."""

    def __init__(
        self, blobs: EncryptedBlobStore, key: str, version: int, stream_key: bytes, aad: bytes
    ) -> None:
        self._blobs = blobs
        self.key = key
        self._version = version
        self._stream_key = stream_key
        self._aad = aad

    def put(self, chunks: Iterable[Chunk]) -> BlobInfo:
        """Encrypt chunks on the fly into the store (atomic; replaces any earlier blob)."""
        counter = _Counter(chunks)
        stored = self._blobs.store.put(
            self.key,
            encrypt_stream(
                self._stream_key,
                self._version,
                counter,
                aad=self._aad,
                segment_size=self._blobs.segment_size,
            ),
        )
        return BlobInfo(
            key=self.key, size=counter.total, stored_size=stored, dek_version=self._version
        )


class EncryptedBlobStore:
    """Seal blobs on the way into a `BlobStore` and open byte ranges on the way out."""

    def __init__(
        self, store: BlobStore, keyring: Keyring, *, segment_size: int = DEFAULT_SEGMENT_SIZE
    ) -> None:
        self.store = store
        self.keyring = keyring
        self.segment_size = segment_size

    @staticmethod
    def blob_key(*, workspace_id: str, kind: str, object_id: str) -> str:
        return validate_key(f"ws/{workspace_id}/{kind}/{object_id}")

    def put(
        self,
        session: Session,
        *,
        workspace_id: str,
        kind: str,
        object_id: str,
        chunks: Iterable[Chunk],
    ) -> BlobInfo:
        """Encrypt chunks on the fly into the store (atomic; replaces any earlier blob)."""
        return self.sealer(session, workspace_id=workspace_id, kind=kind, object_id=object_id).put(
            chunks
        )

    def sealer(
        self, session: Session, *, workspace_id: str, kind: str, object_id: str
    ) -> BlobSealer:
        """The workspace's key is fetched now (inside session); the bytes can then be written
        later and for as long as they take (a live call's recording), with no session held."""
        key = self.blob_key(workspace_id=workspace_id, kind=kind, object_id=object_id)
        version, stream_key = self.keyring.cipher(session, workspace_id).stream_key()
        aad = blob_aad(workspace_id=workspace_id, kind=kind, object_id=object_id)
        return BlobSealer(self, key, version, stream_key, aad)

    def open_range(
        self,
        session: Session,
        *,
        workspace_id: str,
        kind: str,
        object_id: str,
        start: int = 0,
        end: int | None = None,
    ) -> Iterator[bytes]:
        """Plaintext bytes [start, end) (end None or past the size: to the end), streamed.

        Keys, header and range are checked now; segments are read and authenticated as the
        iterator is consumed, so a tampered segment raises DecryptionFailed mid-stream."""
        key = self.blob_key(workspace_id=workspace_id, kind=kind, object_id=object_id)
        cipher = self.keyring.cipher(session, workspace_id)
        reader = StreamReader(
            _StoredBlob(self.store, key),
            cipher.stream_key_for,
            aad=blob_aad(workspace_id=workspace_id, kind=kind, object_id=object_id),
        )
        try:
            return reader.iter_range(start, end)
        except ValueError as exc:
            raise InvalidBlobRange(str(exc), key=key, size=reader.size) from None

    def size(self, *, workspace_id: str, kind: str, object_id: str) -> int:
        """Plaintext size, from the stored size and the (plaintext) header; no key needed."""
        key = self.blob_key(workspace_id=workspace_id, kind=kind, object_id=object_id)
        header = StreamHeader.parse(self.store.read_at(key, 0, HEADER_SIZE))
        return plaintext_size(self.store.size(key), header.segment_size)

    def exists(self, *, workspace_id: str, kind: str, object_id: str) -> bool:
        return self.store.exists(
            self.blob_key(workspace_id=workspace_id, kind=kind, object_id=object_id)
        )

    def delete(self, *, workspace_id: str, kind: str, object_id: str) -> bool:
        return self.store.delete(
            self.blob_key(workspace_id=workspace_id, kind=kind, object_id=object_id)
        )

    def delete_many(self, *, workspace_id: str, kind: str, object_ids: Iterable[str]) -> int:
        """Delete these objects' blobs of one kind; return how many existed."""
        return self.store.delete_many(
            self.blob_key(workspace_id=workspace_id, kind=kind, object_id=i) for i in object_ids
        )

    def delete_workspace(self, workspace_id: str) -> int:
        """Purge every blob of a workspace (after its keys were shredded); return how many."""
        return self.store.delete_prefix(validate_key(f"ws/{workspace_id}"))
