"""Who sees which calls: a member their own, a supervisor also their team's, an admin all,
an auditor none; another workspace's calls are never found."""

from __future__ import annotations

import pytest

from tests.integration.comms.calls.helpers import full_call, office
from tests.support import factories as f
from tests.support.live import LiveServer, create_workspace

pytestmark = pytest.mark.slow


def test_visibility_per_role(live: LiveServer) -> None:
    o = office(live)
    c, ws = live.container, o.owner.workspace_id
    alice, bob = {"user_id": o.alice.user_id}, {"user_id": o.bob.user_id}
    outside = {"number": "+14155550100"}
    alice_call = full_call(c, ws, minute=0, caller=alice, callee=outside, direction="outbound")
    bob_call = full_call(c, ws, minute=10, caller=outside, callee=bob)
    both = full_call(c, ws, minute=20, caller=alice, callee=bob, direction="internal")
    nobody = full_call(c, ws, minute=30)  # external to external (a queue nobody answered)
    everything = {alice_call, bob_call, both, nobody}
    expected = [
        (o.owner, everything),
        (o.admin, everything),
        (o.alice, {alice_call, both}),
        (o.bob, {bob_call, both}),
        (o.sup, {alice_call, both}),  # supervises alice's team
        (o.lonely_sup, set()),
    ]
    for member, visible in expected:
        api = live.client(member.token)
        listed = {x["id"] for x in api.get("/api/v1/calls").json()["calls"]}
        assert listed == visible, member.role
        for call_id in everything:
            r = api.get(f"/api/v1/calls/{call_id}")
            assert r.status_code == (200 if call_id in visible else 404), (member.role, r.text)
            r = api.patch(f"/api/v1/calls/{call_id}", json={"notes": "seen"})
            assert r.status_code == (200 if call_id in visible else 404)
    # A member filtering for a colleague's calls still sees only their own.
    alice_api = live.client(o.alice.token)
    r = alice_api.get("/api/v1/calls", params={"user_id": o.bob.user_id})
    assert {x["id"] for x in r.json()["calls"]} == {both}
    # Auditors read the audit log, never call content.
    auditor = live.client(o.auditor.token)
    assert auditor.get("/api/v1/calls").status_code == 403
    assert auditor.get(f"/api/v1/calls/{both}").status_code == 403
    assert auditor.get("/api/v1/calls/export").status_code == 403
    entries = auditor.get("/api/v1/audit", params={"action": "call."}).json()["entries"]
    assert {"call.read", "call.list", "call.update"} <= {e["action"] for e in entries}
    # Nobody in another workspace finds these calls, whatever their role.
    globex = create_workspace(c, "globex")
    token = f.session_token(c, globex.workspace_id, globex.user_id)[0]
    other = live.client(token)
    assert other.get("/api/v1/calls").json()["calls"] == []
    for call_id in everything:
        assert other.get(f"/api/v1/calls/{call_id}").status_code == 404
        assert other.patch(f"/api/v1/calls/{call_id}", json={"tags": ["x"]}).status_code == 404
        assert other.delete(f"/api/v1/calls/{call_id}").status_code == 404
    r = other.post("/api/v1/calls/bulk-delete", json={"filter": {}, "dry_run": True})
    assert r.json()["count"] == 0
