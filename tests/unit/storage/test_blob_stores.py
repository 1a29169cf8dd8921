"""The BlobStore contract, run against every backend (local files, and a real S3-compatible
server): validated keys, atomic writes, range reads, deletes."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator

import pytest

from callvault.storage.blobstore import BlobStore, validate_key
from callvault.storage.errors import BlobNotFound, InvalidBlobKey, InvalidBlobRange
from tests.unit.storage.conftest import Backend


def test_is_a_blob_store(backend: Backend) -> None:
    assert isinstance(backend.store, BlobStore)


def test_put_and_read(backend: Backend) -> None:
    store = backend.store
    data = os.urandom(3 * 1024 * 1024 + 11)
    chunks = [data[i : i + 100_000] for i in range(0, len(data), 100_000)]
    assert store.put("ws/w1/recording/r1", chunks) == len(data)
    assert store.exists("ws/w1/recording/r1")
    assert store.size("ws/w1/recording/r1") == len(data)
    assert store.read_at("ws/w1/recording/r1", 0, 10) == data[:10]
    assert store.read_at("ws/w1/recording/r1", len(data) - 3, 10) == data[-3:]
    assert store.read_at("ws/w1/recording/r1", len(data) + 5, 10) == b""
    assert b"".join(store.iter_range("ws/w1/recording/r1")) == data
    rng = random.Random(7)
    for _ in range(50):
        a = rng.randrange(len(data))
        b = rng.randrange(a, len(data) + 1)
        assert b"".join(store.iter_range("ws/w1/recording/r1", a, b)) == data[a:b]
    assert max(len(c) for c in store.iter_range("ws/w1/recording/r1")) <= 1024 * 1024
    assert backend.keys() == ["ws/w1/recording/r1"]


def test_put_accepts_views_and_empty(backend: Backend) -> None:
    store = backend.store
    assert store.put("a/b", [memoryview(b"abc"), bytearray(b"def"), b""]) == 6
    assert store.read_at("a/b", 0, 100) == b"abcdef"
    assert store.put("a/empty", []) == 0
    assert store.size("a/empty") == 0
    assert store.read_at("a/empty", 0, 10) == b""
    assert list(store.iter_range("a/empty")) == []


def test_put_replaces_atomically(backend: Backend) -> None:
    store = backend.make(read_chunk=4)
    store.put("k/v", [b"old contents"])
    reader = store.iter_range("k/v")
    first = next(reader)
    store.put("k/v", [b"new"])
    assert store.read_at("k/v", 0, 100) == b"new"
    # A reader that started on the old version keeps reading it whole, never a mix.
    assert first + b"".join(reader) == b"old contents"


def test_exception_mid_put_leaves_nothing(backend: Backend) -> None:
    store = backend.store

    def failing() -> Iterator[bytes]:
        yield b"x" * 100_000
        yield b"y" * 100_000
        raise RuntimeError("upload interrupted")

    with pytest.raises(RuntimeError, match="interrupted"):
        store.put("ws/w1/recording/r1", failing())
    assert backend.keys() == []
    assert backend.leftovers() == []
    store.put("ws/w1/recording/r0", [b"keep"])
    with pytest.raises(RuntimeError):
        store.put("ws/w1/recording/r1", failing())
    assert backend.keys() == ["ws/w1/recording/r0"]
    # A failed replace keeps the previous version.
    with pytest.raises(RuntimeError):
        store.put("ws/w1/recording/r0", failing())
    assert store.read_at("ws/w1/recording/r0", 0, 10) == b"keep"
    assert backend.leftovers() == []


def test_generator_closed_mid_put_leaves_nothing(backend: Backend) -> None:
    def interrupted() -> Iterator[bytes]:
        yield b"partial"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backend.store.put("x/y/z", interrupted())
    assert backend.keys() == []
    assert backend.leftovers() == []


@pytest.mark.parametrize(
    "key",
    [
        "",
        "/etc/passwd",
        "../outside",
        "a/../../b",
        "a/./b",
        "a//b",
        "a/",
        ".hidden",
        "a/.part",
        "a\\b",
        "a/b\x00c",
        "naïve",
        "a b",
        "a/" + "x" * 200,
        "/".join(["a"] * 20),
        "x" * 600,
    ],
)
def test_bad_keys_are_refused(backend: Backend, key: str) -> None:
    store = backend.store
    with pytest.raises(InvalidBlobKey) as info:
        store.put(key, [b"x"])
    assert info.value.code == "invalid_blob_key"
    with pytest.raises(InvalidBlobKey):
        validate_key(key)
    for call in (
        lambda: store.exists(key),
        lambda: store.read_at(key, 0, 1),
        lambda: store.delete(key),
        lambda: store.delete_prefix(key),
    ):
        with pytest.raises(InvalidBlobKey):
            call()
    assert backend.keys() == []


def test_missing_blobs(backend: Backend) -> None:
    store = backend.store
    assert not store.exists("no/such")
    assert store.delete("no/such") is False
    for call in (
        lambda: store.size("no/such"),
        lambda: store.read_at("no/such", 0, 1),
        lambda: store.read_at("no/such", 0, 0),
        lambda: store.iter_range("no/such"),
    ):
        with pytest.raises(BlobNotFound):
            call()
    store.put("file", [b"x"])
    with pytest.raises(BlobNotFound):
        store.size("file/child")


def test_bad_ranges(backend: Backend) -> None:
    store = backend.store
    store.put("r", [b"0123456789"])
    with pytest.raises(InvalidBlobRange):
        store.iter_range("r", 11)
    with pytest.raises(InvalidBlobRange):
        store.iter_range("r", 5, 3)
    with pytest.raises(InvalidBlobRange):
        store.read_at("r", -1, 3)
    assert b"".join(store.iter_range("r", 8, 100)) == b"89"
    assert list(store.iter_range("r", 10)) == []


def test_delete(backend: Backend) -> None:
    store = backend.store
    store.put("ws/w1/a/1", [b"1"])
    store.put("ws/w1/b/2", [b"2"])
    assert store.delete("ws/w1/a/1") is True
    assert store.delete("ws/w1/a/1") is False
    assert backend.keys() == ["ws/w1/b/2"]


def test_delete_many(backend: Backend) -> None:
    store = backend.store
    for i in range(4):
        store.put(f"ws/w1/voicemail/{i}", [b"v"])
    store.put("ws/w1/recording/r", [b"r"])
    keys = ["ws/w1/voicemail/0", "ws/w1/voicemail/2", "ws/w1/voicemail/missing"]
    assert store.delete_many(keys) == 2
    assert backend.keys() == [
        "ws/w1/recording/r",
        "ws/w1/voicemail/1",
        "ws/w1/voicemail/3",
    ]
    assert store.delete_many(keys) == 0
    assert store.delete_many(iter(["ws/w1/voicemail/1", "ws/w1/voicemail/3"])) == 2
    assert backend.keys() == ["ws/w1/recording/r"]
    assert store.delete_many([]) == 0


def test_delete_many_checks_every_key_first(backend: Backend) -> None:
    store = backend.store
    store.put("ws/w1/a", [b"a"])
    with pytest.raises(InvalidBlobKey):
        store.delete_many(["ws/w1/a", "../etc/passwd"])
    assert store.exists("ws/w1/a")


def test_delete_prefix(backend: Backend) -> None:
    store = backend.store
    for i in range(5):
        store.put(f"ws/w1/recording/{i}", [b"a"])
    store.put("ws/w1/voicemail/v", [b"b"])
    store.put("ws/w10/recording/0", [b"c"])
    store.put("ws/w2/recording/0", [b"d"])
    assert store.delete_prefix("ws/w1") == 6
    assert backend.keys() == ["ws/w10/recording/0", "ws/w2/recording/0"]
    assert store.delete_prefix("ws/w1") == 0
    assert store.delete_prefix("ws/w2/recording/0") == 0  # a blob, not a prefix
    assert backend.keys() == ["ws/w10/recording/0", "ws/w2/recording/0"]
    with pytest.raises(InvalidBlobKey):
        store.delete_prefix("../ws")
