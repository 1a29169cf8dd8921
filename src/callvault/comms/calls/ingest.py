"""Ingestion of call events from a telephony front end or PBX (`ingest_call_event`).

Idempotent on (workspace, external call id, event type): a replay answers what the first
delivery answered and changes nothing; the same key with a different body is refused (409).
Events may arrive in any order: the call record is the projection of whatever has arrived,
checked for consistency after each one (409 when an event contradicts the others)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.calls import repository as repo
from callvault.comms.calls.errors import (
    CallDeleted,
    EventConflict,
    InvalidTransition,
    UnknownParty,
)
from callvault.comms.calls.models import Call, CallEvent
from callvault.comms.calls.schemas import (
    CallEventIn,
    CallEventOut,
    Direction,
    Disposition,
    EventType,
    PartyIn,
)
from callvault.comms.calls.values import (
    EXTERNAL_ID_FIELD,
    normalise_number,
    normalise_tags,
    number_index,
)
from callvault.comms.contacts import links as contact_links
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring, WorkspaceCipher
from callvault.identity import service as identity

DURATION_TOLERANCE_S = 2  # PBXs round and measure at slightly different moments
_NOT_ANSWERED = frozenset({Disposition.MISSED, Disposition.REJECTED})


@dataclass(frozen=True, slots=True)
class Party:
    user_id: str | None = None
    contact_id: str | None = None
    number: str | None = None  # E.164


def ingest_call_event(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, event: CallEventIn
) -> CallEventOut:
    """Apply one call event; create the call record on its first event."""
    require(actor.role, actor.scopes, Permission.CALLS_INGEST)
    ws = actor.workspace_id
    cipher = keyring.cipher(session, ws)
    key = cipher.blind_index(event.external_call_id, field=EXTERNAL_ID_FIELD)
    occurred = event.occurred_at.astimezone(UTC)
    caller = _party(session, actor, event.caller, "caller")
    callee = _party(session, actor, event.callee, "callee")
    tags = normalise_tags(event.tags) if event.tags is not None else None
    fingerprint = cipher.blind_index(
        _canonical(event, occurred, caller, callee, tags), field="call.event"
    )
    prior = repo.event(session, ws, key, event.type.value)
    if prior is not None:
        return _replay(prior, fingerprint, event)
    if repo.tombstone(session, ws, key) is not None:
        raise CallDeleted("This call was deleted; its events are no longer accepted.")
    call, created = _call_for(session, cipher, ws, key, event.external_call_id, occurred)
    row = CallEvent(
        workspace_id=ws,
        call_id=call.id,
        external_key=key,
        event_type=event.type.value,
        fingerprint=fingerprint,
        occurred_at=occurred,
        received_at=utcnow(),
    )
    session.add(row)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:  # the same event, delivered concurrently, won the race
        session.expunge(row)
        prior = repo.event(session, ws, key, event.type.value)
        assert prior is not None
        return _replay(prior, fingerprint, event)
    if event.type is EventType.STARTED:
        assert caller is not None and callee is not None and event.direction is not None
        _apply_started(session, cipher, call, event.direction, caller, callee, occurred, tags)
    elif event.type is EventType.ANSWERED:
        call.answered_at = occurred
    else:
        assert event.disposition is not None
        call.ended_at = occurred
        call.disposition = event.disposition.value
        call.reported_duration = event.duration_seconds
        call.recorded = bool(event.recorded) or call.recorded
        call.vi_ran = bool(event.vi_ran) or call.vi_ran
    if not call.has_started:
        call.started_at = min(call.started_at, occurred)
    _derive_and_check(call)
    call.updated_at = utcnow()
    session.flush()
    audit.record(
        session,
        workspace_id=ws,
        actor=actor,
        action="call.create" if created else "call.event",
        object_type="call",
        object_id=call.id,
        details={"event": event.type.value},
    )
    return _event_out(row, event)


def _replay(prior: CallEvent, fingerprint: str, event: CallEventIn) -> CallEventOut:
    if prior.fingerprint != fingerprint:
        raise EventConflict(
            "This event was already received with different content.",
            type=event.type.value,
        )
    return _event_out(prior, event)


def _event_out(row: CallEvent, event: CallEventIn) -> CallEventOut:
    return CallEventOut(
        event_id=row.id,
        call_id=row.call_id,
        type=event.type,
        external_call_id=event.external_call_id,
        received_at=row.received_at,
    )


def _canonical(
    event: CallEventIn,
    occurred: datetime,
    caller: Party | None,
    callee: Party | None,
    tags: list[str] | None,
) -> str:
    body: dict[str, Any] = event.model_dump(mode="json", exclude={"caller", "callee", "tags"})
    body["occurred_at"] = occurred.isoformat()
    body["caller"] = caller and [caller.user_id, caller.contact_id, caller.number]
    body["callee"] = callee and [callee.user_id, callee.contact_id, callee.number]
    body["tags"] = tags
    return json.dumps(body, sort_keys=True, separators=(",", ":"))


def _party(session: Session, actor: Actor, party: PartyIn | None, field: str) -> Party | None:
    if party is None:
        return None
    if party.user_id is not None:
        try:
            identity.get_user_row(session, actor, party.user_id)
        except NotFound as exc:
            raise UnknownParty("No such user in this workspace.", field=f"{field}.user_id") from exc
        return Party(user_id=party.user_id)
    if party.contact_id is not None:
        ws = actor.workspace_id
        field_name = f"{field}.contact_id"
        return Party(
            contact_id=contact_links.check_contact(session, ws, party.contact_id, field=field_name)
        )
    assert party.number is not None
    return Party(number=normalise_number(party.number, field=f"{field}.number"))


def call_id_for_external(
    session: Session, *, keyring: Keyring, workspace_id: str, external_call_id: str
) -> str | None:
    """The id of the call-log entry an event source knows as `external_call_id`."""
    key = keyring.cipher(session, workspace_id).blind_index(
        external_call_id, field=EXTERNAL_ID_FIELD
    )
    call = repo.call_by_external_key(session, workspace_id, key)
    return call.id if call is not None else None


def _call_for(
    session: Session,
    cipher: WorkspaceCipher,
    ws: str,
    key: str,
    external_id: str,
    occurred: datetime,
) -> tuple[Call, bool]:
    call = repo.call_by_external_key(session, ws, key)
    if call is not None:
        return call, False
    call = Call(
        workspace_id=ws,
        external_key=key,
        external_id_sealed=b"",
        state="ringing",
        started_at=occurred,
        has_started=False,
    )
    session.add(call)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:  # another event of this call created it concurrently
        session.expunge(call)
        existing = repo.call_by_external_key(session, ws, key)
        assert existing is not None
        return existing, False
    call.external_id_sealed = cipher.seal_text(
        external_id, kind="call", object_id=call.id, field="external_id"
    )
    return call, True


def _apply_started(
    session: Session,
    cipher: WorkspaceCipher,
    call: Call,
    direction: Direction,
    caller: Party,
    callee: Party,
    occurred: datetime,
    tags: list[str] | None,
) -> None:
    if direction is Direction.INTERNAL and not (caller.user_id and callee.user_id):
        raise UnknownParty("An internal call is between two workspace users.", field="direction")
    if caller.user_id is not None and caller.user_id == callee.user_id:
        raise UnknownParty("Caller and callee are the same user.", field="callee.user_id")
    call.direction = direction.value
    call.started_at = occurred
    call.has_started = True
    users = sorted({u for u in (caller.user_id, callee.user_id) if u is not None})
    for side, party in (("caller", caller), ("callee", callee)):
        sealed = index = None
        contact_id = party.contact_id
        if party.number is not None:
            sealed = cipher.seal_text(
                party.number, kind="call", object_id=call.id, field=f"{side}_number"
            )
            index = number_index(cipher, party.number)
            contact_id = contact_links.contact_for_number(
                session, call.workspace_id, number_index=index, users=users
            )
        setattr(call, f"{side}_user_id", party.user_id)
        setattr(call, f"{side}_contact_id", contact_id)
        setattr(call, f"{side}_number_sealed", sealed)
        setattr(call, f"{side}_number_index", index)
    repo.set_participants(session, call.workspace_id, call.id, users)
    if tags is not None:
        repo.set_tags(session, call.workspace_id, call.id, tags)


def _derive_and_check(call: Call) -> None:
    """Derive state and durations from the times; refuse what contradicts the other events."""
    started = call.started_at if call.has_started else None
    times = [t for t in (started, call.answered_at, call.ended_at) if t is not None]
    if times != sorted(times):
        raise InvalidTransition(
            "The call's times are out of order (started <= answered <= ended).",
            reason="timeline",
        )
    if call.answered_at is not None and call.disposition in _NOT_ANSWERED:
        raise InvalidTransition(
            f"An answered call cannot end as {call.disposition}.", reason="disposition"
        )
    call.state = "ended" if call.ended_at else "in_progress" if call.answered_at else "ringing"
    if call.ended_at is None or started is None:
        call.duration_seconds = call.talk_seconds = None
        return
    call.duration_seconds = round((call.ended_at - started).total_seconds())
    answered = call.answered_at
    call.talk_seconds = round((call.ended_at - answered).total_seconds()) if answered else 0
    reported = call.reported_duration
    if reported is not None and abs(reported - call.duration_seconds) > DURATION_TOLERANCE_S:
        raise InvalidTransition(
            "The reported duration does not match the call's start and end times.",
            reason="duration",
            derived=call.duration_seconds,
        )
