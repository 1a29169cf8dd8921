"""The SQLite database and every file SQLite keeps beside it are readable by this user
only (0600, like the keyring), whatever the process umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from callvault.db.engine import Database


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # the usual default, under which SQLite creates 0644 files
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_database_and_its_wal_and_shm_are_0600(tmp_path: Path, loose_umask: None) -> None:
    path = tmp_path / "callvault.db"
    db = Database.connect(f"sqlite:///{path}")
    try:
        with db.write() as s:
            s.execute(text("CREATE TABLE t (x TEXT)"))
            s.execute(text("INSERT INTO t VALUES ('a')"))
        with db.read() as s:  # a second connection keeps the WAL and shared memory open
            assert s.execute(text("SELECT count(*) FROM t")).scalar() == 1
            files = sorted(p.name for p in tmp_path.iterdir())
            assert files == ["callvault.db", "callvault.db-shm", "callvault.db-wal"]
            assert {p.name: mode(p) for p in tmp_path.iterdir()} == dict.fromkeys(files, 0o600)
    finally:
        db.dispose()


def test_an_existing_readable_database_is_tightened(tmp_path: Path, loose_umask: None) -> None:
    path = tmp_path / "old.db"
    path.touch(mode=0o644)
    wal = tmp_path / "old.db-wal"
    wal.touch(mode=0o644)
    os.chmod(path, 0o644)
    os.chmod(wal, 0o644)
    db = Database.connect(f"sqlite:///{path}")
    try:
        with db.write() as s:
            s.execute(text("CREATE TABLE t (x TEXT)"))
    finally:
        db.dispose()
    assert {p.name: mode(p) for p in tmp_path.iterdir()} == dict.fromkeys(
        (p.name for p in tmp_path.iterdir()), 0o600
    )
