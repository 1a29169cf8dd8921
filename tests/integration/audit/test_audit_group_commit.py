"""Issue 14 item 3: audited reads go through one group-commit writer per process. Concurrent
reads all get their entry, committed before the answer, in chain order, and the chain
verifies; a crowd of reads shares a few commits and one anchor per commit; a failing write
fails every waiting read; shutdown commits what is queued."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select, text

from callvault.audit.entry import AuditEntry
from callvault.audit.group_commit import (
    MAX_BATCH,
    AuditUnavailable,
    GroupCommitWriter,
    committed_async,
)
from callvault.audit.models import AuditEvent
from callvault.core.context import Actor
from callvault.wiring import Container
from tests.integration.comms.calls.helpers import full_call
from tests.support import factories as f
from tests.support.live import LiveServer, create_workspace, live_server, scratch_container

pytestmark = pytest.mark.slow

THREADS = 8


def actions(c: Container, ws: str) -> list[tuple[int, str, str | None]]:
    """(seq, action, object_id) of the workspace's chain, in chain order."""
    with c.db.read() as s:
        rows = s.execute(
            select(AuditEvent.seq, AuditEvent.action, AuditEvent.object_id)
            .where(AuditEvent.workspace_id == ws)
            .order_by(AuditEvent.seq)
        ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def assert_verifies(c: Container, ws: str) -> None:
    with c.db.read() as s:
        reports = c.audit.verify_all(s, workspace_ids=[ws])
    assert [(r.workspace_id, r.ok, r.problems) for r in reports] == [(ws, True, [])]
    seqs = [seq for seq, _, _ in actions(c, ws)]
    assert seqs == list(range(1, len(seqs) + 1))  # no hole, no duplicate


def anchored(c: Container, ws: str) -> list[int]:
    return [cp.seq for cp in c.audit.anchor.store.read(ws).checkpoints]


@contextmanager
def head_held(c: Container, ws: str) -> Iterator[None]:
    """A change in progress: its transaction holds the workspace's head (PostgreSQL) and
    SQLite's write lock until the block ends, so the writer's first batch waits on it."""
    with c.db.write() as s:
        c.audit.record(s, workspace_id=ws, action="test.hold")
        yield


def read_audited(c: Container, actor: Actor, object_id: str) -> None:
    with c.db.read() as s:
        c.audit.record_read(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="test.read",
            object_type="call",
            object_id=object_id,
        )


def test_concurrent_http_reads_are_all_audited_in_chain_order(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "busy")
    ws = owner.workspace_id
    for minute in range(5):
        full_call(c, ws, minute=minute)
    token = f.session_token(c, ws, owner.user_id)[0]
    before = len(actions(c, ws))
    anchors_before = len(anchored(c, ws))
    per_thread = 25

    def reader(_: int) -> list[int]:
        client = live.client(token)
        codes = []
        for _ in range(per_thread):
            r = client.get("/api/v1/calls", params={"limit": 5})
            codes.append(r.status_code)
            assert r.status_code != 200 or len(r.json()["calls"]) == 5
        return codes

    with ThreadPoolExecutor(THREADS) as pool:
        codes = [code for chunk in pool.map(reader, range(THREADS)) for code in chunk]
    assert codes == [200] * THREADS * per_thread
    # Every answered read's entry is already committed (no wait, no shutdown needed).
    listed = [a for a in actions(c, ws)[before:] if a[1] == "call.list"]
    assert len(listed) == THREADS * per_thread
    assert_verifies(c, ws)
    writer = c.audit.group_writer()
    # One anchor per commit: each batch of this one workspace added one checkpoint, which
    # is the head the chain reached.
    assert len(anchored(c, ws)) - anchors_before == writer.stats.commits
    assert anchored(c, ws)[-1] == actions(c, ws)[-1][0]


def test_a_crowd_of_reads_shares_a_few_commits(container: Container) -> None:
    """Reads that queue while the writer waits for the lock are committed together, in
    bounded batches, one anchor per batch, each thread's entries in its order."""
    c = container
    ws = create_workspace(c, "crowd").workspace_id
    writer = c.audit.group_writer()
    per_thread = 50
    total = THREADS * per_thread
    anchors_before = len(anchored(c, ws))

    def reader(t: int) -> list[Future[None]]:
        return [
            writer.submit(AuditEntry.of(workspace_id=ws, action="test.read", object_id=f"t{t}-{i}"))
            for i in range(per_thread)
        ]

    with head_held(c, ws), ThreadPoolExecutor(THREADS) as pool:
        # All handed over while the writer's first batch waits on the held head.
        waiting = [w for chunk in pool.map(reader, range(THREADS)) for w in chunk]
    assert [w.result(timeout=60) for w in waiting] == [None] * total
    # One transaction per read would be 400 commits: here the first entry's, then the
    # rest in batches of at most 256.
    assert writer.stats.entries == total
    assert 2 <= writer.stats.commits <= 1 + -(-(total - 1) // MAX_BATCH)
    assert len(anchored(c, ws)) - anchors_before == writer.stats.commits + 1  # + the hold
    chain = actions(c, ws)
    for t in range(THREADS):
        mine = [o for _, a, o in chain if a == "test.read" and o and o.startswith(f"t{t}-")]
        assert mine == [f"t{t}-{i}" for i in range(per_thread)]
    assert_verifies(c, ws)


def test_a_lingering_writer_gathers_reads_into_one_commit(container: Container) -> None:
    """The serve's audit process lingers (SERVE_LINGER_SECONDS): reads handed over one after
    another within the window share one commit, none is answered before it; a lone read is
    committed once the window is up; `close` commits at once, without waiting it out."""
    c = container
    ws = create_workspace(c, "linger").workspace_id

    def entry(i: int) -> AuditEntry:
        return AuditEntry.of(workspace_id=ws, action="test.read", object_id=str(i))

    writer = GroupCommitWriter(c.db.url, c.audit.append_batch, c.audit.anchor.anchor, linger=1.0)
    started = time.monotonic()
    waiting = [writer.submit(entry(0))]
    for i in range(1, 5):
        time.sleep(0.05)
        waiting.append(writer.submit(entry(i)))
    assert not any(w.done() for w in waiting)  # still inside the window
    assert [w.result(timeout=30) for w in waiting] == [None] * 5
    assert time.monotonic() - started >= 1.0
    assert (writer.stats.commits, writer.stats.entries) == (1, 5)

    started = time.monotonic()
    writer.submit(entry(5)).result(timeout=30)  # alone: committed when the window is up
    assert time.monotonic() - started >= 1.0
    assert writer.stats.commits == 2
    writer.close()

    patient = GroupCommitWriter(c.db.url, c.audit.append_batch, c.audit.anchor.anchor, linger=60)
    last = patient.submit(entry(6))
    started = time.monotonic()
    patient.close(timeout=30)
    assert last.result(timeout=0) is None
    assert time.monotonic() - started < 30
    reads = [o for _, a, o in actions(c, ws) if a == "test.read"]
    assert reads == [str(i) for i in range(7)]
    assert_verifies(c, ws)


def test_concurrent_reads_through_the_service_wait_for_their_commit(
    container: Container,
) -> None:
    c = container
    ws = create_workspace(c, "waiters").workspace_id
    actor = Actor(workspace_id=ws, actor_type="user", actor_id="u1", role="owner")
    per_thread = 50

    def reader(t: int) -> None:
        for i in range(per_thread):
            read_audited(c, actor, f"t{t}-{i}")
            # Committed when record_read returned: visible to a fresh transaction at once.
            assert actions_of(c, ws, f"t{t}-{i}") == 1

    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(reader, range(THREADS)))
    chain = actions(c, ws)
    for t in range(THREADS):
        mine = [o for _, a, o in chain if a == "test.read" and o and o.startswith(f"t{t}-")]
        assert mine == [f"t{t}-{i}" for i in range(per_thread)]
    assert_verifies(c, ws)


def actions_of(c: Container, ws: str, object_id: str) -> int:
    with c.db.read() as s:
        found = s.scalars(
            select(AuditEvent.id).where(
                AuditEvent.workspace_id == ws, AuditEvent.object_id == object_id
            )
        ).all()
    return len(found)


def test_a_failing_write_fails_every_waiting_read(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "broken")
    ws = owner.workspace_id
    full_call(c, ws, minute=0)
    token = f.session_token(c, ws, owner.user_id)[0]
    before = len(actions(c, ws))

    def reader(_: int) -> list[tuple[int, str]]:
        client = live.client(token)
        out = []
        for _ in range(3):
            r = client.get("/api/v1/calls")
            out.append((r.status_code, r.json().get("error", {}).get("code", "")))
            assert "calls" not in r.json()  # the content never leaves without its entry
        return out

    # A real failure: the table the entries go to is gone while the reads wait.
    with c.db.write() as s:
        s.execute(text("ALTER TABLE audit_events RENAME TO audit_events_away"))
    try:
        with ThreadPoolExecutor(THREADS) as pool:
            results = [x for chunk in pool.map(reader, range(THREADS)) for x in chunk]
    finally:
        with c.db.write() as s:
            s.execute(text("ALTER TABLE audit_events_away RENAME TO audit_events"))
    assert results == [(503, "audit_unavailable")] * THREADS * 3
    assert c.audit.group_writer().stats.failures >= 1
    # The writer recovers with the database, and nothing half-written was left behind.
    assert actions(c, ws)[before:] == []
    assert live.client(token).get("/api/v1/calls").status_code == 200
    assert [a for _, a, _ in actions(c, ws)[before:]] == ["call.list"]
    assert_verifies(c, ws)


def test_shutdown_commits_what_is_queued(container: Container) -> None:
    c = container
    ws = create_workspace(c, "closing").workspace_id
    writer = c.audit.group_writer()
    waiting: list[Future[None]] = []
    with head_held(c, ws):
        for i in range(100):
            waiting.append(
                writer.submit(AuditEntry.of(workspace_id=ws, action="test.read", object_id=str(i)))
            )
        assert not any(w.done() for w in waiting)  # the writer waits on the held head
        closing = threading.Thread(target=c.audit.close)
        closing.start()
        closing.join(0.2)
        assert closing.is_alive()  # shutdown waits for the queued reads to commit
    closing.join(timeout=60)
    assert not closing.is_alive()
    assert [w.result(timeout=0) for w in waiting] == [None] * 100
    with pytest.raises(AuditUnavailable):
        writer.submit(AuditEntry.of(workspace_id=ws, action="test.late"))
    reads = [o for _, a, o in actions(c, ws) if a == "test.read"]
    assert reads == [str(i) for i in range(100)]
    assert_verifies(c, ws)


def test_in_a_write_transaction_the_read_joins_it(container: Container) -> None:
    """No lock cycle: the caller's transaction holds the write lock or the head that the
    writer would need, so the entry is appended right there (and shares its fate)."""
    c = container
    ws = create_workspace(c, "inline").workspace_id
    actor = Actor(workspace_id=ws, actor_type="user", actor_id="u1", role="owner")
    commits = c.audit.group_writer().stats.commits
    with contextlib.suppress(RuntimeError), c.db.write() as s:
        c.audit.record_read(s, workspace_id=ws, actor=actor, action="test.read")
        raise RuntimeError("roll back")
    with c.db.write() as s:
        c.audit.record_read(s, workspace_id=ws, actor=actor, action="test.read", object_id="kept")
    assert [o for _, a, o in actions(c, ws) if a == "test.read"] == ["kept"]
    assert c.audit.group_writer().stats.commits == commits
    assert_verifies(c, ws)


def test_reads_waiting_for_their_commit_hold_no_pool_thread(
    database_url: str, data_dir: Path
) -> None:
    """More call-log reads wait for their entry's commit than the server has pool threads,
    and a request that needs a thread is still answered: the wait is on the event loop
    (issue 14: 71-85 % of /calls pool time was a thread blocked on its group commit)."""
    with scratch_container(database_url, data_dir, web_threads=2) as c, live_server(c) as live:
        owner = create_workspace(c, "waiting")
        ws = owner.workspace_id
        full_call(c, ws, minute=0)
        token = f.session_token(c, ws, owner.user_id)[0]
        readers = 6  # three times the pool
        with ThreadPoolExecutor(readers) as pool:
            with head_held(c, ws):
                pending = [
                    pool.submit(lambda: live.client(token).get("/api/v1/calls"))
                    for _ in range(readers)
                ]
                time.sleep(1.0)
                assert not any(p.done() for p in pending)  # no page before its entry
                me = live.client(token).get("/api/v1/me")  # authenticates in the pool
                assert me.status_code == 200
                assert not any(p.done() for p in pending)
            answers = [p.result(timeout=60) for p in pending]
        assert [r.status_code for r in answers] == [200] * readers
        assert all(len(r.json()["calls"]) == 1 for r in answers)
        assert [a for _, a, _ in actions(c, ws)].count("call.list") == readers
        assert_verifies(c, ws)


def test_an_abandoned_wait_neither_cancels_nor_loses_the_entry(container: Container) -> None:
    c = container
    ws = create_workspace(c, "impatient").workspace_id
    with head_held(c, ws):
        done = c.audit.submit_read_outside(workspace_id=ws, action="test.read", object_id="x")
        with pytest.raises(AuditUnavailable):
            asyncio.run(committed_async(done, wait=0.2))
    done.result(timeout=30)  # still committed once the head is free
    assert [o for _, a, o in actions(c, ws) if a == "test.read"] == ["x"]
    assert_verifies(c, ws)


def test_an_awaited_entry_refused_by_its_workspace_carries_the_refusal(
    container: Container,
) -> None:
    c = container
    ws = create_workspace(c, "shredded").workspace_id
    refusal = AuditUnavailable("a domain answer")
    done: Future[None] = Future()
    done.set_exception(refusal)
    with pytest.raises(AuditUnavailable) as got:
        asyncio.run(committed_async(done))
    assert got.value is refusal
    broken: Future[None] = Future()
    broken.set_exception(OSError("disk"))
    with pytest.raises(AuditUnavailable, match="could not be written"):
        asyncio.run(committed_async(broken))
    assert c.audit.group_writer().stats.failures == 0 and ws
