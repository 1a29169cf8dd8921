"""Engines and sessions per mode; SQLite gets WAL, foreign keys, a busy timeout and
separate reader/writer engines so reads never queue behind the single SQLite writer."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from callvault.db.idle_ping import ping_when_idle

# Rows sampled per index by `Database.refresh_statistics`: well above the id batches that
# bulk operations send (<= 1000), so the primary key wins over a workspace's index.
ANALYSIS_LIMIT = 10_000
STATISTICS_RELOAD_SECONDS = 300
PRIVATE_FILE_MODE = 0o600
# SQLite gives the journal files it creates beside the database (-wal, -shm, -journal) the
# database file's own permissions, so a database created 0600 keeps all of them 0600.
SQLITE_COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal")


# Marks sessions of `Database.write` (session.info), so a mechanism can tell whether its
# caller's transaction may hold write locks.
_WRITES = "callvault.writes"


def is_write_session(session: Session) -> bool:
    """Whether the session came from `Database.write` (its transaction may hold locks)."""
    return bool(session.info.get(_WRITES))


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def normalise_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def sqlite_file(url: str) -> str | None:
    """The file path of a SQLite URL; None for an in-memory database or another backend."""
    if not is_sqlite(url):
        return None
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return database


def make_private(url: str) -> None:
    """Create a SQLite database file readable by this user only (as the keyring is), before
    SQLite would create it 0644, and tighten the files of an existing one."""
    path = sqlite_file(url)
    if path is None:
        return
    # Never open an existing file: POSIX locks belong to the process, and closing any
    # descriptor of the file drops every lock this process's SQLite connections hold on it;
    # another process's connection closing next then thinks itself the last one and deletes
    # the WAL under them ("disk I/O error"; tests/integration/db/test_sqlite_locks_kept.py).
    with contextlib.suppress(FileExistsError):  # chmod below tightens it, unopened
        os.close(
            os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
        )
    for suffix in SQLITE_COMPANION_SUFFIXES:
        try:
            os.chmod(path + suffix, PRIVATE_FILE_MODE)
        except FileNotFoundError:
            continue


def make_engine(
    url: str, *, writer: bool = True, pool_size: int = 10, max_overflow: int | None = None
) -> Engine:
    """Create an engine for a database URL (SQLite file or PostgreSQL via psycopg 3).
    max_overflow: connections opened beyond the pool when it is empty and closed on return
    (default: twice the pool on SQLite, as many as the pool on PostgreSQL)."""
    url = normalise_url(url)
    if is_sqlite(url):
        make_private(url)
        # A pool of file connections (not NullPool): opening one and setting its pragmas
        # costs more than most queries. Connections move between threads, never shared.
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            pool_size=pool_size,
            max_overflow=pool_size * 2 if max_overflow is None else max_overflow,
            # A connection reads the planner statistics when it opens and never again:
            # renewing connections lets every process see a newer ANALYZE.
            pool_recycle=STATISTICS_RELOAD_SECONDS,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        begin = _sqlite_begin_immediate if writer else _sqlite_begin_deferred
        event.listen(engine, "begin", begin)
        return engine
    engine = create_engine(
        url, pool_size=pool_size, max_overflow=pool_size if max_overflow is None else max_overflow
    )
    ping_when_idle(engine)  # not on every checkout: a round trip per request (idle_ping.py)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Driver-level autocommit: SQLAlchemy's "begin" event then issues BEGIN itself.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin_immediate(conn: Any) -> None:
    # Writers take the lock at BEGIN: a deferred transaction that upgrades to a write lock
    # later fails at once with "database is locked" instead of waiting on busy_timeout.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _sqlite_begin_deferred(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


@dataclass(frozen=True)
class Database:
    """The process's database: a writer and a reader session factory over one URL."""

    url: str
    engine: Engine
    read_engine: Engine
    # `statements()`'s engine: the read engine, in autocommit mode on PostgreSQL.
    statement_engine: Engine
    write_factory: sessionmaker[Session]
    read_factory: sessionmaker[Session]

    @classmethod
    def connect(cls, url: str, *, threads: int = 10) -> Database:
        """threads: how many threads of this process may hold a session at once (the web
        process's thread pool): the pool that serves reads keeps as many connections open,
        so a busy server never opens and closes one per request (SQLite runs its pragmas on
        each; PostgreSQL forks a backend). A few more may open, briefly, beyond that."""
        if is_sqlite(url):
            engine = make_engine(url, writer=True)
            read_engine = make_engine(url, writer=False, pool_size=threads, max_overflow=8)
        else:
            engine = read_engine = make_engine(url, pool_size=threads, max_overflow=8)
        # Same pool, same events; on PostgreSQL each statement is its own transaction.
        statement_engine = (
            read_engine
            if is_sqlite(url)
            else read_engine.execution_options(isolation_level="AUTOCOMMIT")
        )
        return cls(
            url=url,
            engine=engine,
            read_engine=read_engine,
            statement_engine=statement_engine,
            write_factory=sessionmaker(bind=engine, expire_on_commit=False, info={_WRITES: True}),
            read_factory=sessionmaker(bind=read_engine, expire_on_commit=False),
        )

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any exception."""
        with self.write_factory() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A transaction for reads (on SQLite it takes no write lock; writing in it is a bug).
        It ends with a no-op commit so loaded objects stay usable after the block."""
        with self.read_factory() as session, session.begin():
            yield session

    @contextmanager
    def statements(self) -> Iterator[Session]:
        """A read whose statements need nothing in common but their order: on PostgreSQL
        each runs in its own transaction (autocommit), which at READ COMMITTED sees what one
        transaction would have seen (every statement takes a new snapshot either way) and
        saves the BEGIN and COMMIT round trips of a request that reads with one or two
        statements. Not for reads that lock rows or must see one snapshot; on SQLite (no
        round trips, and a transaction holds one snapshot) it is `read`."""
        with self.read_factory(bind=self.statement_engine) as session, session.begin():
            yield session

    def refresh_statistics(self) -> None:
        """Give SQLite's query planner row statistics (PostgreSQL's autovacuum keeps its
        own). Without them SQLite guesses that `workspace_id = ?` matches ~10 rows and
        answers `workspace_id = ? AND id IN (...)` by walking the workspace's index: in a
        workspace of a million calls a bulk deletion then costs a million rows per batch.
        The sample is bounded (ANALYSIS_LIMIT rows per index: milliseconds on any size),
        enough to show the planner that a workspace holds more rows than an id batch."""
        if not self.is_sqlite:
            return
        with self.write() as session:
            session.execute(text(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}"))
            session.execute(text("ANALYZE"))
        # Open connections keep the statistics they loaded: renew this process's pools
        # (connections in use finish their work and are closed when returned).
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()
