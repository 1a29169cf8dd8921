"""HTTP byte ranges as an audio element sends them."""

from __future__ import annotations

import pytest

from callvault.comms.audio.ranges import RangeNotSatisfiable, byte_range


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("", None),
        ("bytes=0-", (0, 1000)),
        ("bytes=0-0", (0, 1)),
        ("bytes=10-19", (10, 20)),
        ("bytes=990-5000", (990, 1000)),
        ("bytes=-1", (999, 1000)),
        ("bytes=-5000", (0, 1000)),
        ("bytes=999-", (999, 1000)),
        ("bytes=5-2", None),  # invalid: ignored
        ("bytes=0-1,5-6", None),  # several ranges: the whole body
        ("items=0-1", None),
        ("bytes=-", None),
        ("bytes=" + "9" * 300, None),
    ],
)
def test_ranges(header: str | None, expected: tuple[int, int] | None) -> None:
    assert byte_range(header, 1000) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=2000-3000", "bytes=-0"])
def test_unsatisfiable(header: str) -> None:
    with pytest.raises(RangeNotSatisfiable) as info:
        byte_range(header, 1000)
    assert info.value.status == 416 and info.value.fields["size"] == 1000


def test_empty_body_has_no_satisfiable_range() -> None:
    with pytest.raises(RangeNotSatisfiable):
        byte_range("bytes=0-", 0)
    assert byte_range(None, 0) is None
