"""Preview shows exactly what the sweep then deletes (same counts, same ids); sweep health
shows 0 past retention after a sweep, and reports failed and missed runs."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from callvault.core.clock import utcnow
from callvault.governance.retention import health, service
from callvault.governance.retention.sweep import SWEEP_JOB, run_sweep
from callvault.jobs.queue import enqueue
from callvault.jobs.worker import Worker
from callvault.retention_clock.cutoff import current_policy
from callvault.retention_clock.data_types import DataType as T
from callvault.wiring import Container
from tests.integration.governance.retention import helpers as h

POLICY = {
    "calls": 30,
    "recordings": 20,
    "transcripts": 20,
    "voicemail": 30,
    "chat_messages": 30,
    "chat_attachments": 10,
}


def _mixed(c: Container, s: h.Shop) -> None:
    """Some items of every type past the policy above, some inside it."""
    old_call, new_call = h.call(c, s), h.call(c, s)
    h.recording(c, s, old_call)
    old_rec = h.recording(c, s, new_call)
    h.recording(c, s, new_call)
    h.transcript(c, s, "call", old_call)
    old_tr = h.transcript(c, s, "call", new_call)
    old_vm, new_vm = h.voicemail(c, s), h.voicemail(c, s)
    h.transcript(c, s, "voicemail", old_vm)
    h.transcript(c, s, "voicemail", new_vm)
    old_msg = h.message(c, s)
    h.message(c, s)
    old_file, _ = h.attachment(c, s)
    h.attachment(c, s)
    h.age(c, T.CALLS, old_call)
    h.age(c, T.RECORDINGS, old_rec, timedelta(days=25))
    h.age(c, T.TRANSCRIPTS, old_tr, timedelta(days=25))
    h.age(c, T.VOICEMAIL, old_vm)
    h.age(c, T.CHAT_MESSAGES, old_msg)
    h.age(c, T.CHAT_ATTACHMENTS, old_file, timedelta(days=15))


def test_preview_equals_what_the_sweep_deletes(container: Container) -> None:
    c = container
    s, other = h.shop(c), h.shop(c, "bystander")
    _mixed(c, s)
    _mixed(c, other)  # no policy there: nothing of it may go
    before, other_before = h.all_ids(c, s.workspace_id), h.all_ids(c, other.workspace_id)

    with c.db.read() as r:
        shown = service.preview(r, actor=s.admin, targets=c.retention_targets, changes=POLICY)
    assert shown.would_delete == {
        "chat_attachments": 1,
        "transcripts": 3,  # aged on a kept call, of the old call, of the old voicemail
        "recordings": 2,  # aged on a kept call, of the old call
        "chat_messages": 1,
        "voicemail": 1,
        "calls": 1,
        "audit_log": 0,  # no audit-log policy: the log is kept
    }
    assert h.all_ids(c, s.workspace_id) == before  # a preview deletes nothing
    h.set_policy(c, s, **POLICY)
    with c.db.read() as r:
        ids = service.preview_ids(
            r,
            workspace_id=s.workspace_id,
            targets=c.retention_targets,
            policy=current_policy(r, s.workspace_id),
        )
    blobs_before = h.blob_names(c)

    purged = run_sweep(c.db, c.blobs, c.audit, targets=c.retention_targets)
    assert purged == {s.workspace_id: {k: v for k, v in shown.would_delete.items() if v}}
    after = h.all_ids(c, s.workspace_id)
    assert ids[T.AUDIT_LOG] == []
    for data_type in h.TABLES:
        assert before[data_type] - after[data_type] == set(ids[data_type]), data_type
    assert h.all_ids(c, other.workspace_id) == other_before
    gone = blobs_before - h.blob_names(c)
    with_blobs = set(ids[T.RECORDINGS]) | set(ids[T.VOICEMAIL]) | set(ids[T.CHAT_ATTACHMENTS])
    assert gone == with_blobs

    with c.db.read() as r:
        status = health.sweep_status(r, actor=s.admin, targets=c.retention_targets)
    assert status.total_past_retention == 0 and status.healthy, status
    assert status.last_run is not None and status.last_run.purged == purged[s.workspace_id]
    with c.db.read() as r:  # another workspace never sees this one's counts
        assert (
            health.sweep_status(r, actor=other.admin, targets=c.retention_targets).last_run.purged
            == {}
        )  # type: ignore[union-attr]


def test_status_counts_items_past_retention_until_the_sweep_runs(container: Container) -> None:
    c = container
    s = h.shop(c)
    old = h.message(c, s)
    h.age(c, T.CHAT_MESSAGES, old)
    h.set_policy(c, s, chat_messages=30, chat_attachments=30)
    with c.db.read() as r:
        status = health.sweep_status(r, actor=s.admin, targets=c.retention_targets)
    assert status.items_past_retention["chat_messages"] == 1
    assert status.problems == ["never_run"] and not status.healthy
    # Through the worker, as the schedule would run it (the handler is wired).
    with c.db.write() as w:
        enqueue(w, kind=SWEEP_JOB, payload={})
    worker = Worker(c.db, c.jobs)
    while worker.run_once():
        pass
    with c.db.read() as r:
        status = health.sweep_status(r, actor=s.admin, targets=c.retention_targets)
    assert status.total_past_retention == 0 and status.healthy
    with c.db.read() as r:  # two schedule periods later without a run: missed
        late = health.sweep_status(
            r,
            actor=s.admin,
            targets=c.retention_targets,
            now=utcnow() + timedelta(hours=2, minutes=1),
        )
    assert "missed" in late.problems and not late.healthy


def test_a_failed_sweep_is_reported(container: Container) -> None:
    c = container
    s = h.shop(c)
    old = h.message(c, s)
    h.age(c, T.CHAT_MESSAGES, old)
    h.set_policy(c, s, chat_messages=30, chat_attachments=30)

    def broken(*_: object) -> int:
        raise OSError("disk on fire")

    target = c.retention_targets[T.CHAT_MESSAGES]
    failing = c.retention_targets.replaced(dataclasses.replace(target, purge=broken))
    with pytest.raises(OSError, match="disk on fire"):
        run_sweep(c.db, c.blobs, c.audit, targets=failing)
    with c.db.read() as r:
        status = health.sweep_status(r, actor=s.admin, targets=c.retention_targets)
    assert (
        not status.healthy and "failed" in status.problems and "past_retention" in status.problems
    )
    assert status.last_run is not None and status.last_run.error == "OSError"
    assert status.items_past_retention["chat_messages"] == 1
    assert h.present(c, T.CHAT_MESSAGES, [old]) == {old}  # the failed batch rolled back

    # fixed: the next run resumes and finishes
    run_sweep(c.db, c.blobs, c.audit, targets=c.retention_targets)
    with c.db.read() as r:
        status = health.sweep_status(r, actor=s.admin, targets=c.retention_targets)
    assert status.healthy and status.total_past_retention == 0
    assert status.last_success_at is not None and status.last_success_at <= utcnow()
