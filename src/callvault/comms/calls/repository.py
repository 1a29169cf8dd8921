"""Call-record queries. Every function takes the workspace id; list queries also take the set
of users whose calls the actor may see (None: the whole workspace)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session

from callvault.comms.calls.models import (
    Call,
    CallEvent,
    CallParticipant,
    CallTag,
    CallTombstone,
)
from callvault.comms.cursors import Position
from callvault.core.clock import utcnow
from callvault.identity.models import GroupMember


@dataclass(frozen=True, slots=True)
class CallFilter:
    since: datetime | None = None
    until: datetime | None = None
    user_id: str | None = None
    contact_id: str | None = None
    number_index: str | None = None
    direction: str | None = None
    disposition: str | None = None
    min_duration: int | None = None
    max_duration: int | None = None
    tag: str | None = None
    group_id: str | None = None


def _conditions(
    workspace_id: str, f: CallFilter, visible_to: frozenset[str] | None
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [Call.workspace_id == workspace_id]
    if f.since is not None:
        conds.append(Call.started_at >= f.since)
    if f.until is not None:
        conds.append(Call.started_at < f.until)
    if f.user_id is not None:
        conds.append(_has_participant(workspace_id, CallParticipant.user_id == f.user_id))
    if f.contact_id is not None:
        conds.append(_either_side(workspace_id, "contact_id", f.contact_id))
    if f.number_index is not None:
        conds.append(_either_side(workspace_id, "number_index", f.number_index))
    if f.direction is not None:
        conds.append(Call.direction == f.direction)
    if f.disposition is not None:
        conds.append(Call.disposition == f.disposition)
    if f.min_duration is not None:
        conds.append(Call.duration_seconds >= f.min_duration)
    if f.max_duration is not None:
        conds.append(Call.duration_seconds <= f.max_duration)
    if f.tag is not None:
        conds.append(
            exists().where(
                CallTag.workspace_id == workspace_id,
                CallTag.call_id == Call.id,
                CallTag.tag == f.tag,
            )
        )
    if f.group_id is not None:
        members = select(GroupMember.user_id).where(
            GroupMember.workspace_id == workspace_id, GroupMember.group_id == f.group_id
        )
        conds.append(_has_participant(workspace_id, CallParticipant.user_id.in_(members)))
    if visible_to is not None:
        conds.append(_has_participant(workspace_id, CallParticipant.user_id.in_(visible_to)))
    return conds


def _either_side(workspace_id: str, column: str, value: str) -> ColumnElement[bool]:
    """Calls whose caller or callee has this value: a union of two index look-ups (an OR
    here makes SQLite walk the whole log by date)."""
    return Call.id.in_(
        union(
            *(
                select(Call.id).where(
                    Call.workspace_id == workspace_id, getattr(Call, f"{side}_{column}") == value
                )
                for side in ("caller", "callee")
            )
        )
    )


def _has_participant(workspace_id: str, cond: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists().where(
        CallParticipant.workspace_id == workspace_id, CallParticipant.call_id == Call.id, cond
    )


def _filtered(workspace_id: str, f: CallFilter, visible_to: frozenset[str] | None) -> Select[Call]:
    return select(Call).where(*_conditions(workspace_id, f, visible_to))


def _keyset(after: Position | None) -> list[ColumnElement[bool]]:
    if after is None:
        return []
    started, call_id = after
    return [or_(Call.started_at < started, and_(Call.started_at == started, Call.id < call_id))]


_NEWEST_FIRST = (Call.started_at.desc(), Call.id.desc())


def page(
    session: Session,
    workspace_id: str,
    f: CallFilter,
    *,
    visible_to: frozenset[str] | None,
    after: Position | None,
    limit: int,
) -> Sequence[Call]:
    """Newest first, keyset-paginated on (started_at, id): rows inserted while a client pages
    land before or after its position, never shifting what it has not read yet."""
    stmt = _filtered(workspace_id, f, visible_to).where(*_keyset(after))
    return session.scalars(stmt.order_by(*_NEWEST_FIRST).limit(limit)).all()


# What a list page shows of a call (not its notes, only whether it has some).
_ROW = (
    Call.id,
    Call.external_id_sealed,
    Call.state,
    Call.direction,
    Call.disposition,
    Call.caller_user_id,
    Call.caller_contact_id,
    Call.caller_number_sealed,
    Call.callee_user_id,
    Call.callee_contact_id,
    Call.callee_number_sealed,
    Call.started_at,
    Call.answered_at,
    Call.ended_at,
    Call.duration_seconds,
    Call.talk_seconds,
    Call.recorded,
    Call.vi_ran,
    Call.notes_sealed.is_not(None).label("has_notes"),
)
# Tags ([a-z0-9_-]) and user ids never hold it.
LIST_SEPARATOR = ","
# The separator written into the statement: given as a string, SQLAlchemy sends it as a
# "literal execute" parameter, which re-renders the whole statement's SQL at every execution
# (a twentieth of a page's Python). A constant, so nothing to escape.
_SEPARATOR_SQL: Any = literal_column(f"'{LIST_SEPARATOR}'")


def page_rows(
    session: Session,
    workspace_id: str,
    f: CallFilter,
    *,
    visible_to: frozenset[str] | None,
    after: Position | None,
    limit: int,
) -> Sequence[Row[Any]]:
    """`page` in one statement, as rows of the listed columns plus `tags` and
    `participant_ids` (each joined by LIST_SEPARATOR, None for none). The page is chosen
    first, in a derived table, so the two per-call look-ups run for its rows only, whatever
    order the database finds them in."""
    given = tuple(name for name in _FILTER_FIELDS if getattr(f, name) is not None)
    stmt = _page_statement(given, visible_to is not None, after is not None)
    params: dict[str, Any] = {name: getattr(f, name) for name in given}
    params.update(ws=workspace_id, limit=limit)
    if visible_to is not None:
        params["visible"] = sorted(visible_to)
    if after is not None:
        params["after_started"], params["after_id"] = after
    # Core execution on the session's connection: plain rows, no ORM loading per row.
    return session.connection().execute(stmt, params).all()


_FILTER_FIELDS = tuple(CallFilter.__dataclass_fields__)


@lru_cache(maxsize=512)
def _page_statement(given: tuple[str, ...], visible: bool, keyset: bool) -> Select[Any]:
    """page_rows' statement for one shape of filter, built once with bound parameters:
    building it took a fifth of a list page's time in Python, every request."""
    placeholders: dict[str, Any] = {name: bindparam(name) for name in given}
    template = CallFilter(**placeholders)
    ws: Any = bindparam("ws")
    visible_to: Any = bindparam("visible", expanding=True) if visible else None
    after: Any = (bindparam("after_started"), bindparam("after_id")) if keyset else None
    chosen = (
        select(*_ROW)
        .where(*_conditions(ws, template, visible_to), *_keyset(after))
        .order_by(*_NEWEST_FIRST)
        .limit(bindparam("limit", type_=Integer))
        .subquery("page")
    )

    def joined(model: type[CallTag] | type[CallParticipant], column: Any, name: str) -> Any:
        return (
            select(func.aggregate_strings(column, _SEPARATOR_SQL))
            .where(model.workspace_id == ws, model.call_id == chosen.c.id)
            .scalar_subquery()
            .label(name)
        )

    return select(
        chosen,
        joined(CallTag, CallTag.tag, "tags"),
        joined(CallParticipant, CallParticipant.user_id, "participant_ids"),
    ).order_by(chosen.c.started_at.desc(), chosen.c.id.desc())


