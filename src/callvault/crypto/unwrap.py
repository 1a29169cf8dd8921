"""Reading wrapped DEKs from the database and unwrapping them through a short-lived cache."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, Select, select
from sqlalchemy.orm import Session

from callvault.crypto.context import encode_context
from callvault.crypto.errors import DecryptionFailed, KeyVersionRetired
from callvault.crypto.kms import KmsProvider
from callvault.crypto.models import DataKey
from callvault.db.engine import sqlite_file
from callvault.epochs.commit_watch import pending_scopes
from callvault.epochs.port import Epochs, Stamp

_UNWRAP_ATTEMPTS = 4


def dek_context(scope: str, purpose: str, version: int) -> bytes:
    """What a wrapped DEK is bound to: a wrapped key moved to another row fails to unwrap."""
    return encode_context("callvault.dek.v1", scope, purpose, version)


@dataclass(frozen=True, slots=True)
class WrappedKey:
    purpose: str
    version: int
    kek_version: int
    wrapped: bytes
    status: str
    created_at: datetime


def _keys_query(
    scope: str, purpose: str | None = None, version: int | None = None
) -> Select[str, int, int, bytes, str, datetime]:
    stmt = select(
        DataKey.purpose,
        DataKey.version,
        DataKey.kek_version,
        DataKey.wrapped,
        DataKey.status,
        DataKey.created_at,
    ).where(DataKey.workspace_id == scope)
    if purpose is not None:
        stmt = stmt.where(DataKey.purpose == purpose)
    if version is not None:
        stmt = stmt.where(DataKey.version == version)
    return stmt


def load_keys(
    session: Session, scope: str, purpose: str | None = None, version: int | None = None
) -> list[WrappedKey]:
    """The DEK rows of a scope (a workspace id or the system scope), optionally narrowed."""
    return [WrappedKey(*row) for row in session.execute(_keys_query(scope, purpose, version))]


class CommittedKeys:
    """Reads a scope's DEK rows as last committed, for a cache shared by every transaction,
    without a second pooled connection (a request already holds one; under load, waiting for
    another from an exhausted pool would stall it).

    SQLite: one private autocommit connection per database file, serialised (a read under WAL
    takes no lock and sees the latest commit, whatever the caller's snapshot or write lock).
    PostgreSQL: the caller's own session, whose statements see every committed change at READ
    COMMITTED (the default); None when that session has itself changed the scope's keys
    (which might still roll back)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connections: dict[str, sqlite3.Connection] = {}

    def load(self, session: Session, scope: str) -> list[WrappedKey] | None:
        engine = session_engine(session)
        if engine.dialect.name != "sqlite":
            keys = load_keys(session, scope)
            return None if scope in pending_scopes(session) else keys
        path = sqlite_file(str(engine.url))
        if path is None:
            return None
        stmt = _keys_query(scope)
        compiled = stmt.compile(dialect=engine.dialect)
        params = [compiled.params[name] for name in compiled.positiontup or ()]
        with self._lock:
            connection = self._connections.get(path)
            if connection is None:
                connection = sqlite3.connect(
                    path, isolation_level=None, check_same_thread=False, timeout=30
                )
                self._connections[path] = connection
            rows = connection.execute(str(compiled), params).fetchall()
        return [WrappedKey(*row) for row in _processed(engine, stmt, rows)]

    def close(self) -> None:
        with self._lock:
            for connection in self._connections.values():
                connection.close()
            self._connections.clear()


def session_engine(session: Session) -> Engine:
    bind = session.get_bind()
    return bind.engine if isinstance(bind, Connection) else bind


CacheKey = tuple[str, str, int, bytes]


class DekCache:
    """Unwrapped DEKs for `ttl` seconds (ttl <= 0 disables it), keyed by scope, purpose,
    version and the wrapped bytes: a key from a rolled-back transaction (say, a workspace whose
    creation failed and was retried under the same id) can never be served for another. With
    `epochs`, an entry also dies as soon as its scope's keys change in any process (a shred)."""

    def __init__(self, ttl: float, epochs: Epochs | None = None) -> None:
        self._ttl = ttl
        self._epochs = epochs
        self._lock = threading.Lock()
        self._entries: dict[CacheKey, tuple[bytes, float, Stamp | None]] = {}

    def stamp(self, scope: str) -> Stamp | None:
        """Read before unwrapping; give it to `put`."""
        return None if self._epochs is None else self._epochs.stamp(scope)

    def get(self, key: CacheKey) -> bytes | None:
        now = time.monotonic()
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[1] <= now:
                del self._entries[key]
                return None
        if self._epochs is not None and self._epochs.stamp(key[0]) != entry[2]:
            return None
        return entry[0]

    def put(self, key: CacheKey, material: bytes, stamp: Stamp | None = None) -> None:
        if self._ttl <= 0:
            return
        now = time.monotonic()
        with self._lock:
            # Re-wrapped and dropped keys leave stale entries behind: purge them as we go.
            if len(self._entries) > 64:
                for stale in [k for k, (_m, exp, _s) in self._entries.items() if exp <= now]:
                    del self._entries[stale]
            self._entries[key] = (material, now + self._ttl, stamp)

    def drop_scope(self, scope: str) -> None:
        with self._lock:
            for key in [k for k in self._entries if k[0] == scope]:
                del self._entries[key]


class MaterialSource:
    """Unwraps one scope's DEKs on demand. If a rotation re-wrapped a DEK and retired the KEK
    version it was read under, re-read the row (outside the caller's snapshot) and retry."""

    def __init__(
        self,
        *,
        kms: KmsProvider,
        cache: DekCache,
        scope: str,
        ref: str,
        keys: list[WrappedKey],
        engine: Engine,
        check_alive: Callable[[], None],
    ) -> None:
        self._kms = kms
        self._cache = cache
        self._scope = scope
        self._ref = ref
        self._engine = engine
        self._check_alive = check_alive
        self._wraps = {(k.purpose, k.version): (k.kek_version, k.wrapped) for k in keys}
        self._lock = threading.Lock()

    def material(self, purpose: str, version: int) -> bytes:
        with self._lock:
            wrap = self._wraps.get((purpose, version))
        if wrap is None:
            # Named by a ciphertext but unknown to the rows we read: look again, once.
            wrap = self._reload(purpose, version)
        context = dek_context(self._scope, purpose, version)
        for attempt in range(_UNWRAP_ATTEMPTS):
            cache_key = (self._scope, purpose, version, wrap[1])
            cached = self._cache.get(cache_key)
            if cached is not None:
                return cached
            stamp = self._cache.stamp(self._scope)
            try:
                material = self._kms.unwrap(self._ref, wrap[0], wrap[1], context)
            except KeyVersionRetired:
                if attempt == _UNWRAP_ATTEMPTS - 1:
                    raise
                wrap = self._reload(purpose, version)
                continue
            self._cache.put(cache_key, material, stamp)
            return material
        raise AssertionError("unreachable")

    def _reload(self, purpose: str, version: int) -> tuple[int, bytes]:
        stmt = select(DataKey.kek_version, DataKey.wrapped).where(
            DataKey.workspace_id == self._scope,
            DataKey.purpose == purpose,
            DataKey.version == version,
        )
        row = _read_latest(self._engine, stmt)
        if row is None:
            self._check_alive()
            self._kms.key_versions(self._ref)  # KeyDestroyed once shredded in another process
            raise DecryptionFailed(
                "the ciphertext names a data key version that does not exist",
                scope=self._scope,
                purpose=purpose,
                version=version,
            )
        with self._lock:
            self._wraps[(purpose, version)] = row
        return row


def _read_latest(engine: Engine, stmt: Select[int, bytes]) -> tuple[int, bytes] | None:
    """Run a query against the latest committed data, outside any caller transaction."""
    if engine.dialect.name != "sqlite":
        with Session(engine) as fresh, fresh.begin():
            found = fresh.execute(stmt).first()
        return None if found is None else (int(found[0]), bytes(found[1]))
    rows = _sqlite_autocommit_read(engine, stmt)
    return None if not rows else (int(rows[0][0]), bytes(rows[0][1]))


def _sqlite_autocommit_read(
    engine: Engine, stmt: Select[*tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    # SQLite writer engines BEGIN IMMEDIATE; the caller may hold that lock on this very thread.
    # A driver-level autocommit read on a raw connection takes no lock and, under WAL, sees the
    # latest commit.
    compiled = stmt.compile(dialect=engine.dialect)
    params = [compiled.params[name] for name in compiled.positiontup or ()]
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute(str(compiled), params)
            rows = cursor.fetchall()
        finally:
            cursor.close()
    finally:
        raw.close()
    return _processed(engine, stmt, rows)


def _processed(
    engine: Engine, stmt: Select[*tuple[Any, ...]], rows: Sequence[Any]
) -> list[tuple[Any, ...]]:
    """Rows read through the driver, converted by their column types (text to datetime)."""
    dialect = engine.dialect
    processors = [
        column.type.dialect_impl(dialect).result_processor(dialect, None)
        for column in stmt.selected_columns
    ]
    return [
        tuple(value if p is None else p(value) for p, value in zip(processors, row, strict=True))
        for row in rows
    ]
