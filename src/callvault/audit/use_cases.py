"""Access-checked audit use cases for admins and auditors (list, export, verify), and the
record of requests that a permission check denied."""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlalchemy.orm import Session

from callvault.audit.schemas import AuditPageOut, VerifyOut, VerifyProblemOut
from callvault.audit.service import AuditFilter, AuditLog
from callvault.audit.verification import REASONS
from callvault.core.context import Actor
from callvault.core.csv_export import CsvLines
from callvault.core.permissions import Permission, require
from callvault.db.engine import Database

DENIED = "access.denied"

EXPORT_COLUMNS = [
    "seq",
    "occurred_at",
    "actor_type",
    "actor_id",
    "action",
    "object_type",
    "object_id",
    "ip",
    "user_agent",
    "details",
]


def list_entries(
    session: Session,
    *,
    audit: AuditLog,
    actor: Actor,
    filters: AuditFilter,
    limit: int,
    before_seq: int | None,
) -> AuditPageOut:
    require(actor.role, actor.scopes, Permission.AUDIT_READ)
    entries = audit.list(
        session,
        workspace_id=actor.workspace_id,
        filters=filters,
        limit=limit,
        before_seq=before_seq,
    )
    next_before = entries[-1].seq if len(entries) == limit else None
    return AuditPageOut(entries=entries, next_before_seq=next_before)


def start_export(db: Database, *, audit: AuditLog, actor: Actor, fmt: str) -> None:
    """Check access and record that an export happened (before any byte is sent)."""
    require(actor.role, actor.scopes, Permission.AUDIT_EXPORT)
    with db.read() as session:
        audit.record_read(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="audit.export",
            object_type="audit_log",
            object_id=actor.workspace_id,
            details={"format": fmt},
        )


def export_lines(
    db: Database, *, audit: AuditLog, actor: Actor, filters: AuditFilter, fmt: str
) -> Iterator[str]:
    """CSV or JSON Lines, oldest first, streamed."""
    with db.read() as session:
        lines = CsvLines()
        if fmt == "csv":
            yield lines.row(EXPORT_COLUMNS)
        for entry in audit.export(session, workspace_id=actor.workspace_id, filters=filters):
            row = entry.model_dump(mode="json")
            if fmt == "csv":
                yield lines.row(row[c] for c in EXPORT_COLUMNS)
            else:
                yield json.dumps(row, separators=(",", ":")) + "\n"


def verify(db: Database, *, audit: AuditLog, actor: Actor) -> VerifyOut:
    require(actor.role, actor.scopes, Permission.AUDIT_VERIFY)
    with db.read() as session:
        report = audit.verify(session, workspace_id=actor.workspace_id)
        audit.record_read(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="audit.verify",
            object_type="audit_log",
            object_id=actor.workspace_id,
            details={"ok": report.ok, "entries": report.entries},
        )
    return VerifyOut(
        ok=report.ok,
        workspace_id=report.workspace_id,
        entries=report.entries,
        problems=[
            VerifyProblemOut.model_validate({**p, "reason": REASONS.get(p["problem"], "")})
            for p in report.problems
        ],
    )


def record_denial(
    db: Database,
    *,
    audit: AuditLog,
    actor: Actor,
    method: str,
    route: str | None,
    permission: str | None,
    code: str,
) -> None:
    """One entry per request a permission check denied, in the actor's workspace: who, the
    permission (or the rule's code) and the route template, never query values or bodies.
    Its own short transaction: the denied request changed nothing to share one with."""
    with db.write() as session:
        audit.record(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action=DENIED,
            object_type="permission",
            object_id=permission or code,
            details={"method": method, "route": route, "permission": permission, "code": code},
        )
