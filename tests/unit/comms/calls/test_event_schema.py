"""Which fields each call event type carries."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from callvault.comms.calls.schemas import CallBulkDeleteIn, CallEventIn, PartyIn

BASE = {"external_call_id": "abc-1", "occurred_at": "2026-03-02T09:00:00+01:00"}
PARTIES = {"caller": {"number": "+14155550100"}, "callee": {"number": "+14155550101"}}


@pytest.mark.parametrize(
    "body",
    [
        {"type": "call.started", "direction": "inbound", **PARTIES},
        {"type": "call.started", "direction": "internal", **PARTIES, "tags": ["x"]},
        {"type": "call.answered"},
        {"type": "call.ended", "disposition": "missed"},
        {"type": "call.ended", "disposition": "answered", "duration_seconds": 3, "recorded": True},
    ],
)
def test_valid_events(body: dict[str, Any]) -> None:
    CallEventIn.model_validate({**BASE, **body})


@pytest.mark.parametrize(
    "body",
    [
        {"type": "call.started", **PARTIES},
        {"type": "call.started", "direction": "inbound", "caller": PARTIES["caller"]},
        {"type": "call.started", "direction": "inbound", **PARTIES, "disposition": "missed"},
        {"type": "call.answered", "disposition": "answered"},
        {"type": "call.answered", **PARTIES},
        {"type": "call.ended"},
        {"type": "call.ended", "disposition": "answered", "direction": "inbound"},
        {"type": "call.ended", "disposition": "answered", "duration_seconds": -1},
        {"type": "call.ended", "disposition": "hung-up"},
        {"type": "call.answered", "occurred_at": "2026-03-02T09:00:00"},
        {"type": "call.answered", "external_call_id": "a b"},
        {"type": "call.answered", "external_call_id": "x" * 129},
        {"type": "call.answered", "extra": True},
    ],
)
def test_invalid_events(body: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        CallEventIn.model_validate({**BASE, **body})


def test_a_party_is_exactly_one_thing() -> None:
    with pytest.raises(ValidationError):
        PartyIn()
    with pytest.raises(ValidationError):
        PartyIn(number="+14155550100", contact_id="00000000-0000-7000-8000-000000000000")


def test_a_real_bulk_deletion_names_its_dry_run_count() -> None:
    with pytest.raises(ValidationError):
        CallBulkDeleteIn.model_validate({"filter": {}, "dry_run": False})
    assert CallBulkDeleteIn.model_validate({"filter": {}}).dry_run is True
