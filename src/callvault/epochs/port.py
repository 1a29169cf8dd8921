"""The port every epoch store implements: embedded (a shared memory-mapped file, mmap_file.py);
in cluster mode Redis INCR/GET behind the same methods (ADR 0017)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from callvault.core.errors import CallvaultError

# What a cache entry remembers: (the global epoch, the scope's epoch). Two workspaces may share
# a slot; that only costs the other one a reload.
Stamp = tuple[int, int]

# The scope of everything not tied to one workspace, and of changes whose workspace is unknown.
GLOBAL = "*"


class EpochsUnavailable(CallvaultError):
    """The shared epoch store (Redis, in cluster mode) cannot be reached: a cache that can
    no longer be voided is not trusted, so the request is refused (never served from it,
    never passed without authentication)."""

    code = "cluster_store_unavailable"
    status = 503


class Epochs(Protocol):
    def stamp(self, scope: str) -> Stamp:
        """The current epochs of a scope (a workspace id, or the system scope); cheap, no lock."""
        ...

    def bump(self, scopes: Iterable[str]) -> None:
        """Invalidate everything cached under these scopes, in every process, once this
        returns. GLOBAL among them invalidates every scope."""
        ...

    def close(self) -> None: ...
