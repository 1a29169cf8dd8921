"""Calls as governance reads them (consent eligibility, its report, training scrubbing):
plain values, never ORM rows, so that governance depends on what comms chooses to expose
rather than on its tables (ADR 0012). No access checks here: callers are use cases that
made their own (consent report permission, operator exports)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, exists, func, select, tuple_
from sqlalchemy.orm import Session

from callvault.comms.calls.models import Call, CallParticipant, CallTag
from callvault.comms.cursors import decode_cursor, encode_cursor
from callvault.crypto.cipher import WorkspaceCipher


@dataclass(frozen=True, slots=True)
class CallFacts:
    call_id: str
    started_at: datetime
    recorded: bool
    user_ids: tuple[str, ...]  # the workspace's users on the call, sorted
    flagged: bool  # tagged with the tag asked about


@dataclass(frozen=True, slots=True)
class CallPage:
    call_ids: list[str]  # newest first
    next_cursor: str | None


def recorded_call_ids(
    session: Session, *, workspace_id: str, among: Select[Any], without_tag: str
) -> list[str]:
    """Recorded calls whose id is in `among` (a select of call ids) and that do not carry
    the tag, oldest first."""
    tagged = exists().where(
        CallTag.call_id == Call.id,
        CallTag.tag == without_tag,
        CallTag.workspace_id == Call.workspace_id,
    )
    stmt = (
        select(Call.id)
        .where(
            Call.workspace_id == workspace_id,
            Call.recorded.is_(True),
            Call.id.in_(among),
            ~tagged,
        )
        .order_by(Call.started_at, Call.id)
    )
    return list(session.scalars(stmt).all())


def call_facts(
    session: Session, *, workspace_id: str, call_ids: Sequence[str], flag_tag: str
) -> dict[str, CallFacts]:
    """The workspace's calls among these ids (unknown ids are left out)."""
    ids = list(dict.fromkeys(call_ids))
    if not ids:
        return {}
    ws = workspace_id
    users: dict[str, list[str]] = {}
    for call_id, user_id in session.execute(
        select(CallParticipant.call_id, CallParticipant.user_id).where(
            CallParticipant.workspace_id == ws, CallParticipant.call_id.in_(ids)
        )
    ):
        users.setdefault(call_id, []).append(user_id)
    flagged = set(
        session.scalars(
            select(CallTag.call_id).where(
                CallTag.workspace_id == ws, CallTag.call_id.in_(ids), CallTag.tag == flag_tag
            )
        )
    )
    return {
        c.id: CallFacts(
            call_id=c.id,
            started_at=c.started_at,
            recorded=c.recorded,
            user_ids=tuple(sorted(users.get(c.id, []))),
            flagged=c.id in flagged,
        )
        for c in session.scalars(select(Call).where(Call.workspace_id == ws, Call.id.in_(ids)))
    }


def count_calls(session: Session, *, workspace_id: str) -> int:
    return session.scalar(select(func.count()).where(Call.workspace_id == workspace_id)) or 0


def call_page(session: Session, *, workspace_id: str, cursor: str | None, limit: int) -> CallPage:
    """One page of the workspace's call ids, newest first (InvalidCursor for a bad cursor)."""
    stmt = select(Call.id, Call.started_at).where(Call.workspace_id == workspace_id)
    if cursor:
        at, after = decode_cursor(cursor)
        stmt = stmt.where(tuple_(Call.started_at, Call.id) < tuple_(at, after))
    rows = session.execute(
        stmt.order_by(Call.started_at.desc(), Call.id.desc()).limit(limit + 1)
    ).all()
    page = rows[:limit]
    more = len(rows) > limit and bool(page)
    return CallPage(
        call_ids=[r.id for r in page],
        next_cursor=encode_cursor(page[-1].started_at, page[-1].id) if more else None,
    )


def call_numbers(
    session: Session, *, cipher: WorkspaceCipher, workspace_id: str, call_ids: Iterable[str]
) -> list[str]:
    """The caller and callee numbers of these calls, decrypted (for scrubbing them out)."""
    numbers: list[str] = []
    ids = list(call_ids)
    for call in session.scalars(
        select(Call).where(Call.workspace_id == workspace_id, Call.id.in_(ids))
    ):
        for side, sealed in (
            ("caller", call.caller_number_sealed),
            ("callee", call.callee_number_sealed),
        ):
            if sealed is not None:
                numbers.append(
                    cipher.open_text(sealed, kind="call", object_id=call.id, field=f"{side}_number")
                )
    return numbers


@dataclass(frozen=True, slots=True)
class CallParties:
    user_ids: tuple[str, ...]  # caller, callee and every participant who is a user
    contact_ids: tuple[str, ...]  # caller and callee linked to a contact


def call_parties(session: Session, *, workspace_id: str, call_id: str) -> CallParties | None:
    """Who took part in a call, as user and contact ids (None: no such call)."""
    call = session.scalars(
        select(Call).where(Call.workspace_id == workspace_id, Call.id == call_id)
    ).one_or_none()
    if call is None:
        return None
    users = [call.caller_user_id, call.callee_user_id]
    users += session.scalars(
        select(CallParticipant.user_id).where(
            CallParticipant.workspace_id == workspace_id, CallParticipant.call_id == call_id
        )
    ).all()
    contacts = [call.caller_contact_id, call.callee_contact_id]
    return CallParties(
        user_ids=tuple(dict.fromkeys(u for u in users if u)),
        contact_ids=tuple(dict.fromkeys(c for c in contacts if c)),
    )
