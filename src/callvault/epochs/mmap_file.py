"""The embedded epoch store: 64-bit counters in a small memory-mapped file in the data
directory, shared by every process that opens it (HTTP workers, job workers, the CLI).

Slot 0 is global; every other scope hashes to one of the remaining slots. Reading is an
aligned 8-byte load from shared memory: no lock, no system call, and a store made by one
process is visible to every other at once (they map the same page-cache page). Bumps take an
exclusive `flock` on a descriptor opened for that bump only (so processes forked from one
parent still exclude each other), increment and release: concurrent bumps never lose one.
Nothing is fsynced: after a crash of the machine the counters may go back, but every cache
that remembered them died with its process.
"""

from __future__ import annotations

import fcntl
import hashlib
import mmap
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from callvault.epochs.port import GLOBAL, Stamp

MAGIC = b"cvepoch1"
DEFAULT_SLOTS = 4096  # 32 KiB; two workspaces sharing a slot only cost each other reloads
_HEADER_WORDS = 2  # magic, slot count
_WORD = 8


class EpochFileCorrupt(RuntimeError):
    """The epoch file is not one this version wrote (or has another slot count)."""


class FileEpochs:
    """An `Epochs` store over one file; safe across threads and processes."""

    def __init__(self, path: str | os.PathLike[str], *, slots: int = DEFAULT_SLOTS) -> None:
        if slots < 2:
            raise ValueError("an epoch file needs a global slot and at least one other")
        self.path = Path(path)
        self.slots = slots
        size = (_HEADER_WORDS + slots) * _WORD
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # two processes creating it at once: one writes
            if os.fstat(fd).st_size == 0:
                os.ftruncate(fd, size)
                header = memoryview(bytearray(_HEADER_WORDS * _WORD))
                header[:_WORD] = MAGIC
                header.cast("Q")[1] = slots
                os.pwrite(fd, header, 0)
            self._map = mmap.mmap(fd, size, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
        except ValueError:  # shorter than size: not ours
            raise EpochFileCorrupt(f"epoch file {self.path} has the wrong size") from None
        finally:
            # Unlock explicitly: the mapping keeps a duplicate of the descriptor, which would
            # hold the lock for as long as the mapping lives.
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        self._words = memoryview(self._map).cast("Q")
        if self._map[:_WORD] != MAGIC or self._words[1] != slots:
            self.close()
            raise EpochFileCorrupt(f"epoch file {self.path} is not a {slots}-slot epoch file")

    def stamp(self, scope: str) -> Stamp:
        words = self._words
        return words[_HEADER_WORDS], words[_HEADER_WORDS + _slot(scope, self.slots)]

    def bump(self, scopes: Iterable[str]) -> None:
        indexes = {_HEADER_WORDS + _slot(scope, self.slots) for scope in scopes}
        if not indexes:
            return
        with self._locked():
            words = self._words
            for index in sorted(indexes):
                words[index] = (words[index] + 1) & 0xFFFF_FFFF_FFFF_FFFF

    def close(self) -> None:
        self._words.release()
        self._map.close()

    @contextmanager
    def _locked(self) -> Iterator[None]:
        fd = os.open(self.path, os.O_RDWR | os.O_CLOEXEC)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the lock


@lru_cache(maxsize=8192)
def _slot(scope: str, slots: int) -> int:
    if scope == GLOBAL:
        return 0
    digest = hashlib.blake2b(scope.encode(), digest_size=8).digest()
    return 1 + int.from_bytes(digest, "little") % (slots - 1)
