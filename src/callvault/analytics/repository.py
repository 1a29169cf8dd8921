"""The dashboard's aggregates, one GROUP BY each, over the calls in a scope: a workspace, a
half-open range of start times and, for supervisors or a group filter, the users at least
one of whom took part. Only plaintext columns are read (direction, disposition, times,
durations, caller and callee user ids), all from one covering index (analytics.models);
days and hours are UTC on both databases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, Row, String, cast, func, or_, select, union_all
from sqlalchemy.orm import Session

from callvault.comms.calls.models import Call
from callvault.identity.models import GroupMember
from callvault.intelligence.models import Transcript


@dataclass(frozen=True, slots=True)
class Scope:
    workspace_id: str
    since: datetime
    until: datetime
    user_ids: frozenset[str] | None  # None: every call of the workspace


def _conditions(scope: Scope) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [
        Call.workspace_id == scope.workspace_id,
        Call.started_at >= scope.since,
        Call.started_at < scope.until,
    ]
    if scope.user_ids is not None:
        # A call's participants are exactly its caller and callee users (ingestion sets
        # the three together), so this is the call log's participant test, read from the
        # covering index instead of probing call_participants once per call (10x faster
        # for a supervisor at 100,000 calls; bench/analytics_dashboard.py).
        users = sorted(scope.user_ids)
        conds.append(or_(Call.caller_user_id.in_(users), Call.callee_user_id.in_(users)))
    return conds


def _utc(session: Session) -> tuple[Any, Any]:
    """(day as 'YYYY-MM-DD', hour 0-23) of started_at in UTC. SQLite stores the UTC time as
    text ('YYYY-MM-DD HH:MM:SS.ffffff'); PostgreSQL converts from timestamptz explicitly, so
    the connection's TimeZone setting cannot shift a call into another day."""
    if session.get_bind().dialect.name == "sqlite":
        day = func.substr(Call.started_at, 1, 10, type_=String)
        hour = cast(func.substr(Call.started_at, 12, 2), Integer)
    else:
        utc = func.timezone("UTC", Call.started_at)
        day = func.to_char(utc, "YYYY-MM-DD", type_=String)
        hour = cast(func.extract("hour", utc), Integer)
    return day, hour


def day_cells(session: Session, scope: Scope) -> Sequence[Row[Any]]:
    """(day, direction, disposition, calls, duration_s, talk_s, talked): one row per
    combination present; talk_s and talked (the calls with a talk time) sum and count
    talk_seconds."""
    day, _ = _utc(session)
    d = day.label("day")
    stmt = (
        select(
            d,
            Call.direction,
            Call.disposition,
            func.count().label("calls"),
            func.coalesce(func.sum(Call.duration_seconds), 0).label("duration_s"),
            func.coalesce(func.sum(Call.talk_seconds), 0).label("talk_s"),
            func.count(Call.talk_seconds).label("talked"),
        )
        .where(*_conditions(scope))
        .group_by(d, Call.direction, Call.disposition)
    )
    return session.execute(stmt).all()


def hour_counts(session: Session, scope: Scope) -> Sequence[Row[Any]]:
    """(hour, calls) for the hours of the day (UTC) with any call."""
    _, hour = _utc(session)
    h = hour.label("hour")
    stmt = select(h, func.count().label("calls")).where(*_conditions(scope)).group_by(h)
    return session.execute(stmt).all()


def top_users(session: Session, scope: Scope, *, limit: int) -> Sequence[Row[str, int, int | None]]:
    """(user_id, calls, talk_s) for the users on the most calls, most first: each call
    counted once for its caller and once for its callee user (never the same user). With a
    scope of users only those are ranked (a supervisor sees their teams, not whoever their
    teams called)."""
    sides = []
    for column in (Call.caller_user_id, Call.callee_user_id):
        ranked = column.in_(sorted(scope.user_ids)) if scope.user_ids is not None else None
        sides.append(
            select(column.label("user_id"), Call.talk_seconds.label("talk_s")).where(
                *_conditions(scope), column.is_not(None), *([ranked] if ranked is not None else [])
            )
        )
    both = union_all(*sides).subquery("sides")
    calls = func.count().label("calls")
    stmt = (
        select(both.c.user_id, calls, func.coalesce(func.sum(both.c.talk_s), 0).label("talk_s"))
        .group_by(both.c.user_id)
        .order_by(calls.desc(), both.c.user_id)
        .limit(limit)
    )
    return session.execute(stmt).all()


def transcribed_ms(session: Session, scope: Scope) -> int:
    """Milliseconds of call audio transcribed, over the scope's calls."""
    stmt = (
        select(func.coalesce(func.sum(Transcript.duration_ms), 0))
        .join(Call, Call.id == Transcript.call_id)
        # Only the call's id is tested on the transcript (a call's transcript has it; the
        # call is the workspace's): the join probes ix_vi_transcripts_call per call in the
        # range instead of walking every transcript of the workspace.
        .where(*_conditions(scope))
    )
    return int(session.scalar(stmt) or 0)


def group_member_ids(session: Session, workspace_id: str, group_id: str) -> frozenset[str]:
    rows = session.scalars(
        select(GroupMember.user_id).where(
            GroupMember.workspace_id == workspace_id, GroupMember.group_id == group_id
        )
    )
    return frozenset(rows)