def matching_ids(session: Session, workspace_id: str, f: CallFilter) -> list[str]:
    stmt = select(Call.id).where(*_conditions(workspace_id, f, None))
    return list(session.scalars(stmt).all())


def count(session: Session, workspace_id: str, f: CallFilter) -> int:
    stmt = select(func.count()).select_from(Call).where(*_conditions(workspace_id, f, None))
    return int(session.scalar(stmt) or 0)


def call(session: Session, workspace_id: str, call_id: str) -> Call | None:
    return session.scalars(
        select(Call).where(Call.workspace_id == workspace_id, Call.id == call_id)
    ).one_or_none()


def call_by_external_key(session: Session, workspace_id: str, external_key: str) -> Call | None:
    # FOR UPDATE: two events for one call never interleave their read-modify-write (PostgreSQL;
    # SQLite writers are serialised already).
    return session.scalars(
        select(Call)
        .where(Call.workspace_id == workspace_id, Call.external_key == external_key)
        .with_for_update()
    ).one_or_none()


def event(
    session: Session, workspace_id: str, external_key: str, event_type: str
) -> CallEvent | None:
    return session.scalars(
        select(CallEvent).where(
            CallEvent.workspace_id == workspace_id,
            CallEvent.external_key == external_key,
            CallEvent.event_type == event_type,
        )
    ).one_or_none()


