"""CSV export of the call log for admins: streamed page by page (memory stays flat however
many calls match), every cell defused against spreadsheet formula injection, audited before
the first byte is sent."""

from __future__ import annotations

from collections.abc import Iterator

from callvault.audit.service import AuditLog
from callvault.comms.calls import repository as repo
from callvault.comms.calls.schemas import CallFilterIn, CallOut
from callvault.comms.calls.service import (
    audit_filter,
    build_filter,
    calls_out,
    within_retention,
)
from callvault.core.context import Actor
from callvault.core.csv_export import CsvLines
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database

COLUMNS = [
    "id",
    "external_call_id",
    "direction",
    "state",
    "disposition",
    "started_at",
    "answered_at",
    "ended_at",
    "duration_seconds",
    "talk_seconds",
    "caller_user_id",
    "caller_contact_id",
    "caller_number",
    "callee_user_id",
    "callee_contact_id",
    "callee_number",
    "recorded",
    "vi_ran",
    "tags",
    "notes",
]
BATCH = 500


def start_export(
    db: Database, *, keyring: Keyring, audit: AuditLog, actor: Actor, filters: CallFilterIn
) -> None:
    """Check access and the filter, and record the export, before any byte is sent."""
    require(actor.role, actor.scopes, Permission.CALLS_EXPORT)
    with db.read() as session:
        build_filter(keyring.cipher(session, actor.workspace_id), filters)
        audit.record_read(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="call.export",
            object_type="call",
            details={"format": "csv", "filter": audit_filter(filters)},
        )


def _row(call: CallOut) -> list[object]:
    return [
        call.id,
        call.external_call_id,
        call.direction,
        call.state,
        call.disposition,
        call.started_at.isoformat(),
        call.answered_at.isoformat() if call.answered_at else None,
        call.ended_at.isoformat() if call.ended_at else None,
        call.duration_seconds,
        call.talk_seconds,
        call.caller.user_id,
        call.caller.contact_id,
        call.caller.number,
        call.callee.user_id,
        call.callee.contact_id,
        call.callee.number,
        call.recorded,
        call.vi_ran,
        " ".join(call.tags),
        call.notes,
    ]


def export_lines(
    db: Database, *, keyring: Keyring, actor: Actor, filters: CallFilterIn
) -> Iterator[str]:
    """The header, then one line per call in the workspace the filter matches, newest first."""
    require(actor.role, actor.scopes, Permission.CALLS_EXPORT)
    lines = CsvLines()
    yield lines.row(COLUMNS)
    after = None
    while True:
        # One short read transaction per batch: a long export never pins a snapshot.
        with db.read() as session:
            cipher = keyring.cipher(session, actor.workspace_id)
            query = within_retention(session, actor.workspace_id, build_filter(cipher, filters))
            rows = repo.page(
                session, actor.workspace_id, query, visible_to=None, after=after, limit=BATCH
            )
            batch = calls_out(session, cipher, rows, with_notes=True)
        for call in batch:
            yield lines.row(_row(call))
        if len(rows) < BATCH:
            return
        after = (rows[-1].started_at, rows[-1].id)
