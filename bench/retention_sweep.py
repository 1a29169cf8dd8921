"""Retention sweep of 1,000,000 expired records on SQLite and on PostgreSQL: call records
(rows only), and voicemail messages (a row plus a small encrypted audio blob each).

For each backend, on a fresh database: expired rows are bulk-inserted (executemany in big
batches; not timed). Blob files are real ciphertext (the store's streaming AEAD under the
workspace's key, at the store's paths, checked to decrypt through the store) but written
without the store's per-file fsync and then flushed with one sync(): setup through the store
runs at ~350 blobs/s, which would make a million take most of an hour. Then the real sweep
(`run_sweep`: bounded batches, one short write transaction each, tombstones for calls, blob
removal after each commit) is timed. The baseline, measured in the same run on the same data
inserted again, is one plain bulk `DELETE ... WHERE <date> < cutoff` (for voicemail, that
DELETE plus unlinking each blob file and one directory fsync): the least work that removes
the same data, with none of the sweep's guarantees.

    .venv/bin/python bench/retention_sweep.py [--rows 1000000] [--blobs 1000000]
        [--backend sqlite|postgresql|both] [--batch 1000]
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, func, insert, select, text

from callvault.comms.calls.models import Call, CallTombstone
from callvault.comms.voicemail.media import MESSAGE_KIND
from callvault.comms.voicemail.models import READY, VoicemailMessage
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.core.permissions import Role
from callvault.core.settings import Settings
from callvault.crypto.stream import blob_aad, encrypt_stream
from callvault.governance.retention import service as retention
from callvault.governance.retention.sweep import run_sweep
from callvault.identity import service as identity
from callvault.wiring import Container, initialise

PG_ADMIN = os.environ.get(
    "CALLVAULT_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
INSERT_BATCH = 20_000
BLOB_BYTES = 2048
OLD = timedelta(days=400)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


@contextmanager
def database(backend: str, tmp: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp / 'bench.db'}"
        return
    name = f"cv_bench_{secrets.token_hex(4)}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def setup(c: Container) -> tuple[str, str]:
    """A workspace with a policy expiring calls, recordings, transcripts and voicemail."""
    with c.db.write() as s:
        ws, _owner = identity.create_workspace(
            s,
            keyring=c.keyring,
            audit=c.audit,
            slug="bench",
            name="Bench Inc",
            owner_email="owner@bench.example.com",
            owner_name="Owner",
            owner_password=secrets.token_urlsafe(16),
        )
        member = identity.add_user(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws.id),
            email="m@bench.example.com",
            name="Member",
            role=Role.MEMBER,
            password=None,
        )
        days = {"calls": 365, "recordings": 365, "transcripts": 365, "voicemail": 365}
        retention.update_policies(s, audit=c.audit, actor=Actor.system(ws.id), changes=days)
    return ws.id, member.id


def insert_calls(c: Container, ws: str, n: int) -> float:
    t0 = time.perf_counter()
    started = utcnow() - OLD
    sealed = b"\0" * 40  # the sweep never opens it
    for start in range(0, n, INSERT_BATCH):
        rows: list[dict[str, Any]] = [
            {
                "id": new_id(),
                "workspace_id": ws,
                "external_key": secrets.token_hex(16),
                "external_id_sealed": sealed,
                "state": "ended",
                "started_at": started,
                "has_started": True,
                "recorded": False,
                "vi_ran": False,
                "created_at": started,
                "updated_at": started,
            }
            for _ in range(start, min(n, start + INSERT_BATCH))
        ]
        with c.db.write() as s:
            s.execute(insert(Call), rows)
    return time.perf_counter() - t0


def write_blobs(c: Container, ws: str, ids: list[str]) -> None:
    """Real ciphertext at the store's paths, without a per-file fsync (see the docstring)."""
    payload = secrets.token_bytes(BLOB_BYTES)
    with c.db.read() as s:
        version, key = c.keyring.cipher(s, ws).stream_key()
    directory = Path(c.settings.effective_blob_dir, "ws", ws, MESSAGE_KIND)
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
    for i in ids:
        aad = blob_aad(workspace_id=ws, kind=MESSAGE_KIND, object_id=i)
        sealed = b"".join(encrypt_stream(key, version, [payload], aad=aad))
        fd = os.open(directory / i, flags, 0o600)
        try:
            os.write(fd, sealed)
        finally:
            os.close(fd)


