"""Rate-limit counters shared by the web processes of one `callvault serve` (ADR 0016): a
`limits` storage over a small memory-mapped file that the supervisor creates, each worker
maps, and every update takes an fcntl lock on. The kernel releases such a lock when its
holder dies, so a worker killed mid-update cannot wedge the others (a lock kept in the
shared memory itself could).

The file is a fixed table of expiring counters (the fixed-window primitive that `limits`'
sliding window counter is made of): a slot holds a 16-byte digest of the key, when the
counter expires and its count. A key lives in one of `PROBE` slots after the one its digest
names; a full neighbourhood gives up its soonest-expiring counter, so the table's size is
bounded whatever the number of client addresses (an address evicted that way starts afresh,
which errs on the side of serving)."""

from __future__ import annotations

import fcntl
import hashlib
import mmap
import os
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from math import floor
from pathlib import Path

from limits.storage import Storage
from limits.storage.base import SlidingWindowCounterSupport, TimestampedSlidingWindow

MAGIC = b"CVRATE01"
_HEADER = struct.Struct("<8sQ")  # magic, slot count
_SLOT = struct.Struct("<16sdq")  # key digest, expires at (Unix seconds), count
HEADER_BYTES = 64
PROBE = 16
DEFAULT_SLOTS = 1 << 16  # 2 MiB
_EMPTY = bytes(16)


def create_table(path: Path, *, slots: int = DEFAULT_SLOTS) -> None:
    """A new, empty table readable by this user only (replacing any old one)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.ftruncate(fd, HEADER_BYTES + slots * _SLOT.size)
        os.pwrite(fd, _HEADER.pack(MAGIC, slots), 0)
    finally:
        os.close(fd)


class SharedMemoryStorage(Storage, SlidingWindowCounterSupport, TimestampedSlidingWindow):
    """Counters in a table made by create_table, safe across processes and threads."""

    def __init__(self, path: Path | None, *, slots: int = DEFAULT_SLOTS) -> None:
        """path: a table made by create_table; None: a private table in this process's
        anonymous memory (one process serving alone: the same counters without the file
        lock, and without the timer thread `limits`' MemoryStorage starts per expiry)."""
        super().__init__()
        self.path = path
        self._fd: int | None = None
        if path is None:
            self._map = mmap.mmap(-1, HEADER_BYTES + slots * _SLOT.size)
            _HEADER.pack_into(self._map, 0, MAGIC, slots)
        else:
            self._fd = os.open(path, os.O_RDWR)
            self._map = mmap.mmap(self._fd, 0)
        magic, self.slots = _HEADER.unpack_from(self._map, 0)
        if magic != MAGIC or len(self._map) != HEADER_BYTES + self.slots * _SLOT.size:
            raise ValueError(f"{path} is not a rate-limit table")
        # fcntl locks belong to the process: threads of one process need their own lock.
        self._thread_lock = threading.Lock()

    def close(self) -> None:
        self._map.close()
        if self._fd is not None:
            os.close(self._fd)

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return OSError

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with self._thread_lock:
            if self._fd is None:
                yield
                return
            fcntl.lockf(self._fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.lockf(self._fd, fcntl.LOCK_UN)

    # the table (call with the lock held)

    def _probe(self, digest: bytes) -> Iterator[int]:
        start = int.from_bytes(digest[:8], "little") % self.slots
        for step in range(PROBE):
            yield HEADER_BYTES + ((start + step) % self.slots) * _SLOT.size

    def _find(self, digest: bytes, now: float) -> tuple[int | None, int, float]:
        """(offset, count, expires_at) of the key's live counter, or (None, 0, 0.0)."""
        for offset in self._probe(digest):
            stored, expires_at, count = _SLOT.unpack_from(self._map, offset)
            if stored == digest and expires_at > now:
                return offset, count, expires_at
        return None, 0, 0.0

    def _place(self, digest: bytes, now: float) -> int:
        """A slot for a new counter: a free or expired one, else the soonest to expire."""
        best, best_expiry = -1, float("inf")
        for offset in self._probe(digest):
            stored, expires_at, _ = _SLOT.unpack_from(self._map, offset)
            if stored == _EMPTY or expires_at <= now:
                return offset
            if expires_at < best_expiry:
                best, best_expiry = offset, expires_at
        return best

    def _incr(self, key: str, expiry: float, amount: int, now: float) -> int:
        digest = _digest(key)
        offset, count, expires_at = self._find(digest, now)
        if offset is None:
            offset, count, expires_at = self._place(digest, now), 0, now + expiry
        _SLOT.pack_into(self._map, offset, digest, expires_at, count + amount)
        return count + amount

    def _window(self, key: str, expiry: int, now: float) -> tuple[int, float, int, float]:
        previous_key, current_key = self.sliding_window_keys(key, expiry, now)
        previous = self._find(_digest(previous_key), now)[1]
        current = self._find(_digest(current_key), now)[1]
        # The same arithmetic as limits' own storages.
        previous_ttl = 0.0 if previous == 0 else (1 - (((now - expiry) / expiry) % 1)) * expiry
        current_ttl = (1 - ((now / expiry) % 1)) * expiry + expiry
        return previous, previous_ttl, current, current_ttl

    # limits: the sliding window counter

    def acquire_sliding_window_entry(
        self, key: str, limit: int, expiry: int, amount: int = 1
    ) -> bool:
        if amount > limit:
            return False
        with self._locked():
            now = time.time()
            previous, previous_ttl, current, _ = self._window(key, expiry, now)
            if floor(previous * previous_ttl / expiry + current) + amount > limit:
                return False
            _, current_key = self.sliding_window_keys(key, expiry, now)
            # Kept two windows: it is the previous window's count for the whole next one.
            self._incr(current_key, 2 * expiry, amount, now)
            return True

    def get_sliding_window(self, key: str, expiry: int) -> tuple[int, float, int, float]:
        with self._locked():
            return self._window(key, expiry, time.time())

    def clear_sliding_window(self, key: str, expiry: int) -> None:
        previous_key, current_key = self.sliding_window_keys(key, expiry, time.time())
        self.clear(previous_key)
        self.clear(current_key)

    # limits: the plain expiring counter

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        with self._locked():
            return self._incr(key, expiry, amount, time.time())

    def get(self, key: str) -> int:
        with self._locked():
            return self._find(_digest(key), time.time())[1]

    def get_expiry(self, key: str) -> float:
        now = time.time()
        with self._locked():
            offset, _, expires_at = self._find(_digest(key), now)
        return expires_at if offset is not None else now

    def clear(self, key: str) -> None:
        with self._locked():
            offset, _, _ = self._find(_digest(key), time.time())
            if offset is not None:
                _SLOT.pack_into(self._map, offset, _EMPTY, 0.0, 0)

    def check(self) -> bool:
        return not self._map.closed

    def reset(self) -> int | None:
        with self._locked():
            used = 0
            for index in range(self.slots):
                offset = HEADER_BYTES + index * _SLOT.size
                if _SLOT.unpack_from(self._map, offset)[0] != _EMPTY:
                    used += 1
                    _SLOT.pack_into(self._map, offset, _EMPTY, 0.0, 0)
            return used


def _digest(key: str) -> bytes:
    digest = hashlib.blake2b(key.encode(), digest_size=16).digest()
    # An all-zero digest marks a free slot; no key may have it.
    return digest if digest != _EMPTY else b"\x01" + digest[1:]
