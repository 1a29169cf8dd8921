"""Streaming AEAD for blobs (recordings, voicemail, exports), in the manner of Tink's
AES-GCM-HKDF streaming: constant memory whatever the size, random access by plaintext range.

Layout::

    header  = "CVBS" | u8 format | u32 segment size | u32 DEK version | 32-byte salt
              | 7-byte nonce prefix                                         (52 bytes)
    segment = AES-256-GCM(segment key, nonce, plaintext[i*S:(i+1)*S]) || 16-byte tag

The segment key is HKDF-SHA256(stream key, salt, info = associated data || header), so one key
per blob, and any change to the header or to the workspace/kind/object it was sealed for fails
authentication. The nonce is prefix || u32 segment index || u8 last-segment flag: reordered or
duplicated segments fail (wrong index), and so does a truncated stream (the segment read as the
last was not sealed as the last). Every segment holds `segment size` plaintext bytes except the
last, which holds 0..S (0 only for an empty blob), so ciphertext offsets are deterministic and
the plaintext size follows from the ciphertext size.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from callvault.crypto.context import encode_context
from callvault.crypto.errors import DecryptionFailed

MAGIC = b"CVBS"
FORMAT_V1 = 1
_HEADER = struct.Struct(">4sBII32s7s")
HEADER_SIZE = _HEADER.size
TAG_SIZE = 16
SALT_SIZE = 32
NONCE_PREFIX_SIZE = 7
DEFAULT_SEGMENT_SIZE = 256 * 1024
MIN_SEGMENT_SIZE = 16
MAX_SEGMENT_SIZE = 16 * 1024 * 1024
_MAX_SEGMENTS = 2**32
_NONCE_TAIL = struct.Struct(">IB")

# DEK version named in a header -> the workspace's stream key for it.
StreamKeyLookup = Callable[[int], bytes]


def blob_aad(*, workspace_id: str, kind: str, object_id: str) -> bytes:
    """The associated data binding a blob to its workspace, object kind and object id."""
    if not (workspace_id and kind and object_id):
        raise ValueError("a blob context needs workspace id, kind and object id")
    return encode_context("callvault.blob-aad.v1", workspace_id, kind, object_id)


@dataclass(frozen=True, slots=True)
class StreamHeader:
    segment_size: int
    dek_version: int
    salt: bytes
    nonce_prefix: bytes

    @classmethod
    def new(cls, *, segment_size: int, dek_version: int) -> StreamHeader:
        header = cls(
            segment_size, dek_version, os.urandom(SALT_SIZE), os.urandom(NONCE_PREFIX_SIZE)
        )
        header._validate()
        return header

    @classmethod
    def parse(cls, data: bytes) -> StreamHeader:
        if len(data) < HEADER_SIZE:
            raise DecryptionFailed("blob is shorter than its header")
        magic, fmt, segment_size, version, salt, prefix = _HEADER.unpack_from(data)
        if magic != MAGIC or fmt != FORMAT_V1:
            raise DecryptionFailed("not a callvault encrypted blob (bad magic or format)")
        header = cls(segment_size, version, salt, prefix)
        try:
            header._validate()
        except ValueError as exc:
            raise DecryptionFailed(f"invalid blob header: {exc}") from None
        return header

    def to_bytes(self) -> bytes:
        return _HEADER.pack(
            MAGIC, FORMAT_V1, self.segment_size, self.dek_version, self.salt, self.nonce_prefix
        )

    def _validate(self) -> None:
        if not MIN_SEGMENT_SIZE <= self.segment_size <= MAX_SEGMENT_SIZE:
            raise ValueError("segment size out of range")
        if not 1 <= self.dek_version < 2**32:
            raise ValueError("DEK version out of range")


class _SegmentCipher:
    def __init__(self, stream_key: bytes, header: StreamHeader, aad: bytes) -> None:
        info = encode_context("callvault.blob.v1", aad, header.to_bytes())
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=header.salt, info=info)
        self._aead = AESGCM(hkdf.derive(stream_key))
        self._prefix = header.nonce_prefix

    def seal(self, index: int, data: bytes | bytearray | memoryview, *, last: bool) -> bytes:
        if index >= _MAX_SEGMENTS:
            raise ValueError("blob has too many segments for its segment size")
        return self._aead.encrypt(self._prefix + _NONCE_TAIL.pack(index, last), data, None)

    def open(self, index: int, data: bytes | bytearray | memoryview, *, last: bool) -> bytes:
        if index >= _MAX_SEGMENTS:
            raise DecryptionFailed("segment index out of range")
        try:
            return self._aead.decrypt(self._prefix + _NONCE_TAIL.pack(index, last), data, None)
        except InvalidTag:
            raise DecryptionFailed(
                "blob segment failed authentication (tampered, truncated, reordered, or "
                "not sealed for this object)",
                segment=index,
            ) from None


def ciphertext_size(plaintext_size: int, segment_size: int) -> int:
    segments = max(1, -(-plaintext_size // segment_size))
    return HEADER_SIZE + plaintext_size + TAG_SIZE * segments


def plaintext_size(ciphertext_size: int, segment_size: int) -> int:
    """The plaintext size a well-formed stream of this size holds (DecryptionFailed if none)."""
    body = ciphertext_size - HEADER_SIZE
    if body < TAG_SIZE:
        raise DecryptionFailed("blob is truncated")
    stride = segment_size + TAG_SIZE
    segments = -(-body // stride)
    last = body - (segments - 1) * stride
    if last < TAG_SIZE or (segments > 1 and last == TAG_SIZE):
        raise DecryptionFailed("blob size does not match its segment layout")
    return body - TAG_SIZE * segments


def encrypt_stream(
    stream_key: bytes,
    dek_version: int,
    chunks: Iterable[bytes | bytearray | memoryview],
    *,
    aad: bytes,
    segment_size: int = DEFAULT_SEGMENT_SIZE,
) -> Iterator[bytes]:
    """Yield the header, then sealed segments, from plaintext chunks of any sizes."""
    header = StreamHeader.new(segment_size=segment_size, dek_version=dek_version)
    cipher = _SegmentCipher(stream_key, header, aad)
    yield header.to_bytes()
    size = segment_size
    index = 0
    # A full segment cannot be sealed until we know whether more data follows (the last-segment
    # flag), so one is held back; `partial` collects a segment split across chunks. At most one
    # of them is non-empty at any time. Immutable bytes are sliced, never copied.
    held: bytes | bytearray | memoryview | None = None
    partial = bytearray()
    for chunk in chunks:
        if not chunk:
            continue
        view = memoryview(chunk if isinstance(chunk, bytes) else bytes(chunk))
        if partial:
            take = size - len(partial)
            partial += view[:take]
            view = view[take:]
            if len(partial) < size:
                continue
            held, partial = partial, bytearray()
        while view:
            if held is not None:
                yield cipher.seal(index, held, last=False)
                index += 1
                held = None
            if len(view) >= size:
                held, view = view[:size], view[size:]
            else:
                partial += view
                break
    yield cipher.seal(index, held if held is not None else partial, last=True)


def encrypt_to(
    sink: Callable[[bytes], object],
    stream_key: bytes,
    dek_version: int,
    chunks: Iterable[bytes | bytearray | memoryview],
    *,
    aad: bytes,
    segment_size: int = DEFAULT_SEGMENT_SIZE,
) -> int:
    """Encrypt chunks into sink (e.g. a file's write); return the ciphertext size."""
    written = 0
    for piece in encrypt_stream(
        stream_key, dek_version, chunks, aad=aad, segment_size=segment_size
    ):
        sink(piece)
        written += len(piece)
    return written


def decrypt_stream(
    key_for_version: StreamKeyLookup,
    chunks: Iterable[bytes | bytearray | memoryview],
    *,
    aad: bytes,
) -> Iterator[bytes]:
    """Decrypt a whole stream read sequentially (any chunking); fails on any truncation."""
    buffer = bytearray()
    cipher: _SegmentCipher | None = None
    stride = 0
    index = 0
    for chunk in chunks:
        buffer += chunk
        if cipher is None:
            if len(buffer) < HEADER_SIZE:
                continue
            header = StreamHeader.parse(bytes(buffer[:HEADER_SIZE]))
            del buffer[:HEADER_SIZE]
            cipher = _SegmentCipher(key_for_version(header.dek_version), header, aad)
            stride = header.segment_size + TAG_SIZE
        # Keep at least one whole segment back: it may be the last one.
        while len(buffer) > stride:
            with memoryview(buffer) as view:
                plaintext = cipher.open(index, view[:stride], last=False)
            del buffer[:stride]
            index += 1
            yield plaintext
    if cipher is None:
        raise DecryptionFailed("blob is shorter than its header")
    if len(buffer) < TAG_SIZE or (index > 0 and len(buffer) == TAG_SIZE):
        raise DecryptionFailed("blob is truncated")
    yield cipher.open(index, buffer, last=True)


class RandomAccessCiphertext(Protocol):
    """Where a stored stream can be read from at any offset (a file, an object store)."""

    def size(self) -> int: ...

    def read_at(self, offset: int, n: int) -> bytes: ...


class StreamReader:
    """Random access to a stored stream: validates the header and size when opened."""

    def __init__(
        self, source: RandomAccessCiphertext, key_for_version: StreamKeyLookup, *, aad: bytes
    ) -> None:
        self._source = source
        stored = source.size()
        self.header = StreamHeader.parse(source.read_at(0, HEADER_SIZE))
        self.stored_size = stored
        self.size = plaintext_size(stored, self.header.segment_size)
        self._segments = max(1, -(-self.size // self.header.segment_size))
        self._cipher = _SegmentCipher(key_for_version(self.header.dek_version), self.header, aad)

    def iter_range(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """Plaintext bytes [start, end) (end clamped to the size), one segment at a time."""
        end = self.size if end is None else min(end, self.size)
        if start < 0 or start > end:
            raise ValueError(f"invalid range [{start}, {end}) for a blob of {self.size} bytes")
        return self._iter(start, end)

    def _iter(self, start: int, end: int) -> Iterator[bytes]:
        if start == end:
            return
        size = self.header.segment_size
        stride = size + TAG_SIZE
        for index in range(start // size, (end - 1) // size + 1):
            last = index == self._segments - 1
            seg_start = index * size
            length = (self.size - seg_start if last else size) + TAG_SIZE
            data = self._source.read_at(HEADER_SIZE + index * stride, length)
            if len(data) != length:
                raise DecryptionFailed("blob is truncated", segment=index)
            plaintext = self._cipher.open(index, data, last=last)
            lo = max(start - seg_start, 0)
            hi = min(end - seg_start, len(plaintext))
            yield plaintext if lo == 0 and hi == len(plaintext) else plaintext[lo:hi]
