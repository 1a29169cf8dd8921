"""What only the filesystem backend does: private files and directories, directories pruned
as they empty, and the sweep of a killed writer's temporary files (the BlobStore contract
itself: test_blob_stores.py)."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from callvault.storage.filesystem import FilesystemBlobStore


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "blobs"


@pytest.fixture
def store(root: Path) -> FilesystemBlobStore:
    return FilesystemBlobStore(root)


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_files_and_directories_are_private(store: FilesystemBlobStore, root: Path) -> None:
    store.put("ws/w1/recording/r1", [b"secret"])
    path = root / "ws" / "w1" / "recording" / "r1"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((root / "ws" / "w1").stat().st_mode) == 0o700
    assert tree(root) == ["ws", "ws/w1", "ws/w1/recording", "ws/w1/recording/r1"]


def test_failed_put_keeps_existing_directories(store: FilesystemBlobStore, root: Path) -> None:
    def failing() -> Iterator[bytes]:
        yield b"x" * 100_000
        raise RuntimeError("upload interrupted")

    store.put("ws/w1/recording/r0", [b"keep"])
    with pytest.raises(RuntimeError):
        store.put("ws/w1/recording/r1", failing())
    assert tree(root) == ["ws", "ws/w1", "ws/w1/recording", "ws/w1/recording/r0"]


def test_delete_prunes_empty_directories(store: FilesystemBlobStore, root: Path) -> None:
    store.put("ws/w1/a/1", [b"1"])
    store.put("ws/w1/b/2", [b"2"])
    assert store.delete("ws/w1/a/1") is True
    assert tree(root) == ["ws", "ws/w1", "ws/w1/b", "ws/w1/b/2"]
    assert store.delete("ws/w1/b/2") is True
    assert tree(root) == []
    assert root.is_dir()


def test_delete_many_and_prefix_prune(store: FilesystemBlobStore, root: Path) -> None:
    for i in range(2):
        store.put(f"ws/w1/voicemail/{i}", [b"v"])
    store.put("ws/w2/recording/r", [b"r"])
    assert store.delete_many(["ws/w1/voicemail/0", "ws/w1/voicemail/1"]) == 2
    assert tree(root) == ["ws", "ws/w2", "ws/w2/recording", "ws/w2/recording/r"]
    assert store.delete_prefix("ws/w2") == 1
    assert tree(root) == []


def test_sweep_removes_stale_partial_files(store: FilesystemBlobStore, root: Path) -> None:
    store.put("ws/w1/r", [b"x"])
    stale = root / "ws" / "w1" / ".r.deadbeef.part"
    stale.write_bytes(b"half a recording")
    fresh = root / "ws" / "w1" / ".r.cafebabe.part"
    fresh.write_bytes(b"being written")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    assert store.sweep(older_than=timedelta(hours=1)) == 1
    assert not stale.exists()
    assert fresh.exists()
    assert store.read_at("ws/w1/r", 0, 1) == b"x"
