"""Blob encryption benchmark: streaming AEAD throughput against raw AES-GCM, memory while
sealing a large blob onto the filesystem store, and decryption throughput.

    .venv/bin/python bench/blob_crypto.py [--size-mb N] [--blob-mb N] [--dir PATH]

Exits non-zero when a target is missed: streaming encryption at least 0.7x raw AES-GCM over the
same bytes, and RSS growth under 50 MB while sealing (and reading back) the large blob.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil  # type: ignore[import-untyped]
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from callvault.core.ids import new_id
from callvault.crypto.keyring import Keyring
from callvault.crypto.local_kms import LocalFileKms
from callvault.crypto.models import DataKey
from callvault.crypto.stream import DEFAULT_SEGMENT_SIZE, blob_aad, encrypt_stream
from callvault.db.base import Base
from callvault.db.engine import Database
from callvault.storage.encrypted import EncryptedBlobStore
from callvault.storage.filesystem import FilesystemBlobStore

MIB = 1024 * 1024
RATIO_TARGET = 0.7
RSS_TARGET_MB = 50.0
REPEATS = 3


def blocks(block: bytes, count: int) -> Iterator[bytes]:
    for _ in range(count):
        yield block


def raw_aesgcm(block: bytes, count: int) -> float:
    """Seconds for AES-256-GCM over the same bytes, one call per chunk, no framing."""
    aead = AESGCM(AESGCM.generate_key(256))
    nonce = os.urandom(12)
    start = time.perf_counter()
    for _ in range(count):
        aead.encrypt(nonce, block, None)
    return time.perf_counter() - start


def streaming(block: bytes, count: int, segment_size: int) -> float:
    key = os.urandom(32)
    aad = blob_aad(workspace_id="bench", kind="recording", object_id="r")
    start = time.perf_counter()
    total = 0
    for piece in encrypt_stream(key, 1, blocks(block, count), aad=aad, segment_size=segment_size):
        total += len(piece)
    elapsed = time.perf_counter() - start
    assert total > count * len(block)
    return elapsed


class PeakRss:
    """Samples this process's RSS in a background thread; reports growth over the baseline."""

    def __init__(self, interval: float = 0.005) -> None:
        self._process = psutil.Process()
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.baseline: int = int(self._process.memory_info().rss)
        self.peak = self.baseline

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, int(self._process.memory_info().rss))
            time.sleep(self._interval)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, int(self._process.memory_info().rss))

    @property
    def growth_mb(self) -> float:
        return (self.peak - self.baseline) / MIB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=512, help="bytes for throughput (a)")
    parser.add_argument("--blob-mb", type=int, default=1024, help="blob size for (b) and (c)")
    parser.add_argument("--segment-size", type=int, default=DEFAULT_SEGMENT_SIZE)
    parser.add_argument("--dir", type=Path, default=None, help="where to write (default: temp)")
    args = parser.parse_args()

    block = os.urandom(MIB)
    failures: list[str] = []
    print(f"segment size {args.segment_size} bytes, chunks of 1 MiB, cpus {os.cpu_count()}")

    # (a) streaming encryption against raw AES-GCM over the same bytes, best of REPEATS.
    raw = min(raw_aesgcm(block, args.size_mb) for _ in range(REPEATS))
    stream = min(streaming(block, args.size_mb, args.segment_size) for _ in range(REPEATS))
    raw_rate, stream_rate = args.size_mb / raw, args.size_mb / stream
    ratio = stream_rate / raw_rate
    print(f"(a) raw AES-256-GCM        {raw_rate:9.0f} MiB/s  ({args.size_mb} MiB)")
    print(f"    streaming AEAD         {stream_rate:9.0f} MiB/s  ratio {ratio:.2f}x")
    if ratio < RATIO_TARGET:
        failures.append(f"streaming/raw ratio {ratio:.2f} < {RATIO_TARGET}")

    with tempfile.TemporaryDirectory(dir=args.dir, prefix="callvault-bench-") as tmp:
        root = Path(tmp)
        db = Database.connect(f"sqlite:///{root / 'bench.db'}")
        Base.metadata.create_all(db.engine, tables=[Base.metadata.tables[DataKey.__tablename__]])
        keyring = Keyring(LocalFileKms(root / "keyring.json"))
        blobs = EncryptedBlobStore(
            FilesystemBlobStore(root / "blobs"), keyring, segment_size=args.segment_size
        )
        ws = new_id()
        with db.write() as session:
            keyring.create_workspace_keys(session, ws)
        # Warm up every code path so the baseline already holds what stays resident.
        with db.read() as session:
            blobs.put(
                session,
                workspace_id=ws,
                kind="recording",
                object_id="warm",
                chunks=blocks(block, 8),
            )
            for _ in blobs.open_range(session, workspace_id=ws, kind="recording", object_id="warm"):
                pass

        # (b) seal a large blob through EncryptedBlobStore onto the filesystem store.
        with db.read() as session, PeakRss() as rss:
            start = time.perf_counter()
            info = blobs.put(
                session,
                workspace_id=ws,
                kind="recording",
                object_id="big",
                chunks=blocks(block, args.blob_mb),
            )
            seal_time = time.perf_counter() - start
        assert info.size == args.blob_mb * MIB
        print(
            f"(b) sealed {args.blob_mb} MiB to disk {args.blob_mb / seal_time:9.0f} MiB/s  "
            f"RSS growth {rss.growth_mb:.1f} MB (target < {RSS_TARGET_MB:.0f})"
        )
        if rss.growth_mb >= RSS_TARGET_MB:
            failures.append(f"RSS grew {rss.growth_mb:.1f} MB while sealing")

        # (c) decrypt it back, checking every byte against what was written.
        with db.read() as session, PeakRss() as rss:
            start = time.perf_counter()
            offset = 0
            for piece in blobs.open_range(
                session, workspace_id=ws, kind="recording", object_id="big"
            ):
                at = offset % MIB
                if block[at : at + len(piece)] != piece:
                    failures.append(f"decrypted bytes differ at offset {offset}")
                    break
                offset += len(piece)
            open_time = time.perf_counter() - start
        if offset != info.size:
            failures.append(f"decrypted {offset} bytes, expected {info.size}")
        print(
            f"(c) decrypted {args.blob_mb} MiB      {args.blob_mb / open_time:9.0f} MiB/s  "
            f"RSS growth {rss.growth_mb:.1f} MB"
        )
        if rss.growth_mb >= RSS_TARGET_MB:
            failures.append(f"RSS grew {rss.growth_mb:.1f} MB while decrypting")
        db.dispose()

    for failure in failures:
        print(f"TARGET MISSED: {failure}")
    print("all targets met" if not failures else f"{len(failures)} target(s) missed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
