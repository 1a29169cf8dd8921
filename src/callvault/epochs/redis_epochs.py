"""The cluster-mode epoch store (ADR 0017, ADR 0021): one Redis counter per scope and one
global, shared by every process of every node that uses the same Redis and key prefix.

`stamp` is one `MGET <global> <scope>` round trip, not a local copy kept up to date by
pub/sub: with a copy, a bump made on one node would reach another node's requests only when
its message arrives, so a revoked session could still pass there for a few milliseconds (or,
a message lost, for a whole TTL). The round trip keeps "invalidated everywhere once `bump`
returns" exact, at the price of one network read per cached lookup (about 0.1 ms on a LAN;
measured in the report of ADR 0021). If Redis cannot be reached, `stamp` raises
`EpochsUnavailable` (503, `cluster_store_unavailable`): a request fails rather than trusting
a cache that can no longer be voided.

Counters are never deleted and never expire; one key per workspace that was ever changed.
A Redis that restarts without its data (no persistence, a failover to an empty replica)
would count again from 0, and a stamp a cache took before could come round again after as
many bumps, reviving an entry that a bump since had voided (a revoked session passing).
So the global counter starts at the current time in milliseconds whenever it is missing
(`SET NX`, before any stamp is handed out and in every bump): every stamp after a loss
is larger than any before it, as long as fewer global bumps than milliseconds went by.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import redis

from callvault.epochs.port import GLOBAL, EpochsUnavailable, Stamp

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
        try:
            values = self._read(scope)
            if values[0] is None:  # never set, or Redis lost its data: start past all before
                self._client.set(self._global, _base(), nx=True)
                values = self._read(scope)
        except (redis.RedisError, OSError) as exc:
            raise _unavailable(exc) from None
        number = _int(values[0])
        return (number, number) if scope == GLOBAL else (number, _int(values[1]))

    def bump(self, scopes: Iterable[str]) -> None:
        keys = sorted({self._key(scope) for scope in scopes})
        if not keys:
            return
        try:
            with self._client.pipeline(transaction=True) as pipe:
                pipe.set(self._global, _base(), nx=True)  # see the module's docstring
                for key in keys:
                    pipe.incr(key)
                pipe.execute()
        except (redis.RedisError, OSError) as exc:
            raise _unavailable(exc) from None

    def close(self) -> None:
        self._client.close()

    def _key(self, scope: str) -> str:
        return f"{self.prefix}epoch:{scope}"

    def _read(self, scope: str) -> list[object]:
        if scope == GLOBAL:
            return [self._client.get(self._global), None]
        values = self._client.mget(self._global, self._key(scope))
        assert isinstance(values, list)  # the synchronous client
        return values


def _base() -> int:
    return time.time_ns() // 1_000_000


def _unavailable(exc: Exception) -> EpochsUnavailable:
    # The message names the kind of failure only: a URL could carry a password.
    return EpochsUnavailable(
        "The cluster's shared store (Redis) cannot be reached; try again shortly.",
        reason=type(exc).__name__,
    )


def _int(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, bytes | str | int):
        return int(value)
    raise TypeError(f"unexpected epoch value {value!r}")
