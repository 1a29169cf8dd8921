"""Workspaces' retention policies cached per process for read transactions: every list, get
and search asks for its data type's cutoff, and that statement was a quarter of a call-log
page's database time. An entry stands while its workspace's epoch does (ADR 0017); a policy
change bumps it after it commits, in every process (the watch below).

Only sessions of the read factory see the cache (`install`): a write transaction that has
just changed a policy must see its own change, so it always asks the database."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from callvault.db.engine import Database
from callvault.epochs.cache import StampedCache
from callvault.epochs.commit_watch import Watched
from callvault.epochs.port import Epochs
from callvault.retention_clock.data_types import Policy
from callvault.retention_clock.models import RetentionPolicy

SESSION_KEY = "callvault.retention.policies"

WATCHED: tuple[Watched, ...] = (Watched(RetentionPolicy.__tablename__),)


class PolicyCache:
    def __init__(
        self,
        db: Database,
        epochs: Epochs,
        load: Callable[[Session, str], Policy],
        *,
        ttl: float,
        max_entries: int,
    ) -> None:
        self._db = db
        self._load = load
        self._cache: StampedCache[str, Policy] = StampedCache(
            epochs, ttl=ttl, max_entries=max_entries
        )

    def policy(self, workspace_id: str) -> Policy:
        """The workspace's policy: cached, or read in a transaction of its own that starts
        after the epoch was read (a read in the caller's older snapshot could cache a
        policy that a bump has already voided)."""
        found = self._cache.get(workspace_id)
        if found is not None:
            return found
        stamp = self._cache.stamp(workspace_id)
        with self._db.read() as s:
            loaded = self._load(s, workspace_id)
        self._cache.put(workspace_id, workspace_id, loaded, stamp)
        return loaded


def install(db: Database, cache: PolicyCache) -> None:
    """Give the database's read sessions the cache (see the module docstring)."""
    info = db.read_factory.kw.setdefault("info", {})
    info[SESSION_KEY] = cache


def of(session: Session) -> PolicyCache | None:
    cache = session.info.get(SESSION_KEY)
    return cache if isinstance(cache, PolicyCache) else None
