"""Copying the database out and back in, per backend.

SQLite: the online backup API gives a consistent copy while the server keeps writing (WAL
included). PostgreSQL: pg_dump's custom format (one consistent snapshot) and pg_restore.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from callvault.db.engine import is_sqlite, make_engine, normalise_url
from callvault.governance.backup.errors import BackupToolFailed

SQLITE_FILE = "callvault.sqlite3"
PG_FILE = "callvault.pgdump"
_TIMEOUT = 6 * 3600


def backend(url: str) -> str:
    return "sqlite" if is_sqlite(url) else "postgresql"


def sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise ValueError("an in-memory SQLite database cannot be backed up or restored")
    return Path(database)


def _libpq_url(url: str) -> str:
    """pg_dump speaks libpq URLs, not SQLAlchemy's driver-qualified ones."""
    return (
        make_url(normalise_url(url))
        .set(drivername="postgresql")
        .render_as_string(hide_password=False)
    )


def _run(args: list[str]) -> None:
    tool = shutil.which(args[0])
    if tool is None:
        raise BackupToolFailed(f"{args[0]} is not installed (the PostgreSQL client tools)")
    done = subprocess.run(  # noqa: S603 - fixed tool, no shell
        [tool, *args[1:]], capture_output=True, text=True, timeout=_TIMEOUT, check=False
    )
    if done.returncode != 0:
        raise BackupToolFailed(
            f"{args[0]} failed (exit {done.returncode}): {done.stderr.strip()[-2000:]}"
        )


def dump(url: str, directory: Path) -> Path:
    """Write a consistent copy of the database into directory; return the file."""
    if is_sqlite(url):
        target = directory / SQLITE_FILE
        source = sqlite3.connect(sqlite_path(url))
        try:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        os.chmod(target, 0o600)
        return target
    target = directory / PG_FILE
    _run(
        [
            "pg_dump",
            "--format=custom",
            "--no-owner",
            "--no-acl",
            "--file",
            str(target),
            "--dbname",
            _libpq_url(url),
        ]
    )
    os.chmod(target, 0o600)
    return target


def table_count(url: str) -> int:
    """How many tables the target database has (0: empty, safe to restore into)."""
    if is_sqlite(url) and not sqlite_path(url).exists():
        return 0
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return len(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def load(url: str, file: Path, *, replace: bool) -> None:
    """Restore the database from a dump file; replace: drop what the target holds first."""
    if is_sqlite(url):
        path = sqlite_path(url)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        source = sqlite3.connect(file)
        try:
            # The backup API writes through the target's own journal: a server that still has
            # the file open sees the old database or the new one, never a mix.
            target = sqlite3.connect(path)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, 0o600)
        return
    args = ["pg_restore", "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error"]
    if replace:
        args += ["--clean", "--if-exists"]
    _run([*args, "--dbname", _libpq_url(url), str(file)])
