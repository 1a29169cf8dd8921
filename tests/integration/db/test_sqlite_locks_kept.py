"""A process that opens another engine on a SQLite file it already has connections to keeps
its locks on that file (issue 14's multi-process serve, found under load).

POSIX advisory locks belong to a process, not to a file descriptor: closing ANY descriptor
of the database file drops every lock the process holds on it, SQLite's included. When
`make_private` opened and closed the file to create it 0600, a web process starting its
audit writer's engine dropped the shared lock its open connections held; the next connection
another process closed then found itself "last", checkpointed and deleted the WAL under
them, and `/calls` answered 500 ("disk I/O error", "file is not a database")."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from callvault.db.engine import Database, make_engine

# Another process writes a row and closes its only connection. SQLite deletes the WAL on
# close only if it can lock the database file exclusively: only if nobody else holds it open.
OTHER_PROCESS = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("INSERT INTO t VALUES ('from another process')")
c.commit()
c.close()
"""


def test_a_second_engine_in_the_process_keeps_the_files_locks(tmp_path: Path) -> None:
    path = tmp_path / "callvault.db"
    url = f"sqlite:///{path}"
    db = Database.connect(url)
    try:
        with db.write() as s:
            s.execute(text("CREATE TABLE t (x TEXT)"))
            s.execute(text("INSERT INTO t VALUES ('a')"))
        with db.read() as s:  # this process now holds the file open, and locked
            assert s.execute(text("SELECT count(*) FROM t")).scalar() == 1
            make_engine(url).dispose()  # as the audit writer's thread does at its start
            subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(path)], check=True)
            # The other process was not the last one: the WAL stays for our connections.
            assert (tmp_path / "callvault.db-wal").exists()
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM t")).scalar() == 2
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        db.dispose()
