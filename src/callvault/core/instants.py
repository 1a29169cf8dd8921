"""A point in time as the API accepts it. Python's datetime spans years 1 to 9999 in its own
offset, so "0001-01-01T00:00:00+14:00" parses yet has no UTC value: every comparison or
conversion of it raised OverflowError, a 500 for a member's filter (an outside probe). Such a
time is refused where it is read, as any other invalid value is (422)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime


def in_utc_range(value: datetime) -> datetime:
    """value, if it has a UTC value (naive values are read as UTC); else ValueError."""
    try:
        (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(UTC)
    except OverflowError:
        raise ValueError("the time is outside the years 1 to 9999 in UTC") from None
    return value


# An ISO 8601 time with its UTC offset, within the range every part of the system can hold.
Instant = Annotated[AwareDatetime, AfterValidator(in_utc_range)]
# The same, where a time without an offset is accepted (and read as UTC).
AnyInstant = Annotated[datetime, AfterValidator(in_utc_range)]
