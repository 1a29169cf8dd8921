from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from callvault.core.errors import InvalidInput
from callvault.jobs.scheduler import Schedule, slot_key, slot_start


def test_slots_align_on_the_epoch_grid() -> None:
    now = datetime(2025, 3, 4, 10, 37, 12, 345, tzinfo=UTC)
    assert slot_start(now, timedelta(hours=1)) == datetime(2025, 3, 4, 10, tzinfo=UTC)
    assert slot_start(now, timedelta(minutes=15)) == datetime(2025, 3, 4, 10, 30, tzinfo=UTC)
    assert slot_start(now, timedelta(days=1)) == datetime(2025, 3, 4, tzinfo=UTC)


def test_a_slot_boundary_starts_its_own_slot() -> None:
    boundary = datetime(2025, 3, 4, 11, tzinfo=UTC)
    assert slot_start(boundary, timedelta(hours=1)) == boundary


def test_ninety_day_slots_are_stable_within_the_period() -> None:
    every = timedelta(days=90)
    first = slot_start(datetime(2025, 1, 10, tzinfo=UTC), every)
    assert first <= datetime(2025, 1, 10, tzinfo=UTC) < first + every
    assert slot_start(first + every - timedelta(microseconds=1), every) == first


def test_slot_key_names_schedule_and_slot() -> None:
    slot = datetime(2025, 3, 4, 10, tzinfo=UTC)
    assert slot_key("key-rotation", slot) == "schedule:key-rotation:2025-03-04T10:00:00+00:00"


def test_schedule_payload_defaults_to_empty() -> None:
    assert dict(Schedule("a", "k", timedelta(minutes=1)).payload) == {}


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"name": ""}, ValueError),
        ({"name": "x" * 201}, ValueError),
        ({"every": timedelta(0)}, ValueError),
        ({"every": timedelta(milliseconds=500)}, ValueError),
        ({"max_attempts": 0}, ValueError),
        ({"kind": ""}, InvalidInput),
        ({"payload": {"bad": object()}}, InvalidInput),
    ],
)
def test_invalid_schedules_are_refused(kwargs: dict[str, object], error: type[Exception]) -> None:
    args: dict[str, object] = {"name": "n", "kind": "k", "every": timedelta(hours=1)}
    args.update(kwargs)
    with pytest.raises(error):
        Schedule(**args)  # type: ignore[arg-type]
