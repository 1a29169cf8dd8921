"""The admin pages' back end: the workspace's jobs (state, dead letters, requeue, audited),
voice-intelligence pipeline failures, and when keys were and will next be rotated. Each is
scoped to the actor's workspace: another workspace's jobs are neither counted nor listed."""

from __future__ import annotations

from datetime import datetime, timedelta

from callvault.audit.service import AuditFilter
from callvault.core.permissions import Role
from callvault.intelligence.pipeline import state
from callvault.jobs import queue
from callvault.wiring import Container
from tests.support.live import LiveServer, add_user, create_workspace, sign_in
from tests.support.matrix import plain_call
from tests.support.vi_factories import seed_transcript


def dead_job(c: Container, workspace_id: str | None, kind: str = "admin.test") -> str:
    with c.db.write() as s:
        job_id = queue.enqueue(
            s, kind=kind, workspace_id=workspace_id, payload={}, run_at=None, max_attempts=2
        )
        queue.cancel(s, job_id)
    return job_id


def test_jobs_are_counted_listed_and_requeued_within_the_workspace(live: LiveServer) -> None:
    c = live.container
    a = create_workspace(c, "jobs-a")
    b = create_workspace(c, "jobs-b")
    mine = dead_job(c, a.workspace_id)
    theirs = dead_job(c, b.workspace_id)
    dead_job(c, None)  # an installation-wide job: no workspace's business
    admin = live.client(sign_in(live, a))

    stats = admin.get("/api/v1/jobs/stats")
    assert stats.status_code == 200, stats.text
    assert stats.json()["counts"]["dead"] == 1

    dead = admin.get("/api/v1/jobs", params={"status": "dead"}).json()
    assert [j["id"] for j in dead] == [mine]
    assert dead[0]["last_error"] == "cancelled" and "payload" not in dead[0]

    r = admin.post(f"/api/v1/jobs/{mine}/requeue")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "queued" and r.json()["attempts"] == 0
    again = admin.post(f"/api/v1/jobs/{mine}/requeue")
    assert again.status_code == 409 and again.json()["error"]["code"] == "job_not_dead"

    assert admin.post(f"/api/v1/jobs/{theirs}/requeue").status_code == 404
    with c.db.read() as s:
        assert queue.get_job(s, theirs).status == "dead"  # type: ignore[union-attr]
        entries = c.audit.list(
            s, workspace_id=a.workspace_id, filters=AuditFilter(action="job.requeue")
        )
    assert [e.object_id for e in entries] == [mine]

    member = live.client(sign_in(live, add_user(c, a, Role.MEMBER)))
    assert member.get("/api/v1/jobs").status_code == 403
    bad = admin.get("/api/v1/jobs", params={"status": "lost"})
    assert bad.status_code == 422


def test_pipeline_failures_name_the_stage_reason_and_where_to_rerun(live: LiveServer) -> None:
    c = live.container
    a = create_workspace(c, "vi-fail-a")
    b = create_workspace(c, "vi-fail-b")
    call_a = plain_call(c, a.workspace_id, a.user_id)
    call_b = plain_call(c, b.workspace_id, b.user_id)
    for ws, call in ((a, call_a), (b, call_b)):
        tid = seed_transcript(c, ws.workspace_id, "call", call)
        with c.db.write() as s:
            row = state.for_source(s, ws.workspace_id, "call", call)
            assert row is not None
            state.mark(s, tid, row.generation, "verify", state.FAILED, reason="engine gone")
    admin = live.client(sign_in(live, a))
    r = admin.get("/api/v1/intelligence/failures")
    assert r.status_code == 200, r.text
    [failure] = r.json()
    assert failure["source_type"] == "call" and failure["source_id"] == call_a
    assert failure["stage"] == "verify" and failure["reason"] == "engine gone"
    assert failure["rerun_from"] == "redact"

    retry = admin.post(
        f"/api/v1/calls/{call_a}/intelligence/rerun", json={"from_stage": failure["rerun_from"]}
    )
    assert retry.status_code == 202, retry.text
    assert admin.get("/api/v1/intelligence/failures").json() == []


def test_key_status_says_when_keys_were_and_will_next_be_rotated(live: LiveServer) -> None:
    owner = create_workspace(live.container, "key-dates")
    client = live.client(sign_in(live, owner))
    before = client.get("/api/v1/keys").json()
    assert before["rotation_days"] == live.container.settings.key_rotation_days
    assert before["last_rotated_at"] is not None
    rotated = client.post("/api/v1/keys/rotate")
    assert rotated.status_code == 200, rotated.text
    after = client.get("/api/v1/keys").json()
    assert after["last_rotated_at"] > before["last_rotated_at"]
    last = datetime.fromisoformat(after["last_rotated_at"])
    due = datetime.fromisoformat(after["next_rotation_at"])
    assert due - last == timedelta(days=after["rotation_days"])
