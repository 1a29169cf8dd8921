"""Integers in query strings and filters are bounded where the database compares them: a
number past a 64-bit column is a 422, not a driver overflow answered as 500 (found by the
schema conformance run)."""

from __future__ import annotations

import pytest

from tests.support.live import LiveServer, create_workspace, sign_in

pytestmark = pytest.mark.slow

HUGE = "99999999999999999999999"
PAST_INTEGER = str(2**31)  # fits SQLite's and Python's integers, not a PostgreSQL INTEGER


def test_integers_past_a_database_column_are_refused(live: LiveServer) -> None:
    owner = create_workspace(live.container, "bounds")
    client = live.client(sign_in(live, owner))
    requests = [
        ("GET", f"/api/v1/audit?before_seq={HUGE}", None),
        ("GET", f"/api/v1/audit?before_seq={PAST_INTEGER}", None),
        ("GET", f"/api/v1/consent/history?before={HUGE}", None),
        ("GET", f"/api/v1/consent/history?before={PAST_INTEGER}", None),
        ("GET", f"/api/v1/calls?max_duration={HUGE}", None),
        ("GET", f"/api/v1/calls/export?min_duration={HUGE}", None),
        (
            "POST",
            "/api/v1/calls/bulk-delete",
            {"filter": {"max_duration": int(HUGE)}, "dry_run": True},
        ),
    ]
    for method, url, body in requests:
        r = client.request(method, url, json=body)
        assert r.status_code == 422, f"{method} {url}: {r.status_code} {r.text}"
        assert r.json()["error"]["code"] == "validation_error"
    ok = client.get("/api/v1/calls", params={"max_duration": 60, "min_duration": 1})
    assert ok.status_code == 200
    assert client.get("/api/v1/audit", params={"before_seq": 2**31 - 1}).status_code == 200


# Valid ISO 8601 in their own offset, yet outside years 1 to 9999 once in UTC.
BEFORE_YEAR_ONE = "0001-01-01T00:00:00+14:00"
AFTER_9999 = "9999-12-31T23:59:59-14:00"


def test_times_without_a_utc_value_are_refused(live: LiveServer) -> None:
    """Found by an outside probe: each of these was an OverflowError answered as 500 (the
    exports cut their connection mid-answer) and a traceback in the log."""
    owner = create_workspace(live.container, "instants")
    client = live.client(sign_in(live, owner))
    requests: list[tuple[str, str, dict[str, object] | None]] = [
        ("GET", f"/api/v1/calls?since={BEFORE_YEAR_ONE}", None),
        ("GET", f"/api/v1/calls?until={AFTER_9999}", None),
        ("GET", f"/api/v1/calls/export?since={BEFORE_YEAR_ONE}", None),
        ("GET", f"/api/v1/voicemail/messages?since={BEFORE_YEAR_ONE}", None),
        ("GET", f"/api/v1/voicemail/messages?until={AFTER_9999}", None),
        ("GET", f"/api/v1/audit?since={BEFORE_YEAR_ONE}", None),
        ("GET", f"/api/v1/audit/export?until={AFTER_9999}", None),
        ("POST", "/api/v1/calls/bulk-delete", {"filter": {"since": BEFORE_YEAR_ONE}}),
        ("POST", "/api/v1/voicemail/messages/bulk-delete", {"filter": {"until": AFTER_9999}}),
        (
            "POST",
            "/api/v1/calls/events",
            {
                "type": "call.started",
                "external_call_id": "ext-instants",
                "occurred_at": BEFORE_YEAR_ONE,
                "direction": "inbound",
                "caller": {"number": "+14155550100"},
                "callee": {"number": "+14155550101"},
            },
        ),
    ]
    for method, url, body in requests:
        r = client.request(method, url.replace("+", "%2B"), json=body)
        assert r.status_code == 422, f"{method} {url}: {r.status_code} {r.text}"
        assert r.json()["error"]["code"] == "validation_error"
        assert r.headers["x-content-type-options"] == "nosniff"
    ok = client.get("/api/v1/calls", params={"since": "2026-01-01T00:00:00+14:00"})
    assert ok.status_code == 200
