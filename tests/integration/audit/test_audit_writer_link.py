"""The serve's one audit writer behind a Unix socket (ADR 0015 addendum): web processes send
their entries to it and each read returns only once its entry is committed; the reads of
several processes share commits, keep each thread's order in the chain, and verify; a failed
commit comes back as the same 503; no writer listening is a prompt 503, never a 30 s hang
or a read without its entry."""

from __future__ import annotations

import json
import shutil
import socket
import struct
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text

from callvault.audit.entry import AuditEntry
from callvault.audit.group_commit import AuditUnavailable
from callvault.audit.writer_link import AuditWriterServer, RemoteAuditWriter
from callvault.core.context import Actor
from callvault.core.errors import CallvaultError
from callvault.wiring import Container
from tests.integration.audit.test_audit_group_commit import actions, actions_of, assert_verifies
from tests.support.live import create_workspace

pytestmark = pytest.mark.slow

THREADS = 6
PER_THREAD = 20


@pytest.fixture
def socket_path() -> Iterator[Path]:
    where = Path(tempfile.mkdtemp(prefix="cv-link-"))  # short: a socket path has 108 bytes
    try:
        yield where / "audit.sock"
    finally:
        shutil.rmtree(where, ignore_errors=True)


@pytest.fixture
def audit_process(container: Container, socket_path: Path) -> Iterator[AuditWriterServer]:
    """What the audit process runs, on a thread of this process."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(socket_path))
    listener.listen(64)
    server = AuditWriterServer(listener, container.audit.group_writer())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop()
        listener.close()
        thread.join(timeout=10)


def test_reads_of_two_processes_share_one_writer(
    container: Container, socket_path: Path, audit_process: AuditWriterServer
) -> None:
    c = container
    ws = create_workspace(c, "one-writer").workspace_id
    before = c.audit.group_writer().stats.commits
    processes = [RemoteAuditWriter(str(socket_path)) for _ in range(2)]

    def reader(n: int) -> None:
        link = processes[n % 2]
        for i in range(PER_THREAD):
            link.write(AuditEntry.of(workspace_id=ws, action="test.read", object_id=f"t{n}-{i}"))
            # Committed when write returned: visible to a fresh transaction at once.
            assert actions_of(c, ws, f"t{n}-{i}") == 1

    try:
        with ThreadPoolExecutor(THREADS) as pool:
            list(pool.map(reader, range(THREADS)))
    finally:
        for link in processes:
            link.close()
    chain = actions(c, ws)
    for n in range(THREADS):
        mine = [o for _, a, o in chain if a == "test.read" and o and o.startswith(f"t{n}-")]
        assert mine == [f"t{n}-{i}" for i in range(PER_THREAD)]
    writer = c.audit.group_writer()
    assert writer.stats.entries >= THREADS * PER_THREAD
    assert writer.stats.commits - before < THREADS * PER_THREAD  # shared across processes
    assert_verifies(c, ws)


def test_a_failed_commit_refuses_the_read_through_the_link(
    container: Container, socket_path: Path, audit_process: AuditWriterServer
) -> None:
    c = container
    ws = create_workspace(c, "link-broken").workspace_id
    link = RemoteAuditWriter(str(socket_path))
    with c.db.write() as s:
        s.execute(text("ALTER TABLE audit_events RENAME TO audit_events_away"))
    try:
        with pytest.raises(CallvaultError) as refused:
            link.write(AuditEntry.of(workspace_id=ws, action="test.read", object_id="lost"))
    finally:
        with c.db.write() as s:
            s.execute(text("ALTER TABLE audit_events_away RENAME TO audit_events"))
    assert (refused.value.code, refused.value.status) == ("audit_unavailable", 503)
    assert actions_of(c, ws, "lost") == 0
    link.write(AuditEntry.of(workspace_id=ws, action="test.read", object_id="kept"))
    assert actions_of(c, ws, "kept") == 1
    link.close()
    assert_verifies(c, ws)


def test_no_writer_listening_is_a_prompt_refusal(container: Container, socket_path: Path) -> None:
    c = container
    ws = create_workspace(c, "no-writer").workspace_id
    c.audit.use_writer_at(str(socket_path))  # nothing listens there
    actor = Actor(workspace_id=ws, actor_type="user", actor_id="u1", role="owner")
    started = time.monotonic()
    with pytest.raises(AuditUnavailable), c.db.read() as s:
        c.audit.record_read(s, workspace_id=ws, actor=actor, action="test.read", object_id="x")
    assert time.monotonic() - started < 5
    assert actions_of(c, ws, "x") == 0


def test_a_frame_of_entries_is_committed_in_order_and_answered_once(
    container: Container, socket_path: Path, audit_process: AuditWriterServer
) -> None:
    """What a web process sends when several of its threads queued entries meanwhile: one
    frame, committed in its order, answered in one frame with each entry's own outcome."""
    c = container
    ws = create_workspace(c, "one-frame").workspace_id
    items = [
        {"id": n, "entry": {"workspace_id": ws, "action": "test.read", "object_id": f"f{n}"}}
        for n in (7, 8, 9)
    ]
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(10)
        sock.connect(str(socket_path))
        data = json.dumps({"entries": items}).encode()
        sock.sendall(struct.pack(">I", len(data)) + data)
        with sock.makefile("rb") as stream:
            (size,) = struct.unpack(">I", stream.read(4))
            answer = json.loads(stream.read(size))
    assert answer == {"answers": [{"id": n, "ok": True} for n in (7, 8, 9)]}
    mine = [o for _, a, o in actions(c, ws) if a == "test.read"]
    assert mine == ["f7", "f8", "f9"]
    assert_verifies(c, ws)
