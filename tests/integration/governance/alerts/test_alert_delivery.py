"""Security alerts reach the workspace's owners, admins and auditors in real time over the
WebSocket (never its members, never another workspace); a tampered audit chain raises the
critical alert, from the API's verification and from the daily job; the jobs are scheduled
and run by a worker."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from callvault.audit.models import AuditEvent
from callvault.core.permissions import Role
from callvault.governance.alerts.evaluation import EVALUATE_JOB, VERIFY_JOB
from callvault.jobs.scheduler import Scheduler
from callvault.jobs.worker import Worker
from tests.integration.comms.chat.helpers import events, socket
from tests.support.alerts import evaluate
from tests.support.live import LiveServer, add_user, create_workspace, sign_in

pytestmark = pytest.mark.slow


def test_alerts_are_pushed_to_the_audit_readers_only(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "pushed")
    auditor = add_user(c, owner, Role.AUDITOR)
    member = add_user(c, owner, Role.MEMBER)
    other = create_workspace(c, "elsewhere")
    for m in (owner, auditor, member, other):
        sign_in(live, m)
    as_member = live.client(member.token)
    with (
        socket(live, owner) as owner_ws,
        socket(live, auditor) as auditor_ws,  # auditors hold no chat, but do get alerts
        socket(live, member) as member_ws,
        socket(live, other) as other_ws,
    ):
        for _ in range(10):
            assert as_member.get("/api/v1/audit").status_code == 403
        evaluate(c)
        for ws in (owner_ws, auditor_ws):
            [event] = [e for e in events(ws, within=1.0) if e["type"].startswith("alert.")]
            assert event["type"] == "alert.raised" and event["open_count"] == 1
            assert event["alert"]["rule"] == "repeated_denials"
            assert event["alert"]["subject"] == member.user_id
        assert events(member_ws, within=0.3) == []
        assert events(other_ws, within=0.3) == []

        alert_id = event["alert"]["id"]
        r = live.client(owner.token).post(f"/api/v1/audit/alerts/{alert_id}/acknowledge")
        assert r.status_code == 200
        [acked] = events(auditor_ws, within=1.0)
        assert acked["type"] == "alert.acknowledged" and acked["open_count"] == 0
        assert acked["alert"]["acknowledged_by"] == owner.user_id


def test_a_tampered_chain_raises_the_critical_alert(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "tampered")
    other = create_workspace(c, "intact")
    as_owner = live.client(sign_in(live, owner))
    as_other = live.client(sign_in(live, other))
    assert as_owner.post("/api/v1/audit/verify").json()["ok"] is True
    assert c.alerts.verify_all() == 0
    assert as_owner.get("/api/v1/audit/alerts").json()["alerts"] == []

    with c.db.write() as s:  # someone edits an entry behind the application's back
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.workspace_id == owner.workspace_id, AuditEvent.seq == 2)
            .values(actor_id="someone-else")
        )
    assert c.alerts.verify_all() == 1  # the daily job
    [alert] = as_owner.get("/api/v1/audit/alerts").json()["alerts"]
    assert (alert["rule"], alert["severity"]) == ("audit_chain_tampered", "critical")
    assert alert["evidence"][0]["seq"] == 2 and "modified" in alert["summary"]

    verified = as_owner.post("/api/v1/audit/verify").json()  # a verification by hand
    assert verified["ok"] is False
    [alert] = as_owner.get("/api/v1/audit/alerts").json()["alerts"]
    assert alert["count"] == 2  # the same open alert, found again
    assert as_other.get("/api/v1/audit/alerts").json()["alerts"] == []


def test_the_scheduled_job_raises_through_a_worker(live: LiveServer) -> None:
    c = live.container
    every = {s.kind: s.every.total_seconds() for s in c.schedules}
    assert every[EVALUATE_JOB] == 60 and every[VERIFY_JOB] == 86400
    owner = create_workspace(c, "scheduled")
    member = add_user(c, owner, Role.MEMBER)
    as_member = live.client(sign_in(live, member))
    for _ in range(10):
        assert as_member.get("/api/v1/audit").status_code == 403
    due = tuple(s for s in c.schedules if s.kind in (EVALUATE_JOB, VERIFY_JOB))
    assert len(Scheduler(c.db, due).tick()) == 2
    worker = Worker(c.db, c.jobs, lease_seconds=30)
    assert worker.run_once() and worker.run_once()
    page = live.client(sign_in(live, owner)).get("/api/v1/audit/alerts").json()
    assert page["open_count"] == 1
    assert [a["rule"] for a in page["alerts"]] == ["repeated_denials"]