def insert_voicemail(c: Container, ws: str, user: str, n: int) -> float:
    """Rows in bulk, each with its encrypted blob file; everything flushed to disk."""
    t0 = time.perf_counter()
    received = utcnow() - OLD
    ids = [new_id() for _ in range(n)]
    for start in range(0, n, INSERT_BATCH):
        chunk = ids[start : start + INSERT_BATCH]
        with c.db.write() as s:
            s.execute(
                insert(VoicemailMessage),
                [
                    {
                        "id": i,
                        "workspace_id": ws,
                        "user_id": user,
                        "state": READY,
                        "received_at": received,
                        "created_at": received,
                        "size_bytes": BLOB_BYTES,
                    }
                    for i in chunk
                ],
            )
        write_blobs(c, ws, chunk)
    os.sync()
    with c.db.read() as s:  # the files are what the store itself would have written
        opened = c.blobs.open_range(s, workspace_id=ws, kind=MESSAGE_KIND, object_id=ids[-1])
        assert len(b"".join(opened)) == BLOB_BYTES
    return time.perf_counter() - t0


def count(c: Container, model: Any) -> int:
    with c.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def blob_files(c: Container) -> int:
    return sum(len(files) for _d, _s, files in os.walk(c.settings.effective_blob_dir))


def timed_sweep(c: Container, batch: int) -> float:
    t0 = time.perf_counter()
    run_sweep(c.db, c.blobs, c.audit, targets=c.retention_targets, batch=batch)
    return time.perf_counter() - t0


def baseline_delete(c: Container, ws: str, model: Any, column: Any) -> float:
    t0 = time.perf_counter()
    with c.db.write() as s:
        s.execute(delete(model).where(model.workspace_id == ws, column < utcnow() - OLD / 2))
    return time.perf_counter() - t0


def baseline_blobs(c: Container, ws: str) -> float:
    """The DELETE plus unlinking each blob file: no jobs, no tombstones, no audit."""
    t0 = time.perf_counter()
    with c.db.read() as s:
        ids = list(s.scalars(select(VoicemailMessage.id)).all())
    baseline_delete(c, ws, VoicemailMessage, VoicemailMessage.received_at)
    directory = Path(c.settings.effective_blob_dir, "ws", ws, MESSAGE_KIND)
    for i in ids:
        os.unlink(directory / i)
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.perf_counter() - t0


def rate(n: int, seconds: float) -> str:
    return f"{seconds:8.1f} s  {n / seconds:10,.0f} items/s"


def bench(backend: str, rows: int, blobs: int, batch: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, database(backend, Path(tmp)) as url:
        data = Path(tmp) / "data"
        c = initialise(Settings(data_dir=data, database_url=url))
        try:
            ws, user = setup(c)
            if rows:
                calls(c, ws, backend, rows, batch)
            if blobs:
                voicemail(c, ws, user, backend, blobs, batch)
        finally:
            c.close()


def calls(c: Container, ws: str, backend: str, rows: int, batch: int) -> None:
    say(f"\n== {backend}: {rows:,} expired call records, batch {batch}")
    took = insert_calls(c, ws, rows)
    say(f"insert (not timed as part of either)     {rate(rows, took)}")
    sweep = timed_sweep(c, batch)
    assert count(c, Call) == 0 and count(c, CallTombstone) == rows
    say(f"sweep (batches, tombstones, audit)       {rate(rows, sweep)}")
    with c.db.write() as s:  # the same rows again, for the baseline
        s.execute(delete(CallTombstone))
    insert_calls(c, ws, rows)
    base = baseline_delete(c, ws, Call, Call.started_at)
    assert count(c, Call) == 0
    say(f"baseline: one bulk DELETE                {rate(rows, base)}")
    say(f"sweep / baseline                         {sweep / base:8.1f} x")


def voicemail(c: Container, ws: str, user: str, backend: str, blobs: int, batch: int) -> None:
    say(f"\n== {backend}: {blobs:,} expired voicemail messages with {BLOB_BYTES} B blobs")
    took = insert_voicemail(c, ws, user, blobs)
    say(f"insert rows + write blobs (not timed)    {rate(blobs, took)}")
    sweep = timed_sweep(c, batch)
    assert count(c, VoicemailMessage) == 0 and blob_files(c) == 0
    say(f"sweep (rows + blobs after each commit)   {rate(blobs, sweep)}")
    insert_voicemail(c, ws, user, blobs)
    base = baseline_blobs(c, ws)
    assert count(c, VoicemailMessage) == 0 and blob_files(c) == 0
    say(f"baseline: bulk DELETE + unlink each blob {rate(blobs, base)}")
    say(f"sweep / baseline                         {sweep / base:8.1f} x")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--blobs", type=int, default=1_000_000)
    p.add_argument("--batch", type=int, default=1000)
    p.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    a = p.parse_args()
    for backend in ("sqlite", "postgresql") if a.backend == "both" else (a.backend,):
        bench(backend, a.rows, a.blobs, a.batch)


if __name__ == "__main__":
    main()
