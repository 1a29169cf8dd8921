"""Previewing moments on past calls (a dry run): the run reports the diff applying would
make and changes no tag; applying afterwards reports the same diff and makes it. Both go
through the HTTP API as an admin, and each is audited under its own action."""

from __future__ import annotations

from sqlalchemy import func, select

from callvault.audit.models import AuditEvent
from callvault.intelligence.models import MomentHit
from callvault.jobs.worker import Worker
from callvault.wiring import Container
from tests.integration.intelligence.helpers import call_to, drain, office
from tests.support.live import live_server, sign_in
from tests.support.vi_factories import seed_transcript


def _hits(c: Container) -> int:
    with c.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(MomentHit)) or 0)


def test_a_preview_reports_the_diff_and_changes_nothing(vi_container: Container) -> None:
    c = vi_container
    o = office(c, "vi-preview")
    ws = o.owner.workspace_id
    calls = [call_to(c, ws, o.member.user_id) for _ in range(2)]
    seed_transcript(c, ws, "call", calls[0], [("caller", "I want to cancel my account.")])
    seed_transcript(c, ws, "call", calls[1], [("caller", "Thanks, that is all.")])
    with live_server(c) as live:
        http = live.client(sign_in(live, o.owner))
        moment = http.post(
            "/api/v1/intelligence/moments",
            json={"name": "Churn risk", "phrases": ["cancel my account"]},
        ).json()
        assert _hits(c) == 0

        r = http.post("/api/v1/intelligence/moments/apply", json={"dry_run": True})
        assert r.status_code == 202 and r.json()["dry_run"] is True
        preview_id = r.json()["id"]
        drain(c)
        preview = http.get(f"/api/v1/intelligence/moment-runs/{preview_id}").json()
        assert preview["state"] == "done" and preview["dry_run"] is True
        assert preview["diff"]["transcripts"] == 2 and preview["diff"]["changed_count"] == 1
        assert preview["diff"]["changed"] == [
            {
                "source_type": "call",
                "source_id": calls[0],
                "added": {moment["id"]: 1},
                "removed": {},
            }
        ]
        assert _hits(c) == 0  # a preview changes no tag

        r = http.post("/api/v1/intelligence/moments/apply", json={})
        assert r.json()["dry_run"] is False
        Worker(c.db, c.jobs).run_once()
        applied = http.get(f"/api/v1/intelligence/moment-runs/{r.json()['id']}").json()
        assert applied["diff"]["changed"] == preview["diff"]["changed"]
        assert _hits(c) == 1

        refused = http.post("/api/v1/intelligence/moments/apply", json={"dry_run": "yes"})
        assert refused.status_code == 422  # strictly a boolean
    with c.db.read() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(
                AuditEvent.workspace_id == ws, AuditEvent.action.like("intelligence.moments.%")
            )
        ).all()
    assert sorted(actions) == ["intelligence.moments.apply", "intelligence.moments.preview"]
