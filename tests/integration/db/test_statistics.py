"""SQLite's planner gets row statistics: without them `workspace_id = ? AND id IN (...)` in
a big workspace walks the whole workspace's index (found by the retention benchmark: a
million-call purge ran at ~900 calls/s, O(rows) per batch)."""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy import insert, text

from callvault.comms.calls.models import Call
from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.engine import Database
from tests.support.databases import migrated_url
from tests.support.live import create_workspace, make_container

ROWS = 12_000


def plan(db: Database, ws: str) -> str:
    params = {f"i{n}": new_id() for n in range(500)}
    listed = ", ".join(f":{name}" for name in params)
    sql = "EXPLAIN QUERY PLAN SELECT external_key FROM calls WHERE workspace_id = :w AND id IN "
    with db.read() as s:
        rows = s.execute(text(sql + f"({listed})"), {"w": ws, **params})
        return " ".join(str(row[-1]) for row in rows)


def test_refreshed_statistics_make_id_batches_use_the_primary_key(tmp_path: Path) -> None:
    with migrated_url("sqlite", tmp_path) as url:
        c = make_container(url, tmp_path / "data")
        try:
            ws = create_workspace(c, "big").workspace_id
            now = utcnow()
            rows = [
                {
                    "id": new_id(),
                    "workspace_id": ws,
                    "external_key": secrets.token_hex(8),
                    "external_id_sealed": b"",
                    "state": "ended",
                    "started_at": now,
                    "has_started": True,
                    "recorded": False,
                    "vi_ran": False,
                    "created_at": now,
                    "updated_at": now,
                }
                for _ in range(ROWS)
            ]
            with c.db.write() as s:
                s.execute(insert(Call), rows)
            assert "ix_calls_ws_started" in plan(c.db, ws)  # the guess: walk the workspace
            c.db.refresh_statistics()
            assert "sqlite_autoindex_calls_1 (id=?)" in plan(c.db, ws)
        finally:
            c.close()
