"""Call-log use cases: list with filters and cursors, read one, annotate (tags, notes).

Reads of call content are audited: a page of the log (numbers) and one call (with its notes)
each leave an audit entry, written before the response is sent."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from concurrent.futures import Future
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Row
from sqlalchemy.orm import Session

from callvault.audit.group_commit import committed
from callvault.audit.service import AuditLog
from callvault.comms.calls import repository as repo
from callvault.comms.calls.errors import CallNotFound, InvalidFilter
from callvault.comms.calls.models import Call
from callvault.comms.calls.output import FIELDS, CallOpeners, call_out, row_dict
from callvault.comms.calls.repository import CallFilter
from callvault.comms.calls.schemas import (
    PAGE_MAX,
    CallFilterIn,
    CallOut,
    CallPageOut,
)
from callvault.comms.calls.values import (
    normalise_number,
    normalise_tag,
    normalise_tags,
    number_index,
)
from callvault.comms.calls.visibility import Visibility, visibility
from callvault.comms.contacts import service as contacts
from callvault.comms.cursors import decode_cursor, encode_cursor
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring, WorkspaceCipher
from callvault.db.engine import Database
from callvault.retention_clock.cutoff import cutoff, is_expired
from callvault.retention_clock.data_types import DataType


def build_filter(cipher: WorkspaceCipher, f: CallFilterIn) -> CallFilter:
    """The query filter for validated input: numbers to their blind index, tags normalised."""
    if f.since and f.until and f.since >= f.until:
        raise InvalidFilter("'since' must be before 'until'.", field="since")
    low, high = f.min_duration, f.max_duration
    if low is not None and high is not None and low > high:
        raise InvalidFilter("min_duration is above max_duration.", field="min_duration")
    return CallFilter(
        since=f.since,
        until=f.until,
        user_id=f.user_id,
        contact_id=f.contact_id,
        number_index=number_index(cipher, normalise_number(f.number)) if f.number else None,
        direction=f.direction.value if f.direction else None,
        disposition=f.disposition.value if f.disposition else None,
        min_duration=f.min_duration,
        max_duration=f.max_duration,
        tag=normalise_tag(f.tag) if f.tag else None,
        group_id=f.group_id,
    )


def within_retention(session: Session, workspace_id: str, query: CallFilter) -> CallFilter:
    """The filter narrowed to calls the workspace's retention still keeps: expired calls
    are invisible at once, before the sweep removes them."""
    limit = cutoff(session, workspace_id, DataType.CALLS)
    if limit is None or (query.since is not None and query.since >= limit):
        return query
    return dataclasses.replace(query, since=limit)


def audit_filter(f: CallFilterIn) -> dict[str, object]:
    """The filter as audit details: which fields were used, never the number searched for."""
    out = f.model_dump(mode="json", exclude_none=True)
    if "number" in out:
        out["number"] = "given"
    return out


def calls_out(
    session: Session,
    cipher: WorkspaceCipher,
    calls: Sequence[Call],
    *,
    with_notes: bool = False,
) -> list[CallOut]:
    ids = [c.id for c in calls]
    ws = cipher.workspace_id
    tags, people = repo.tags(session, ws, ids), repo.participants(session, ws, ids)
    opened = CallOpeners(cipher)
    return [
        call_out(
            opened,
            call,
            tags=tags.get(call.id, []),
            participant_ids=people.get(call.id, []),
            has_notes=call.notes_sealed is not None,
            notes=opened.notes(call.id, call.notes_sealed)
            if with_notes and call.notes_sealed
            else None,
        )
        for call in calls
    ]


def _split(joined: str | None) -> list[str]:
    return sorted(joined.split(repo.LIST_SEPARATOR)) if joined else []


def page_out(cipher: WorkspaceCipher, rows: Sequence[Row[Any]]) -> list[dict[str, object]]:
    """A list page's calls in `CallOut`'s shape straight from `repository.page_rows` rows
    (output.FIELDS, then has_notes, tags and participant ids), each unpacked by position."""
    opened = CallOpeners(cipher)
    return [
        row_dict(
            opened,
            row,
            tags=_split(row[_TAGS]),
            participant_ids=_split(row[_PEOPLE]),
            has_notes=bool(row[_HAS_NOTES]),
        )
        for row in rows
    ]


_HAS_NOTES, _TAGS, _PEOPLE = range(len(FIELDS), len(FIELDS) + 3)


def list_calls(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    filters: CallFilterIn,
    cursor: str | None,
    limit: int,
) -> CallPageOut:
    """One page of the calls the actor may see, newest first."""
    page, audited = _page(
        db, keyring=keyring, audit=audit, actor=actor, filters=filters, cursor=cursor, limit=limit
    )
    committed(audited)
    return CallPageOut.model_validate(page)


def list_calls_json(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    filters: CallFilterIn,
    cursor: str | None,
    limit: int,
) -> tuple[bytes, Future[None]]:
    """`list_calls` as `CallPageOut`'s JSON, serialised once from the page's dicts without a
    model per row (the API's list route), and the future of its audit entry's commit: the
    body must not be handed out before that future resolves (`committed_async`)."""
    page, audited = _page(
        db, keyring=keyring, audit=audit, actor=actor, filters=filters, cursor=cursor, limit=limit
    )
    return to_json(page), audited


def _page(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    filters: CallFilterIn,
    cursor: str | None,
    limit: int,
) -> tuple[dict[str, object], Future[None]]:
    limit = max(1, min(limit, PAGE_MAX))
    after = decode_cursor(cursor) if cursor else None
    # No transaction of its own on PostgreSQL: the page is one statement (the visibility,
    # key and policy look-ups are cached), and BEGIN and COMMIT were two round trips more.
    with db.statements() as session:
        seen = visibility(session, actor)
        cipher = keyring.cipher(session, actor.workspace_id)
        query = within_retention(session, actor.workspace_id, build_filter(cipher, filters))
        rows = repo.page_rows(
            session,
            actor.workspace_id,
            query,
            visible_to=seen.user_ids,
            after=after,
            limit=limit + 1,
        )
        calls = page_out(cipher, rows[:limit])
        named = _name_contacts(session, keyring, actor, calls)
    more = len(rows) > limit
    # After the read's session has ended: no connection is held while the audit entry
    # waits for its group commit (and no thread either, where the caller awaits it).
    audited = audit.submit_read_outside(
        workspace_id=actor.workspace_id,
        actor=actor,
        action="call.list",
        object_type="call",
        details={
            "returned": len(calls),
            "filter": audit_filter(filters),
            "contacts_named": named,
        },
    )
    last = rows[limit - 1] if more else None
    page: dict[str, object] = {
        "calls": calls,
        "next_cursor": encode_cursor(last.started_at, last.id) if last is not None else None,
    }
    return page, audited


def visible_call(session: Session, actor: Actor, seen: Visibility, call_id: str) -> Call:
    """The call if the actor may see it; CallNotFound otherwise, whoever's it is."""
    call = repo.call(session, actor.workspace_id, call_id)
    if call is None or is_expired(session, actor.workspace_id, DataType.CALLS, call.started_at):
        raise CallNotFound("Call not found.", object_type="call")
    if not seen.everything:
        people = set(repo.participants(session, actor.workspace_id, [call.id]).get(call.id, []))
        if not seen.may_see(people):
            raise CallNotFound("Call not found.", object_type="call")
    return call


def get_call(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, call_id: str
) -> CallOut:
    """One call with its notes (an audited read of its content)."""
    call = visible_call(session, actor, visibility(session, actor), call_id)
    audit.record_read(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="call.read",
        object_type="call",
        object_id=call.id,
    )
    cipher = keyring.cipher(session, actor.workspace_id)
    out = calls_out(session, cipher, [call], with_notes=True)[0]
    contacts.name_parties(session, keyring=keyring, actor=actor, parties=[out.caller, out.callee])
    return out


def _name_contacts(
    session: Session, keyring: Keyring, actor: Actor, calls: list[dict[str, Any]]
) -> int:
    """Put the names of the contacts on a page's calls that the actor may read into their
    parties (one query for the page); how many were named, for the page's audit entry (a
    count: a page of ids would make each list entry kilobytes long)."""
    parties = [c[side] for c in calls for side in ("caller", "callee") if c[side]["contact_id"]]
    names = contacts.names_of(
        session, keyring=keyring, actor=actor, contact_ids=[p["contact_id"] for p in parties]
    )
    for p in parties:
        p["contact_name"] = names.get(p["contact_id"])
    return len(names)


def update_call(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    call_id: str,
    tags: list[str] | None,
    notes: str | None,
) -> CallOut:
    """Replace a call's tags and/or notes (an empty notes string clears them)."""
    require(actor.role, actor.scopes, Permission.CALLS_ANNOTATE)
    call = visible_call(session, actor, visibility(session, actor), call_id)
    cipher = keyring.cipher(session, actor.workspace_id)
    changes: dict[str, object] = {}
    if tags is not None:
        values = normalise_tags(tags)
        repo.set_tags(session, actor.workspace_id, call.id, values)
        changes["tags"] = values
    if notes is not None:
        call.notes_sealed = (
            cipher.seal_text(notes, kind="call", object_id=call.id, field="notes")
            if notes
            else None
        )
        changes["notes"] = "changed" if notes else "cleared"
    if changes:
        call.updated_at = utcnow()
        session.flush()
        audit.record(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="call.update",
            object_type="call",
            object_id=call.id,
            details=changes,
        )
    return calls_out(session, cipher, [call], with_notes=True)[0]


def set_recorded(session: Session, *, workspace_id: str, call_id: str, recorded: bool) -> bool:
    """Mark whether a call has a recording (the recordings domain keeps it true while one is
    stored); False when the call no longer exists."""
    call = repo.call(session, workspace_id, call_id)
    if call is None:
        return False
    if call.recorded != recorded:
        call.recorded = recorded
        call.updated_at = utcnow()
        session.flush()
    return True


def set_vi_ran(session: Session, *, workspace_id: str, call_id: str) -> bool:
    """Mark that voice intelligence ran on the call's recordings to the end (the pipeline
    calls this when its last stage finishes); False when the call no longer exists."""
    call = repo.call(session, workspace_id, call_id)
    if call is None:
        return False
    if not call.vi_ran:
        call.vi_ran = True
        call.updated_at = utcnow()
        session.flush()
    return True
