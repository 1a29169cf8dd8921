"""Usage dashboard use cases: the aggregates for a range of UTC days (and a group), and the
same figures as CSV. Admins see the workspace; supervisors the calls of the groups they
supervise (and their own), exactly the calls their call log shows, so a drill-down from a
bar to the call log lists the very calls it counted. Nothing sealed is opened except the
names of the (at most ten) busiest users."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from callvault.analytics import repository as repo
from callvault.analytics.repository import Scope
from callvault.analytics.schemas import (
    DEFAULT_RANGE_DAYS,
    MAX_RANGE_DAYS,
    TOP_USERS,
    DayOut,
    DirectionCounts,
    DispositionCounts,
    HourOut,
    TotalsOut,
    UsageOut,
    UserUsageOut,
)
from callvault.audit.service import AuditLog
from callvault.comms.calls.visibility import visibility
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.csv_export import CsvLines
from callvault.core.errors import InvalidInput, NotFound, PermissionDenied
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.identity import directory
from callvault.identity import repository as identity_repo
from callvault.retention_clock.cutoff import cutoff
from callvault.retention_clock.data_types import DataType


@dataclass(frozen=True, slots=True)
class UsageQuery:
    start: date | None = None  # None: DEFAULT_RANGE_DAYS ending with `end`
    end: date | None = None  # None: today (UTC)
    group_id: str | None = None


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def resolve_range(query: UsageQuery, *, today: date) -> tuple[date, date]:
    """(start, end), both included; InvalidInput for a reversed or too long range."""
    end = query.end or today
    if end >= date.max or (query.start or end) <= date.min + timedelta(days=MAX_RANGE_DAYS):
        raise InvalidInput("The range must lie between the years 1 and 9999.", field="end")
    start = query.start or end - timedelta(days=DEFAULT_RANGE_DAYS - 1)
    if start > end:
        raise InvalidInput(
            f"The range starts ({start.isoformat()}) after it ends ({end.isoformat()}).",
            field="start",
        )
    days = (end - start).days + 1
    if days > MAX_RANGE_DAYS:
        raise InvalidInput(
            f"A range covers at most {MAX_RANGE_DAYS} days; this one covers {days}.",
            field="end",
            max_days=MAX_RANGE_DAYS,
        )
    return start, end


def _scope_users(session: Session, actor: Actor, group_id: str | None) -> frozenset[str] | None:
    visible = visibility(session, actor).user_ids
    if group_id is None:
        return visible
    if not directory.has_group(session, workspace_id=actor.workspace_id, group_id=group_id):
        raise NotFound("Group not found.", object_type="group")
    if visible is not None:
        supervised = {
            m.group_id
            for m in identity_repo.memberships(session, actor.workspace_id, actor.user_id or "")
            if m.is_supervisor
        }
        if group_id not in supervised:
            raise PermissionDenied(
                "You see the figures of the groups you supervise only.", field="group_id"
            )
    return repo.group_member_ids(session, actor.workspace_id, group_id)


def usage(session: Session, *, keyring: Keyring, actor: Actor, query: UsageQuery) -> UsageOut:
    """The dashboard's figures for the range (UTC days) and group."""
    require(actor.role, actor.scopes, Permission.ANALYTICS_READ)
    start, end = resolve_range(query, today=utcnow().date())
    users = _scope_users(session, actor, query.group_id)
    since, until = _midnight(start), _midnight(end + timedelta(days=1))
    # Calls the workspace's retention has expired are invisible everywhere, here too.
    expired_before = cutoff(session, actor.workspace_id, DataType.CALLS)
    counted_since = max(since, expired_before) if expired_before else since
    scope = Scope(actor.workspace_id, counted_since, until, users)

    every_day = (start + timedelta(days=i) for i in range((end - start).days + 1))
    days = {day: _empty_day(day) for day in every_day}
    calls = ended = answered = missed = voicemail = duration_s = talk_s = talked = 0
    for row in repo.day_cells(session, scope):
        day = days[date.fromisoformat(row.day)]
        day.calls += row.calls
        day.minutes += row.duration_s / 60
        direction = row.direction if row.direction in DirectionCounts.model_fields else "unknown"
        setattr(day.by_direction, direction, getattr(day.by_direction, direction) + row.calls)
        disposition = row.disposition or "in_progress"
        if disposition in DispositionCounts.model_fields:
            counts = day.by_disposition
            setattr(counts, disposition, getattr(counts, disposition) + row.calls)
        calls += row.calls
        duration_s += row.duration_s
        if row.disposition is not None:
            ended += row.calls
        if row.disposition == "answered":
            answered += row.calls
            talk_s += row.talk_s
            talked += row.talked
        missed += row.calls if row.disposition == "missed" else 0
        voicemail += row.calls if row.disposition == "voicemail" else 0
    for day in days.values():
        day.minutes = round(day.minutes, 2)

    hours = dict.fromkeys(range(24), 0)
    for row in repo.hour_counts(session, scope):
        hours[int(row.hour)] = int(row.calls)

    cipher = keyring.cipher(session, actor.workspace_id)
    busiest = []
    for ranked in repo.top_users(session, scope, limit=TOP_USERS):
        user_id, n, talk = ranked
        user = identity_repo.user(session, actor.workspace_id, user_id)
        if user is None:  # deleted since: no name to show, and no calls to list for them
            continue
        name = cipher.open_text(user.name_sealed, kind="user", object_id=user.id, field="name")
        busiest.append(
            UserUsageOut(
                user_id=user_id,
                name=name,
                calls=int(n),
                talk_minutes=round(int(talk or 0) / 60, 2),
            )
        )

    totals = TotalsOut(
        calls=calls,
        ended=ended,
        answered=answered,
        missed=missed,
        voicemail=voicemail,
        minutes=round(duration_s / 60, 2),
        answer_rate=round(answered / ended, 4) if ended else None,
        missed_rate=round(missed / ended, 4) if ended else None,
        average_handle_seconds=round(talk_s / talked, 1) if talked else None,
        minutes_transcribed=round(repo.transcribed_ms(session, scope) / 60_000, 2),
    )
    return UsageOut(
        start=start,
        end=end,
        time_zone="UTC",
        since=since,
        until=until,
        group_id=query.group_id,
        scope="workspace" if users is None or query.group_id else "teams",
        totals=totals,
        days=list(days.values()),
        hours=[HourOut(hour=h, calls=n) for h, n in hours.items()],
        busiest_users=busiest,
    )


