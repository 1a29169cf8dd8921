"""Streaming AEAD: round trips at any chunking, random-access ranges, and detection of
truncation, reordering, duplication and header tampering."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator

import pytest

from callvault.crypto import stream
from callvault.crypto.errors import DecryptionFailed

SEG = 64  # small segments: many boundaries in little data
KEY = os.urandom(32)
AAD = stream.blob_aad(workspace_id="ws-1", kind="recording", object_id="rec-1")


def keys(version: int) -> bytes:
    # Any version gets the key: a tampered version must fail authentication, not the lookup.
    return KEY


def seal(data: bytes, *, chunk: int = 100, segment_size: int = SEG, aad: bytes = AAD) -> bytes:
    chunks = (data[i : i + chunk] for i in range(0, len(data), chunk))
    return b"".join(stream.encrypt_stream(KEY, 3, chunks, aad=aad, segment_size=segment_size))


class Buffer:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def size(self) -> int:
        return len(self.data)

    def read_at(self, offset: int, n: int) -> bytes:
        return self.data[offset : offset + n]


def open_all(blob: bytes, aad: bytes = AAD) -> bytes:
    return b"".join(stream.StreamReader(Buffer(blob), keys, aad=aad).iter_range())


def segments(blob: bytes, segment_size: int = SEG) -> tuple[bytes, list[bytes]]:
    stride = segment_size + stream.TAG_SIZE
    body = blob[stream.HEADER_SIZE :]
    return blob[: stream.HEADER_SIZE], [body[i : i + stride] for i in range(0, len(body), stride)]


@pytest.mark.parametrize("size", [0, 1, SEG - 1, SEG, SEG + 1, 2 * SEG, 3 * SEG + 5, 1000])
@pytest.mark.parametrize("chunk", [1, 7, SEG, SEG + 1, 5000])
def test_round_trip_sizes_and_chunkings(size: int, chunk: int) -> None:
    data = os.urandom(size)
    blob = seal(data, chunk=chunk)
    assert len(blob) == stream.ciphertext_size(size, SEG)
    assert stream.plaintext_size(len(blob), SEG) == size
    assert open_all(blob) == data
    # Sequential decryption, fed in odd chunk sizes.
    pieces = (blob[i : i + 37] for i in range(0, len(blob), 37))
    assert b"".join(stream.decrypt_stream(keys, pieces, aad=AAD)) == data


def test_mutable_and_view_inputs_are_safe() -> None:
    data = os.urandom(500)
    buffer = bytearray(50)

    def reused() -> Iterator[bytearray]:
        # Reuses one buffer, like readinto() loops do: the encryptor must not keep references.
        for i in range(0, len(data), 50):
            buffer[:] = data[i : i + 50]
            yield buffer

    blob = b"".join(stream.encrypt_stream(KEY, 3, reused(), aad=AAD, segment_size=SEG))
    assert open_all(blob) == data
    views = [memoryview(data)[i : i + 33] for i in range(0, len(data), 33)]
    blob = b"".join(stream.encrypt_stream(KEY, 3, views, aad=AAD, segment_size=SEG))
    assert open_all(blob) == data


def test_same_plaintext_encrypts_differently() -> None:
    data = b"x" * 300
    assert seal(data) != seal(data)


def test_random_ranges_match_the_original() -> None:
    rng = random.Random(1234)
    data = os.urandom(20 * SEG + 17)
    reader = stream.StreamReader(Buffer(seal(data, chunk=333)), keys, aad=AAD)
    assert reader.size == len(data)
    edges = [0, 1, SEG - 1, SEG, SEG + 1, 5 * SEG, len(data) - 1, len(data)]
    ranges = [(a, b) for a in edges for b in edges if a <= b]
    for _ in range(300):
        a = rng.randrange(len(data) + 1)
        ranges.append((a, rng.randrange(a, len(data) + 1)))
    for start, end in ranges:
        assert b"".join(reader.iter_range(start, end)) == data[start:end], (start, end)
    assert b"".join(reader.iter_range(10, 10**9)) == data[10:]
    with pytest.raises(ValueError, match="invalid range"):
        reader.iter_range(len(data) + 1)
    with pytest.raises(ValueError, match="invalid range"):
        reader.iter_range(-1, 5)
    with pytest.raises(ValueError, match="invalid range"):
        reader.iter_range(9, 5)


def test_range_reads_touch_only_covering_segments() -> None:
    data = os.urandom(10 * SEG)
    source = Buffer(seal(data))
    reads: list[tuple[int, int]] = []
    original = source.read_at

    def spy(offset: int, n: int) -> bytes:
        reads.append((offset, n))
        return original(offset, n)

    source.read_at = spy  # type: ignore[method-assign]
    reader = stream.StreamReader(source, keys, aad=AAD)
    reads.clear()
    assert b"".join(reader.iter_range(3 * SEG + 5, 4 * SEG + 2)) == data[3 * SEG + 5 : 4 * SEG + 2]
    stride = SEG + stream.TAG_SIZE
    assert reads == [
        (stream.HEADER_SIZE + 3 * stride, stride),
        (stream.HEADER_SIZE + 4 * stride, stride),
    ]


def assert_fails(blob: bytes) -> None:
    with pytest.raises(DecryptionFailed):
        open_all(blob)
    with pytest.raises(DecryptionFailed):
        b"".join(stream.decrypt_stream(keys, [blob], aad=AAD))


def test_truncation_is_detected() -> None:
    data = os.urandom(5 * SEG)
    blob = seal(data)
    header, segs = segments(blob)
    assert_fails(header + b"".join(segs[:-1]))  # whole last segment dropped
    assert_fails(header + b"".join(segs[:1]))
    assert_fails(blob[:-1])
    assert_fails(blob[: -stream.TAG_SIZE])
    assert_fails(header)
    assert_fails(blob[: stream.HEADER_SIZE - 1])
    # A partial blob with a full-size last segment (seal of a multiple of SEG) too.
    exact = seal(os.urandom(4 * SEG))
    header, segs = segments(exact)
    assert_fails(header + b"".join(segs[:3]))


def test_reordered_and_duplicated_segments_are_detected() -> None:
    blob = seal(os.urandom(4 * SEG + 9))
    header, segs = segments(blob)
    assert_fails(header + b"".join([segs[1], segs[0], *segs[2:]]))
    assert_fails(header + b"".join([segs[0], segs[0], *segs[2:]]))
    assert_fails(header + b"".join([*segs[:2], segs[1], *segs[2:]]))
    assert_fails(header + b"".join([*segs[:-1], segs[0], segs[-1]]))
    # A segment spliced from another blob of the same key and object fails too.
    _, other = segments(seal(os.urandom(4 * SEG + 9)))
    assert_fails(header + b"".join([segs[0], other[1], *segs[2:]]))


def test_extended_stream_is_detected() -> None:
    blob = seal(os.urandom(2 * SEG + 3))
    _header, segs = segments(blob)
    assert_fails(blob + segs[0])
    assert_fails(blob + b"\x00" * 20)


@pytest.mark.parametrize("offset", range(stream.HEADER_SIZE))
def test_every_header_byte_is_authenticated(offset: int) -> None:
    blob = bytearray(seal(os.urandom(3 * SEG)))
    blob[offset] ^= 0x01
    with pytest.raises(DecryptionFailed):
        open_all(bytes(blob), aad=AAD)
    with pytest.raises(DecryptionFailed):
        b"".join(stream.decrypt_stream(lambda _v: KEY, [bytes(blob)], aad=AAD))


def test_tampered_ciphertext_and_tag() -> None:
    blob = seal(os.urandom(3 * SEG))
    for offset in (stream.HEADER_SIZE, stream.HEADER_SIZE + SEG + 3, len(blob) - 1):
        tampered = bytearray(blob)
        tampered[offset] ^= 0x80
        assert_fails(bytes(tampered))


def test_blob_moved_to_another_object_fails() -> None:
    blob = seal(os.urandom(100))
    for other in (
        stream.blob_aad(workspace_id="ws-2", kind="recording", object_id="rec-1"),
        stream.blob_aad(workspace_id="ws-1", kind="voicemail", object_id="rec-1"),
        stream.blob_aad(workspace_id="ws-1", kind="recording", object_id="rec-2"),
    ):
        with pytest.raises(DecryptionFailed):
            open_all(blob, aad=other)


def test_sizes_that_no_stream_has_are_rejected() -> None:
    with pytest.raises(DecryptionFailed):
        stream.plaintext_size(stream.HEADER_SIZE + 15, SEG)
    # n full segments followed by an empty last one is never produced.
    with pytest.raises(DecryptionFailed):
        stream.plaintext_size(stream.HEADER_SIZE + (SEG + 16) + 16, SEG)
    for size in range(0, 5 * SEG):
        assert stream.plaintext_size(stream.ciphertext_size(size, SEG), SEG) == size


def test_header_validation() -> None:
    with pytest.raises(ValueError, match="segment size"):
        stream.StreamHeader.new(segment_size=8, dek_version=1)
    with pytest.raises(ValueError, match="DEK version"):
        stream.StreamHeader.new(segment_size=SEG, dek_version=0)
    with pytest.raises(DecryptionFailed, match="magic"):
        stream.StreamHeader.parse(b"XXXX" + bytes(60))


def test_encrypt_to_sink() -> None:
    out = bytearray()
    data = os.urandom(1000)
    written = stream.encrypt_to(out.extend, KEY, 3, [data], aad=AAD, segment_size=SEG)
    assert written == len(out) == stream.ciphertext_size(1000, SEG)
    assert open_all(bytes(out)) == data


def test_default_segment_size_round_trip() -> None:
    data = os.urandom(stream.DEFAULT_SEGMENT_SIZE * 2 + 12345)
    blob = b"".join(stream.encrypt_stream(KEY, 3, [data[:100_000], data[100_000:]], aad=AAD))
    reader = stream.StreamReader(Buffer(blob), keys, aad=AAD)
    assert reader.header.segment_size == stream.DEFAULT_SEGMENT_SIZE
    assert b"".join(reader.iter_range()) == data
