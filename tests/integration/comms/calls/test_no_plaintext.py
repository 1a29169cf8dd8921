"""Call notes, numbers and the PBX's call id sent through the API are readable through it and
never stored in plaintext (database file, WAL, or PostgreSQL rows)."""

from __future__ import annotations

import pytest

from tests.integration.api.test_no_plaintext_at_rest import MARKER, database_contains
from tests.integration.comms.calls.helpers import office, started
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow

NUMBER = "+442079460958"


def test_call_content_never_stored_in_plaintext(live: LiveServer) -> None:
    o = office(live)
    api = live.client(o.admin.token)
    event = started(f"{MARKER}-pbx", caller={"number": "+44 20 7946 0958"})
    call_id = api.post("/api/v1/calls/events", json=event).json()["call_id"]
    r = api.patch(f"/api/v1/calls/{call_id}", json={"notes": f"customer said {MARKER}"})
    assert r.status_code == 200
    call = api.get(f"/api/v1/calls/{call_id}").json()
    assert MARKER in call["notes"] and call["external_call_id"] == f"{MARKER}-pbx"
    assert call["caller"]["number"] == NUMBER
    assert [
        x["id"] for x in api.get("/api/v1/calls", params={"number": NUMBER}).json()["calls"]
    ] == [call_id]
    assert database_contains(live, MARKER) == []
    assert database_contains(live, NUMBER.removeprefix("+")) == []
    assert database_contains(live, "7946 0958") == []
