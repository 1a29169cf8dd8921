"""Number, tag and cursor normal forms."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest

from callvault.comms.calls.errors import InvalidPhoneNumber
from callvault.comms.calls.values import normalise_number, normalise_tags
from callvault.comms.cursors import InvalidCursor, decode_cursor, encode_cursor
from callvault.core.errors import InvalidInput
from callvault.core.ids import new_id


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("+14155550100", "+14155550100"),
        ("+1 (415) 555-0100", "+14155550100"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+49 30 901820", "+4930901820"),
    ],
)
def test_numbers_normalise_to_e164(raw: str, e164: str) -> None:
    assert normalise_number(raw) == e164


@pytest.mark.parametrize(
    "raw", ["4155550100", "+1", "+1 415 555 01", "hello", "+999 123456", "=1+1", "\x00+1415"]
)
def test_invalid_numbers_are_refused(raw: str) -> None:
    with pytest.raises(InvalidPhoneNumber):
        normalise_number(raw)


def test_tags_are_normalised() -> None:
    assert normalise_tags(["VIP", " sales  lead ", "vip", "a_b-1"]) == [
        "a_b-1",
        "sales-lead",
        "vip",
    ]
    for bad in ["", "-x", "=cmd", "a" * 41, "tag;drop", "é"]:
        with pytest.raises(InvalidInput):
            normalise_tags([bad])


def test_cursor_round_trip_and_tampering() -> None:
    at, call_id = datetime(2026, 3, 2, 9, 0, 0, 123456, tzinfo=UTC), new_id()
    assert decode_cursor(encode_cursor(at, call_id)) == (at, call_id)
    forged = [
        "",
        "!!!",
        base64.urlsafe_b64encode(b"c1|2026-03-02T09:00:00|" + call_id.encode()).decode(),
        base64.urlsafe_b64encode(b"c2|2026-03-02T09:00:00+00:00|" + call_id.encode()).decode(),
        base64.urlsafe_b64encode(b"c1|2026-03-02T09:00:00+00:00|1 OR 1=1").decode(),
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
    ]
    for cursor in forged:
        with pytest.raises(InvalidCursor):
            decode_cursor(cursor)
