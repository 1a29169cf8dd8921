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