def tombstone(session: Session, workspace_id: str, external_key: str) -> CallTombstone | None:
    return session.get(CallTombstone, (workspace_id, external_key))


def participants(
    session: Session, workspace_id: str, call_ids: Sequence[str]
) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    if call_ids:
        rows = session.execute(
            select(CallParticipant.call_id, CallParticipant.user_id).where(
                CallParticipant.workspace_id == workspace_id, CallParticipant.call_id.in_(call_ids)
            )
        )
        for call_id, user_id in rows:  # no ORDER BY: it would steer SQLite off the primary key
            out[call_id].append(user_id)
    return {k: sorted(v) for k, v in out.items()}


def tags(session: Session, workspace_id: str, call_ids: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    if call_ids:
        rows = session.execute(
            select(CallTag.call_id, CallTag.tag).where(
                CallTag.workspace_id == workspace_id, CallTag.call_id.in_(call_ids)
            )
        )
        for call_id, tag in rows:
            out[call_id].append(tag)
    return {k: sorted(v) for k, v in out.items()}


def set_tags(session: Session, workspace_id: str, call_id: str, values: Sequence[str]) -> None:
    session.execute(
        delete(CallTag).where(CallTag.workspace_id == workspace_id, CallTag.call_id == call_id)
    )
    session.add_all(CallTag(call_id=call_id, tag=t, workspace_id=workspace_id) for t in values)


def set_participants(
    session: Session, workspace_id: str, call_id: str, user_ids: Sequence[str]
) -> None:
    session.execute(
        delete(CallParticipant).where(
            CallParticipant.workspace_id == workspace_id, CallParticipant.call_id == call_id
        )
    )
    session.add_all(
        CallParticipant(call_id=call_id, user_id=u, workspace_id=workspace_id) for u in user_ids
    )


def delete_calls(session: Session, workspace_id: str, call_ids: Sequence[str]) -> dict[str, int]:
    """Delete the calls and every row of theirs in this domain; counts per table. The
    tombstones keep only the blind index of each PBX call id."""
    removed = {"calls": 0, "events": 0, "tags": 0, "participants": 0}
    for start in range(0, len(call_ids), 500):
        chunk = call_ids[start : start + 500]
        keys = session.scalars(
            select(Call.external_key).where(Call.workspace_id == workspace_id, Call.id.in_(chunk))
        ).all()
        if keys:  # one multi-row INSERT per chunk (the retention sweep deletes millions)
            now = utcnow()
            session.execute(
                insert(CallTombstone),
                [
                    {"workspace_id": workspace_id, "external_key": k, "deleted_at": now}
                    for k in keys
                ],
            )
        for name, model in (
            ("events", CallEvent),
            ("tags", CallTag),
            ("participants", CallParticipant),
        ):
            result = session.execute(
                delete(model).where(model.workspace_id == workspace_id, model.call_id.in_(chunk))
            )
            removed[name] += int(result.rowcount)  # type: ignore[attr-defined]
        result = session.execute(
            delete(Call).where(Call.workspace_id == workspace_id, Call.id.in_(chunk))
        )
        removed["calls"] += int(result.rowcount)  # type: ignore[attr-defined]
    session.flush()
    return removed
