"""The embedded epoch store: counters shared through a memory-mapped file, bumped by many
processes at once without losing a bump, read by others at once."""

from __future__ import annotations

import multiprocessing
import stat
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from callvault.epochs.mmap_file import EpochFileCorrupt, FileEpochs
from callvault.epochs.port import GLOBAL

PROCESSES = 4
BUMPS_EACH = 300


def _bumper(path: str, barrier: Barrier) -> None:
    epochs = FileEpochs(path)
    barrier.wait()
    for i in range(BUMPS_EACH):
        epochs.bump(["ws-shared"] if i % 3 else ["ws-shared", GLOBAL])
    epochs.close()


def test_concurrent_bumps_from_several_processes_lose_none(tmp_path: Path) -> None:
    path = tmp_path / "epochs.bin"
    watcher = FileEpochs(path)
    before = watcher.stamp("ws-shared")
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(PROCESSES)
    procs = [ctx.Process(target=_bumper, args=(str(path), barrier)) for _ in range(PROCESSES)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
        assert proc.exitcode == 0
    # Read through the mapping made before the others wrote: no reopen, no reload.
    global_epoch, scoped = watcher.stamp("ws-shared")
    assert scoped - before[1] == PROCESSES * BUMPS_EACH
    assert global_epoch - before[0] == PROCESSES * len(range(0, BUMPS_EACH, 3))
    watcher.close()


def test_a_bump_is_seen_by_another_mapping_at_once_and_only_in_its_scope(tmp_path: Path) -> None:
    a, b = FileEpochs(tmp_path / "e"), FileEpochs(tmp_path / "e")
    first, other = b.stamp("ws-1"), b.stamp("ws-2")
    a.bump(["ws-1"])
    assert b.stamp("ws-1") != first
    assert b.stamp("ws-1")[0] == first[0]  # the global epoch did not move
    assert b.stamp("ws-2") == other
    a.bump([GLOBAL])
    assert b.stamp("ws-2")[0] == other[0] + 1  # a global bump voids every scope
    a.close()
    b.close()


def test_the_file_is_private_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "e"
    epochs = FileEpochs(path)
    epochs.bump(["ws-1", "ws-1"])  # one bump per scope per call, however often named
    stamp = epochs.stamp("ws-1")
    epochs.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = FileEpochs(path)
    assert again.stamp("ws-1") == stamp == (0, 1)
    again.close()


def test_a_foreign_or_differently_sized_file_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign"
    foreign.write_bytes(b"x" * 64 * 1024)
    with pytest.raises(EpochFileCorrupt):
        FileEpochs(foreign)
    FileEpochs(tmp_path / "small", slots=16).close()
    with pytest.raises(EpochFileCorrupt):
        FileEpochs(tmp_path / "small")
