"""Encrypted blobs end to end: real keys, real files, random ranges, tampering, shredding."""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypedDict

import pytest

from callvault.crypto.errors import DecryptionFailed, KeyDestroyed
from callvault.crypto.keyring import Keyring
from callvault.crypto.stream import HEADER_SIZE, TAG_SIZE
from callvault.db.engine import Database
from callvault.storage.encrypted import EncryptedBlobStore
from callvault.storage.errors import BlobNotFound, InvalidBlobRange
from callvault.storage.filesystem import FilesystemBlobStore

SEG = 4096
MARKER = b"PLAINTEXT-MARKER-7f3a"


@pytest.fixture
def blob_dir(data_dir: Path) -> Path:
    return data_dir / "blobs"


@pytest.fixture
def blobs(blob_dir: Path, keyring: Keyring) -> EncryptedBlobStore:
    return EncryptedBlobStore(FilesystemBlobStore(blob_dir), keyring, segment_size=SEG)


class Ids(TypedDict):
    workspace_id: str
    kind: str
    object_id: str


def ids(workspace: str, object_id: str = "rec-1") -> Ids:
    return {"workspace_id": workspace, "kind": "recording", "object_id": object_id}


def chunked(data: bytes, size: int) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]


def all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_put_and_random_ranges(
    db: Database, blobs: EncryptedBlobStore, blob_dir: Path, workspace: str
) -> None:
    data = (MARKER + os.urandom(1000)) * 60  # ~61 KiB, 15 segments, marker throughout
    with db.read() as session:
        info = blobs.put(session, **ids(workspace), chunks=chunked(data, 3001))
    assert info.key == f"ws/{workspace}/recording/rec-1"
    assert (info.size, info.dek_version) == (len(data), 1)
    assert info.stored_size == HEADER_SIZE + len(data) + TAG_SIZE * -(-len(data) // SEG)
    assert blobs.size(**ids(workspace)) == len(data)
    assert blobs.exists(**ids(workspace))

    rng = random.Random(99)
    edges = [0, 1, SEG - 1, SEG, SEG + 1, 7 * SEG, len(data) - 1, len(data)]
    ranges = [(a, b) for a in edges for b in edges if a <= b]
    ranges += [(a, rng.randrange(a, len(data) + 1)) for a in rng.sample(range(len(data)), 150)]
    with db.read() as session:
        for start, end in ranges:
            got = b"".join(blobs.open_range(session, **ids(workspace), start=start, end=end))
            assert got == data[start:end], (start, end)
        assert b"".join(blobs.open_range(session, **ids(workspace))) == data
        with pytest.raises(InvalidBlobRange):
            blobs.open_range(session, **ids(workspace), start=len(data) + 1)

    # Only ciphertext ever reaches the blob directory.
    files = all_files(blob_dir)
    assert len(files) == 1
    for path in files:
        assert MARKER not in path.read_bytes()


def test_tampered_blob_fails(
    db: Database, blobs: EncryptedBlobStore, blob_dir: Path, workspace: str
) -> None:
    data = os.urandom(5 * SEG)
    with db.read() as session:
        blobs.put(session, **ids(workspace), chunks=[data])
    (path,) = all_files(blob_dir)
    original = path.read_bytes()
    tampered = bytearray(original)
    tampered[HEADER_SIZE + 2 * (SEG + TAG_SIZE) + 10] ^= 1
    path.write_bytes(bytes(tampered))
    with db.read() as session:
        reader = blobs.open_range(session, **ids(workspace))
        assert next(reader) == data[:SEG]  # segments before the damage are fine
        with pytest.raises(DecryptionFailed):
            b"".join(reader)
        # A range that avoids the damaged segment still reads.
        assert b"".join(blobs.open_range(session, **ids(workspace), end=2 * SEG)) == data[: 2 * SEG]
    path.write_bytes(original[: -(SEG + TAG_SIZE)])  # truncated by a whole segment
    with db.read() as session, pytest.raises(DecryptionFailed):
        b"".join(blobs.open_range(session, **ids(workspace)))


def test_blob_copied_to_another_object_or_workspace_fails(
    db: Database,
    blobs: EncryptedBlobStore,
    blob_dir: Path,
    make_workspace: Callable[[], str],
) -> None:
    ws1, ws2 = make_workspace(), make_workspace()
    with db.read() as session:
        blobs.put(session, **ids(ws1, "a"), chunks=[b"first recording"])
        blobs.put(session, **ids(ws1, "b"), chunks=[b"second"])
        blobs.put(session, **ids(ws2, "a"), chunks=[b"other workspace"])
    stolen = (blob_dir / "ws" / ws1 / "recording" / "a").read_bytes()
    for target in (ids(ws1, "b"), ids(ws2, "a")):
        key = blobs.blob_key(**target)
        blobs.store.put(key, [stolen])
        with db.read() as session, pytest.raises(DecryptionFailed):
            b"".join(blobs.open_range(session, **target))


def test_exception_mid_put_leaves_nothing(
    db: Database, blobs: EncryptedBlobStore, blob_dir: Path, workspace: str
) -> None:
    def upload() -> Iterator[bytes]:
        for _ in range(20):
            yield MARKER * 500
        raise ConnectionResetError("client went away")

    with db.read() as session, pytest.raises(ConnectionResetError):
        blobs.put(session, **ids(workspace), chunks=upload())
    assert list(blob_dir.rglob("*")) == []
    assert not blobs.exists(**ids(workspace))
    with db.read() as session, pytest.raises(BlobNotFound):
        blobs.open_range(session, **ids(workspace))


def test_old_blobs_open_after_rotation(
    db: Database, blobs: EncryptedBlobStore, keyring: Keyring, workspace: str
) -> None:
    with db.read() as session:
        blobs.put(session, **ids(workspace, "old"), chunks=[b"before rotation" * 1000])
    keyring.rotate_workspace(db, workspace)
    with db.read() as session:
        info = blobs.put(session, **ids(workspace, "new"), chunks=[b"after rotation" * 1000])
        assert info.dek_version == 2
        fresh = EncryptedBlobStore(blobs.store, Keyring(keyring.kms), segment_size=SEG)
        old = b"".join(fresh.open_range(session, **ids(workspace, "old")))
        new = b"".join(fresh.open_range(session, **ids(workspace, "new")))
    assert old == b"before rotation" * 1000
    assert new == b"after rotation" * 1000


def test_shredded_workspace_blobs_are_unreadable_then_purged(
    db: Database,
    blobs: EncryptedBlobStore,
    keyring: Keyring,
    blob_dir: Path,
    make_workspace: Callable[[], str],
) -> None:
    workspace, other = make_workspace(), make_workspace()
    with db.read() as session:
        for n in range(3):
            blobs.put(session, **ids(workspace, f"r{n}"), chunks=[b"secret audio"])
        blobs.put(session, **ids(other, "r0"), chunks=[b"kept"])
    with db.write() as session:
        keyring.shred_workspace(session, workspace)
    with db.read() as session:
        with pytest.raises(KeyDestroyed):
            blobs.open_range(session, **ids(workspace, "r0"))
        with pytest.raises(KeyDestroyed):
            blobs.put(session, **ids(workspace, "r9"), chunks=[b"x"])
    assert blobs.delete_workspace(workspace) == 3
    assert blobs.delete_workspace(workspace) == 0
    assert [p.relative_to(blob_dir).parts[1] for p in all_files(blob_dir)] == [other]
    with db.read() as session:
        assert b"".join(blobs.open_range(session, **ids(other, "r0"))) == b"kept"
    assert blobs.delete(**ids(other, "r0")) is True
    assert blobs.delete(**ids(other, "r0")) is False
    with db.read() as session:
        for n in range(3):
            blobs.put(session, **ids(other, f"m{n}"), chunks=[b"m"])
    kind = ids(other, "m0")["kind"]
    many = {"workspace_id": other, "kind": kind}
    assert blobs.delete_many(**many, object_ids=["m0", "m2", "gone"]) == 2
    assert blobs.exists(**ids(other, "m1")) and not blobs.exists(**ids(other, "m0"))


def test_default_segment_size_blob(
    db: Database, keyring: Keyring, blob_dir: Path, workspace: str
) -> None:
    blobs = EncryptedBlobStore(FilesystemBlobStore(blob_dir), keyring)
    data = os.urandom(3 * 1024 * 1024 + 7)
    with db.read() as session:
        blobs.put(session, **ids(workspace), chunks=chunked(data, 65536))
        start, end = 1_000_000, 2_500_000
        assert (
            b"".join(blobs.open_range(session, **ids(workspace), start=start, end=end))
            == (data[start:end])
        )
        assert b"".join(blobs.open_range(session, **ids(workspace))) == data
