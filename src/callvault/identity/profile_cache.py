"""Your own profile (`GET /me`) as JSON, cached per process like the actor behind it (ADR
0017): an entry stands while its workspace's epoch does, which a role, status, name or email
change bumps after it commits, in every process. Entries are per session or API token, so
a new sign-in reads afresh; "last sign-in" can otherwise be as old as the cache's TTL."""

from __future__ import annotations

from callvault.core.context import Actor
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.epochs.cache import StampedCache
from callvault.epochs.port import Epochs
from callvault.identity.service import get_me


class ProfileCache:
    def __init__(
        self, db: Database, keyring: Keyring, epochs: Epochs | None, *, ttl: float, max_entries: int
    ) -> None:
        self._db = db
        self._keyring = keyring
        self._cache: StampedCache[str, bytes] | None = None
        if epochs is not None and ttl > 0:
            self._cache = StampedCache(epochs, ttl=ttl, max_entries=max_entries)

    def cached(self, actor: Actor) -> bytes | None:
        """The actor's profile JSON if this process holds it (no I/O: safe on an event loop)."""
        key = _key(actor)
        if self._cache is None or key is None:
            return None
        return self._cache.get(key)

    def load(self, actor: Actor) -> bytes:
        """Read, open and render the actor's profile (blocking), caching it when possible."""
        key, cache = _key(actor), self._cache
        # The stamp is read before the row, so a change committed in between voids the entry.
        stamp = cache.stamp(actor.workspace_id) if cache is not None else None
        with self._db.read() as s:
            body = get_me(s, keyring=self._keyring, actor=actor)
        rendered = body.__pydantic_serializer__.to_json(body)
        if cache is not None and key is not None and stamp is not None:
            cache.put(key, actor.workspace_id, rendered, stamp)
        return rendered


def _key(actor: Actor) -> str | None:
    if actor.user_id is None:
        return None
    credential = actor.session_id or actor.token_id
    return None if credential is None else f"{actor.user_id}:{credential}"
