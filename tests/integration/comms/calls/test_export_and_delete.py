"""CSV export for admins; deleting one call (with a receipt) and bulk deletion by filter after
a dry-run count. Rows go; the audit log keeps the deletion, not the content."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import func, select

from callvault.comms.calls.models import Call, CallEvent, CallParticipant, CallTag
from tests.integration.comms.calls.helpers import full_call, office, started
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def test_export_csv(live: LiveServer) -> None:
    o = office(live)
    c, ws = live.container, o.owner.workspace_id
    first = full_call(c, ws, minute=0, caller={"user_id": o.alice.user_id}, tags=["vip"])
    second = full_call(c, ws, minute=5, callee={"number": "+442079460958"})
    admin = live.client(o.admin.token)
    admin.patch(f"/api/v1/calls/{first}", json={"notes": '=HYPERLINK("http://evil")'})
    r = admin.get("/api/v1/calls/export")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["id"] for row in rows] == [second, first]
    assert rows[1]["notes"] == '\'=HYPERLINK("http://evil")'  # defused
    assert rows[0]["callee_number"] == "'+442079460958"
    assert rows[1]["caller_user_id"] == o.alice.user_id and rows[1]["tags"] == "vip"
    assert rows[1]["duration_seconds"] == "150" and rows[1]["recorded"] == "false"
    filtered = admin.get("/api/v1/calls/export", params={"tag": "vip"}).text
    assert [row["id"] for row in csv.DictReader(io.StringIO(filtered))] == [first]
    assert admin.get("/api/v1/calls/export", params={"number": "nope"}).status_code == 422
    for m in (o.alice, o.sup, o.auditor):
        assert live.client(m.token).get("/api/v1/calls/export").status_code == 403
    actions = [e["action"] for e in admin.get("/api/v1/audit").json()["entries"]]
    assert actions.count("call.export") == 2


def table_counts(live: LiveServer) -> dict[str, int]:
    with live.container.db.read() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Call, CallEvent, CallTag, CallParticipant)
        }


def test_delete_one_call_with_receipt(live: LiveServer) -> None:
    o = office(live)
    c, ws = live.container, o.owner.workspace_id
    keep = full_call(c, ws, minute=0)
    gone = full_call(c, ws, minute=5, caller={"user_id": o.alice.user_id}, tags=["a", "b"])
    admin = live.client(o.admin.token)
    admin.patch(f"/api/v1/calls/{gone}", json={"notes": "secret content"})
    assert live.client(o.alice.token).delete(f"/api/v1/calls/{gone}").status_code == 403
    r = admin.delete(f"/api/v1/calls/{gone}")
    assert r.status_code == 200, r.text
    receipt = r.json()
    assert receipt["object_id"] == gone and receipt["object_type"] == "call"
    assert receipt["removed"] == {
        "recordings": 0,  # derived data (the call had none)
        "calls": 1,
        "events": 3,
        "tags": 2,
        "participants": 1,
    }
    assert admin.get(f"/api/v1/calls/{gone}").status_code == 404
    assert admin.delete(f"/api/v1/calls/{gone}").status_code == 404
    assert table_counts(live) == {
        "calls": 1,
        "call_events": 3,
        "call_tags": 0,
        "call_participants": 0,
    }
    assert admin.get(f"/api/v1/calls/{keep}").status_code == 200
    entry = admin.get("/api/v1/audit", params={"object_id": gone, "action": "call.delete"}).json()
    [deletion] = entry["entries"]
    assert deletion["id"] == receipt["receipt_id"]
    assert "secret content" not in str(deletion)


def test_deleted_call_events_are_refused(live: LiveServer) -> None:
    o = office(live)
    admin = live.client(o.admin.token)
    r = admin.post("/api/v1/calls/events", json=started("doomed-1"))
    call_id = r.json()["call_id"]
    assert admin.delete(f"/api/v1/calls/{call_id}").status_code == 200
    r = admin.post("/api/v1/calls/events", json=started("doomed-1"))
    assert r.status_code == 410 and r.json()["error"]["code"] == "call_deleted"
    assert table_counts(live)["calls"] == 0


def test_bulk_delete_with_dry_run(live: LiveServer) -> None:
    o = office(live)
    c, ws = live.container, o.owner.workspace_id
    spam = [full_call(c, ws, minute=n, caller={"number": "+14155550199"}) for n in range(5)]
    keep = full_call(c, ws, minute=10, caller={"number": "+14155550100"})
    admin = live.client(o.admin.token)
    url = "/api/v1/calls/bulk-delete"
    body = {"filter": {"number": "+1 415 555 0199"}, "dry_run": True}
    assert admin.post(url, json=body).json() == {
        "dry_run": True,
        "count": 5,
        "receipt_id": None,
        "deleted_at": None,
        "removed": None,
    }
    assert table_counts(live)["calls"] == 6  # a dry run deletes nothing
    # Another matching call arrives between the dry run and the deletion: refused.
    full_call(c, ws, minute=20, callee={"number": "+14155550199"})
    r = admin.post(url, json={**body, "dry_run": False, "expected_count": 5})
    assert r.status_code == 409
    assert r.json()["error"] | {"count": 6} == r.json()["error"]
    assert table_counts(live)["calls"] == 7
    assert admin.post(url, json={**body, "dry_run": False}).status_code == 422  # no count
    count = admin.post(url, json=body).json()["count"]
    r = admin.post(url, json={**body, "dry_run": False, "expected_count": count})
    assert r.status_code == 200 and r.json()["count"] == 6 and r.json()["receipt_id"]
    assert r.json()["removed"]["calls"] == 6  # the receipt carries the counts
    assert {x["id"] for x in admin.get("/api/v1/calls").json()["calls"]} == {keep}
    assert all(admin.get(f"/api/v1/calls/{s}").status_code == 404 for s in spam)
    [entry] = admin.get("/api/v1/audit", params={"action": "call.bulk_delete"}).json()["entries"]
    assert entry["details"]["filter"] == {"number": "given"}  # not the number itself
    assert entry["details"]["removed"]["calls"] == 6
    for m in (o.alice, o.sup, o.auditor):
        assert live.client(m.token).post(url, json=body).status_code == 403
    bad = admin.post(url, json={"filter": {"number": "12"}, "dry_run": True})
    assert bad.status_code == 422
