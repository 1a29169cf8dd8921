"""The cluster-mode epoch store (ADR 0017, ADR 0021): one Redis counter per scope and one
global, shared by every process of every node that uses the same Redis and key prefix.

`stamp` is one `MGET <global> <scope>` round trip, not a local copy kept up to date by
pub/sub: with a copy, a bump made on one node would reach another node's requests only when
its message arrives, so a revoked session could still pass there for a few milliseconds (or,
a message lost, for a whole TTL). The round trip keeps "invalidated everywhere once `bump`
returns" exact, at the price of one network read per cached lookup (about 0.1 ms on a LAN;
measured in the report of ADR 0021). If Redis cannot be reached, `stamp` raises: a request
fails rather than trusting a cache that can no longer be voided.

Counters are never deleted and never expire; one key per workspace that was ever changed.
"""

from __future__ import annotations

from collections.abc import Iterable

import redis

from callvault.epochs.port import GLOBAL, Stamp

# A stamp read blocks its caller (sometimes the event loop): bounded, never indefinite.
SOCKET_TIMEOUT_SECONDS = 2.0


class RedisEpochs:
    """An `Epochs` store on Redis; safe across threads (redis-py's pool is)."""

    def __init__(self, url: str, *, prefix: str) -> None:
        self.prefix = prefix
        self._client = redis.Redis.from_url(
            url,
            socket_timeout=SOCKET_TIMEOUT_SECONDS,
            socket_connect_timeout=SOCKET_TIMEOUT_SECONDS,
            health_check_interval=30,
        )
        self._global = self._key(GLOBAL)

    def stamp(self, scope: str) -> Stamp:
        if scope == GLOBAL:
            number = _int(self._client.get(self._global))
            return number, number
        values = self._client.mget(self._global, self._key(scope))
        assert isinstance(values, list)  # the synchronous client
        return _int(values[0]), _int(values[1])

    def bump(self, scopes: Iterable[str]) -> None:
        keys = sorted({self._key(scope) for scope in scopes})
        if not keys:
            return
        with self._client.pipeline(transaction=True) as pipe:
            for key in keys:
                pipe.incr(key)
            pipe.execute()

    def close(self) -> None:
        self._client.close()

    def _key(self, scope: str) -> str:
        return f"{self.prefix}epoch:{scope}"


def _int(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, bytes | str | int):
        return int(value)
    raise TypeError(f"unexpected epoch value {value!r}")
