from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from callvault.core.errors import InvalidInput
from callvault.jobs.queue import MAX_PAYLOAD_BYTES, normalise_payload


def test_payload_comes_back_as_the_database_will_return_it() -> None:
    assert normalise_payload({"ids": ("a", "b"), "n": 1, "nested": {"ok": None}}) == {
        "ids": ["a", "b"],
        "n": 1,
        "nested": {"ok": None},
    }


def test_payload_is_a_copy() -> None:
    original = {"items": [1, 2]}
    clean = normalise_payload(original)
    clean["items"].append(3)
    assert original == {"items": [1, 2]}


@pytest.mark.parametrize(
    "payload",
    [
        {"when": datetime(2025, 1, 1, tzinfo=UTC)},
        {"blob": b"bytes"},
        {"x": {1, 2}},
        {"nan": math.nan},
        {"inf": math.inf},
    ],
)
def test_values_json_cannot_hold_are_refused(payload: dict[str, object]) -> None:
    with pytest.raises(InvalidInput, match="JSON-serialisable"):
        normalise_payload(payload)


@pytest.mark.parametrize("payload", [[1, 2], "text", 3, None])
def test_payload_must_be_a_json_object(payload: object) -> None:
    with pytest.raises(InvalidInput, match="JSON object"):
        normalise_payload(payload)


def test_oversized_payload_is_refused() -> None:
    with pytest.raises(InvalidInput, match="exceeds"):
        normalise_payload({"text": "x" * MAX_PAYLOAD_BYTES})


def test_refusal_does_not_echo_payload_values() -> None:
    with pytest.raises(InvalidInput) as caught:
        normalise_payload({"secret": "hunter2", "bad": object()})
    assert "hunter2" not in str(caught.value)
