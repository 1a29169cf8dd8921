"""Usage dashboard shapes. Days and hours are UTC: callvault keeps no workspace time zone."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

MAX_RANGE_DAYS = 92  # a quarter: one query stays a bounded index range scan
DEFAULT_RANGE_DAYS = 30
TOP_USERS = 10


class Out(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)


class DirectionCounts(Out):
    inbound: int = 0
    outbound: int = 0
    internal: int = 0
    unknown: int = 0
    """Calls whose call.started has not arrived (direction not known yet)."""


class DispositionCounts(Out):
    answered: int = 0
    missed: int = 0
    voicemail: int = 0
    rejected: int = 0
    failed: int = 0
    in_progress: int = 0
    """Calls that have not ended (no disposition yet)."""


class DayOut(Out):
    day: date
    """The UTC day."""
    since: datetime
    """Its first instant: the call log's `since` for the calls behind this day."""
    until: datetime
    """The next day's first instant: the call log's `until`."""
    calls: int
    minutes: float
    """Sum of the calls' durations, in minutes."""
    by_direction: DirectionCounts
    by_disposition: DispositionCounts


class HourOut(Out):
    hour: int
    """Hour of the day, 0-23, UTC."""
    calls: int


class UserUsageOut(Out):
    user_id: str
    name: str
    calls: int
    """Calls the user took part in."""
    talk_minutes: float
    """Their answered calls' talk time, in minutes."""


class TotalsOut(Out):
    calls: int
    ended: int
    """Calls with a disposition: the base of the rates."""
    answered: int
    missed: int
    voicemail: int
    """Calls that went to voicemail."""
    minutes: float
    """Sum of durations, in minutes."""
    answer_rate: float | None
    """answered / ended (null with no ended call)."""
    missed_rate: float | None
    """missed / ended (null with no ended call)."""
    average_handle_seconds: float | None
    """Mean talk time (answer to hang-up) of answered calls with a talk time."""
    minutes_transcribed: float
    """Call audio transcribed by voice intelligence, in minutes."""


class UsageOut(Out):
    start: date
    """First day of the range (UTC)."""
    end: date
    """Last day of the range, included (UTC)."""
    time_zone: Literal["UTC"]
    """The zone days and hours are counted in."""
    since: datetime
    """The range as instants: calls started at or after this ..."""
    until: datetime
    """... and before this."""
    group_id: str | None
    """The group filter: calls with at least one of its members on them."""
    scope: Literal["workspace", "teams"]
    """`teams` for a supervisor: only calls of the groups they supervise (and their own)."""
    totals: TotalsOut
    days: list[DayOut]
    """Every day of the range, oldest first (days without calls included)."""
    hours: list[HourOut]
    """Every hour of the day, 0-23."""
    busiest_users: list[UserUsageOut]
    """The users on the most calls (at most ten), most first."""
