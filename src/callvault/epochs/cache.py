"""A small per-process cache whose entries stand only while their scope's epoch does."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Generic, TypeVar

from callvault.epochs.port import Epochs, Stamp

K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class _Entry(Generic[V]):
    scope: str
    stamp: Stamp | None  # None: only the scope is known (see `remember`)
    value: V | None
    expires: float


class StampedCache(Generic[K, V]):
    """A bounded LRU of values, each good for `ttl` seconds and only while the epoch stamp of
    its scope is the one read *before* the value was loaded (`stamp`, then load, then `put`):
    an invalidation that commits after that read bumps the epoch and so voids the entry."""

    def __init__(self, epochs: Epochs, *, ttl: float, max_entries: int) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be positive")
        self.epochs = epochs
        self._ttl = ttl
        self._max = max_entries
        self._lock = threading.Lock()
        self._entries: OrderedDict[K, _Entry[V]] = OrderedDict()

    def get(self, key: K) -> V | None:
        """The cached value, if its scope's epoch is unchanged and it has not expired."""
        with self._lock:
            entry = self._entries.get(key)
        if entry is None or entry.stamp is None or entry.expires <= time.monotonic():
            return None
        if self.epochs.stamp(entry.scope) != entry.stamp:
            return None
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
        return entry.value

    def scope_of(self, key: K) -> str | None:
        """The scope a key was last seen in, valid or not (what to stamp before reloading)."""
        with self._lock:
            entry = self._entries.get(key)
        return None if entry is None else entry.scope

    def stamp(self, scope: str) -> Stamp:
        return self.epochs.stamp(scope)

    def put(self, key: K, scope: str, value: V, stamp: Stamp) -> None:
        """Cache a value loaded after `stamp` was read for its scope."""
        self._store(key, _Entry(scope, stamp, value, time.monotonic() + self._ttl))

    def replace(self, key: K, old: V, new: V) -> None:
        """Swap a value just read by `get` for an updated copy of it (same stamp, same
        expiry); nothing happens if a reload replaced the entry meanwhile."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry.value is old:
                self._entries[key] = _Entry(entry.scope, entry.stamp, new, entry.expires)

    def remember(self, key: K, scope: str) -> None:
        """Note only which scope a key belongs to: a value loaded before its scope was known
        cannot be trusted (an invalidation may have landed in between), but the next load
        can stamp first."""
        self._store(key, _Entry(scope, None, None, time.monotonic() + self._ttl))

    def _store(self, key: K, entry: _Entry[V]) -> None:
        if self._ttl <= 0:
            return
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
