"""The baseline of bench/api_throughput.py: a bare FastAPI app, served by uvicorn (one
process, the same defaults `callvault serve` gets) with callvault's TLS certificate and key.

`/healthz` answers a constant; `/calls` runs the query a call-log page needs at least (50
calls of one workspace, newest first, on the same `(workspace_id, started_at, id)` index,
from the same database callvault serves) with SQLAlchemy Core on a pool of the same size
(as many connections as request threads, 24 of each, as `callvault serve`), and
returns the row's columns as JSON (sealed fields base64-encoded, so a row is about as wide as
callvault's). Nothing of callvault is imported: no authentication, no ORM, no decryption, no
audit entry.

    BENCH_BARE_DATABASE_URL=... BENCH_BARE_WORKSPACE=<id> \
        uvicorn --app-dir bench api_bare:app --ssl-certfile ... --ssl-keyfile ...
"""

from __future__ import annotations

import base64
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio.to_thread
from fastapi import FastAPI
from sqlalchemy import create_engine, text

URL = os.environ["BENCH_BARE_DATABASE_URL"]  # an SQLAlchemy URL with its driver
WORKSPACE = os.environ["BENCH_BARE_WORKSPACE"]
PAGE = 50
# As callvault (CALLVAULT_WEB_THREADS, 24): as many pooled connections as request threads.
# A pool smaller than the thread pool opened and closed an overflow connection per request,
# which on PostgreSQL is a new backend process each time: the baseline measured that, not
# the query (65 req/s on the quick run).
THREADS = int(os.environ.get("BENCH_BARE_THREADS", "24"))

engine = create_engine(
    URL,
    pool_size=THREADS,
    max_overflow=0,
    connect_args={"check_same_thread": False} if URL.startswith("sqlite") else {},
)
PAGE_QUERY = text(
    "SELECT id, external_id_sealed, state, direction, disposition,"
    " caller_user_id, caller_contact_id, caller_number_sealed,"
    " callee_user_id, callee_contact_id, callee_number_sealed,"
    " started_at, answered_at, ended_at, duration_seconds, talk_seconds, recorded, vi_ran"
    " FROM calls WHERE workspace_id = :ws ORDER BY started_at DESC, id DESC LIMIT :n"
)


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
    yield


app = FastAPI(lifespan=lifespan)


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


def _plain(value: Any) -> Any:
    return base64.b64encode(value).decode() if isinstance(value, bytes) else value


@app.get("/calls")
def calls() -> dict[str, list[dict[str, Any]]]:
    with engine.connect() as conn:
        rows = conn.execute(PAGE_QUERY, {"ws": WORKSPACE, "n": PAGE}).mappings().all()
    return {"calls": [{k: _plain(v) for k, v in row.items()} for row in rows]}