def _empty_day(day: date) -> DayOut:
    return DayOut(
        day=day,
        since=_midnight(day),
        until=_midnight(day + timedelta(days=1)),
        calls=0,
        minutes=0.0,
        by_direction=DirectionCounts(),
        by_disposition=DispositionCounts(),
    )


def export_usage(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, query: UsageQuery
) -> UsageOut:
    """The figures for a CSV download, recorded in the audit log (an export leaves the
    product; the figures are aggregates, but which range and group left is worth a line)."""
    out = usage(session, keyring=keyring, actor=actor, query=query)
    audit.record_read(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="analytics.export",
        object_type="workspace",
        object_id=actor.workspace_id,
        details={
            "start": out.start.isoformat(),
            "end": out.end.isoformat(),
            "group_id": out.group_id,
        },
    )
    return out


CSV_HEADER = ("figure", "day", "direction", "disposition", "hour", "user_id", "user", "value")


def csv_lines(out: UsageOut) -> Iterator[str]:
    """The figures in long form (one value a line), which spreadsheets pivot as they like."""
    w = CsvLines()
    yield w.row(CSV_HEADER)
    for name, value in out.totals.model_dump().items():
        yield w.row((name, "", "", "", "", "", "", "" if value is None else value))
    for day in out.days:
        d = day.day.isoformat()
        yield w.row(("calls", d, "", "", "", "", "", day.calls))
        yield w.row(("minutes", d, "", "", "", "", "", day.minutes))
        for direction, n in day.by_direction.model_dump().items():
            yield w.row(("calls_by_direction", d, direction, "", "", "", "", n))
        for disposition, n in day.by_disposition.model_dump().items():
            yield w.row(("calls_by_disposition", d, "", disposition, "", "", "", n))
    for hour in out.hours:
        yield w.row(("calls_by_hour", "", "", "", hour.hour, "", "", hour.calls))
    for user in out.busiest_users:
        yield w.row(("calls_by_user", "", "", "", "", user.user_id, user.name, user.calls))
        yield w.row(
            ("talk_minutes_by_user", "", "", "", "", user.user_id, user.name, user.talk_minutes)
        )
