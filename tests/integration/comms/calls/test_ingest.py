"""POST /api/v1/calls/events: lifecycle, idempotent replays, out-of-order events, invalid
transitions and malformed events, through the real HTTPS API."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from callvault.audit.models import AuditEvent
from callvault.comms.calls.models import Call, CallEvent
from tests.integration.comms.calls.helpers import answered, ended, office, started
from tests.support import factories as f
from tests.support.live import LiveServer, create_workspace

pytestmark = pytest.mark.slow

EVENTS = "/api/v1/calls/events"


def counts(live: LiveServer) -> tuple[int, int, int]:
    with live.container.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Call)) or 0,
            s.scalar(select(func.count()).select_from(CallEvent)) or 0,
            s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def test_lifecycle_replays_and_out_of_order(live: LiveServer) -> None:
    o = office(live)
    # An integration posts with an API token that has only the ingestion scope.
    r = live.client(o.owner.token).post(
        "/api/v1/tokens", json={"name": "pbx", "scopes": ["calls.ingest"]}
    )
    pbx = live.client(r.json()["token"])
    admin = live.client(o.admin.token)

    caller = {"user_id": o.alice.user_id}
    callee = {"number": "+44 20 7946 0958"}
    first = pbx.post(
        EVENTS,
        json=started(
            "pbx-1", caller=caller, callee=callee, direction="outbound", tags=["Sales Lead", "vip"]
        ),
    )
    assert first.status_code == 200, first.text
    call_id = first.json()["call_id"]
    assert pbx.get(f"/api/v1/calls/{call_id}").status_code == 403  # ingestion only

    before = counts(live)
    replay = pbx.post(
        EVENTS,
        json=started(
            "pbx-1",
            caller=caller,
            callee={"number": "+442079460958"},
            direction="outbound",
            tags=["vip", "sales lead"],
        ),
    )
    assert replay.status_code == 200
    assert replay.json() == first.json()  # same answer (numbers and tags compared normalised)
    assert counts(live) == before  # and nothing changed, not even the audit log

    changed = pbx.post(
        EVENTS, json=started("pbx-1", caller=caller, callee=callee, direction="inbound")
    )
    assert changed.status_code == 409
    assert changed.json()["error"]["code"] == "call_event_conflict"

    call = admin.get(f"/api/v1/calls/{call_id}").json()
    assert call["state"] == "ringing" and call["duration_seconds"] is None
    assert call["callee"] == {
        "kind": "number",
        "number": "+442079460958",
        "user_id": None,
        "contact_id": None,
        "contact_name": None,
    }
    assert call["tags"] == ["sales-lead", "vip"]
    assert call["participant_ids"] == [o.alice.user_id]

    assert pbx.post(EVENTS, json=answered("pbx-1", minute=0.25)).status_code == 200
    assert (
        pbx.post(
            EVENTS, json=ended("pbx-1", minute=3.25, duration_seconds=195, recorded=True)
        ).status_code
        == 200
    )
    call = admin.get(f"/api/v1/calls/{call_id}").json()
    assert call["state"] == "ended" and call["disposition"] == "answered"
    assert (call["duration_seconds"], call["talk_seconds"], call["recorded"]) == (195, 180, True)
    assert call["external_call_id"] == "pbx-1"

    # Out of order: ended, then answered, then started.
    late = pbx.post(EVENTS, json=ended("pbx-2", minute=10, disposition="answered"))
    assert late.status_code == 200
    partial = admin.get(f"/api/v1/calls/{late.json()['call_id']}").json()
    assert partial["state"] == "ended" and partial["caller"]["kind"] == "unknown"
    assert partial["duration_seconds"] is None  # not known before call.started
    assert pbx.post(EVENTS, json=answered("pbx-2", minute=8)).status_code == 200
    assert (
        pbx.post(
            EVENTS,
            json=started(
                "pbx-2",
                minute=7,
                caller={"number": "+14155550123"},
                callee={"user_id": o.bob.user_id},
            ),
        ).json()["call_id"]
        == late.json()["call_id"]
    )
    whole = admin.get(f"/api/v1/calls/{late.json()['call_id']}").json()
    assert (whole["duration_seconds"], whole["talk_seconds"]) == (180, 120)
    assert whole["started_at"].startswith("2026-03-02T09:07")
    assert whole["participant_ids"] == [o.bob.user_id]


def test_invalid_transitions(live: LiveServer) -> None:
    o = office(live)
    api = live.client(o.owner.token)
    assert api.post(EVENTS, json=started("t-1", minute=5)).status_code == 200
    r = api.post(EVENTS, json=answered("t-1", minute=4))  # before it started
    assert r.status_code == 409 and r.json()["error"]["reason"] == "timeline"
    assert api.post(EVENTS, json=answered("t-1", minute=6)).status_code == 200
    r = api.post(EVENTS, json=ended("t-1", minute=7, disposition="missed"))
    assert r.status_code == 409 and r.json()["error"]["reason"] == "disposition"
    r = api.post(EVENTS, json=ended("t-1", minute=7, duration_seconds=600))
    assert r.status_code == 409 and r.json()["error"]["reason"] == "duration"
    assert api.post(EVENTS, json=ended("t-1", minute=7, duration_seconds=121)).status_code == 200
    # A refused event left nothing behind: its key is still free.
    with live.container.db.read() as s:
        assert s.scalar(select(func.count()).select_from(CallEvent)) == 3


def test_bad_input(live: LiveServer) -> None:
    o = office(live)
    api = live.client(o.owner.token)
    other = create_workspace(live.container, "globex")
    stranger = f.user_without_password(live.container, other.workspace_id)
    before = counts(live)
    cases = [
        (started("b-1", callee={"number": "12345"}), 422, "invalid_phone_number"),
        (started("b-1", callee={"number": "+1 415 555 01"}), 422, "invalid_phone_number"),
        (started("b-1", callee={"number": "'; DROP TABLE calls;--"}), 422, "invalid_phone_number"),
        (started("b-1", callee={"user_id": stranger}), 422, "unknown_party"),
        (
            started("b-1", callee={"user_id": "00000000-0000-7000-8000-000000000000"}),
            422,
            "unknown_party",
        ),
        (started("b-1", callee={"user_id": "../../etc"}), 422, "validation_error"),
        (
            started("b-1", callee={"number": "+14155550100", "user_id": o.bob.user_id}),
            422,
            "validation_error",
        ),
        (started("b-1", direction="internal"), 422, "unknown_party"),
        (started("b-1", tags=["=cmd|' /C calc'!A0"]), 422, "invalid_input"),
        (started("b 1<script>"), 422, "validation_error"),
        ({**started("b-1"), "occurred_at": "2026-03-02T09:00:00"}, 422, "validation_error"),
        ({**started("b-1"), "disposition": "answered"}, 422, "validation_error"),
        ({**started("b-1"), "surprise": 1}, 422, "validation_error"),
        ({**answered("b-1", minute=1), "direction": "inbound"}, 422, "validation_error"),
        (
            {
                "type": "call.exploded",
                "external_call_id": "b-1",
                "occurred_at": "2026-03-02T09:00:00Z",
            },
            422,
            "validation_error",
        ),
        (
            {
                "type": "call.ended",
                "external_call_id": "b-1",
                "occurred_at": "2026-03-02T09:00:00Z",
            },
            422,
            "validation_error",
        ),
    ]
    for body, status, code in cases:
        r = api.post(EVENTS, json=body)
        assert (r.status_code, r.json()["error"]["code"]) == (status, code), (body, r.text)
    r = api.post(
        EVENTS, content=b'{"type": "call.started",', headers={"content-type": "application/json"}
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "malformed_json"
    assert counts(live) == before  # nothing partial left behind
    # Members and auditors cannot post events.
    for m in (o.alice, o.auditor, o.sup):
        assert live.client(m.token).post(EVENTS, json=started("b-2")).status_code == 403
