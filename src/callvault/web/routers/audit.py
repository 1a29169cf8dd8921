"""The audit log for admins and auditors: list with filters, export, verify."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from callvault.audit import use_cases
from callvault.audit.schemas import AuditPageOut, VerifyOut
from callvault.audit.service import AuditFilter
from callvault.core.instants import AnyInstant
from callvault.core.permissions import Permission
from callvault.governance.alerts import service as alerts
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import file_response
from callvault.web.query_params import INTEGER_MAX

router = APIRouter(tags=["audit"])

ActorId = Annotated[
    str | None, Query(max_length=64, description="Only entries by this actor (a user or token id).")
]
Action = Annotated[
    str | None,
    Query(
        max_length=64,
        description="Only this action and its family: `user.create`, or `user` for every "
        "`user.…` action.",
        examples=["user.create"],
    ),
]
ObjectType = Annotated[
    str | None,
    Query(max_length=64, description="Only entries about this kind of object, e.g. `call`."),
]
ObjectId = Annotated[
    str | None, Query(max_length=64, description="Only entries about this object.")
]
Since = Annotated[
    AnyInstant | None, Query(description="Only entries at or after this time (ISO 8601).")
]
Until = Annotated[AnyInstant | None, Query(description="Only entries before this time (ISO 8601).")]


def _filters(
    actor_id: str | None,
    action: str | None,
    object_type: str | None,
    object_id: str | None,
    since: datetime | None,
    until: datetime | None,
) -> AuditFilter:
    return AuditFilter(
        actor_id=actor_id,
        action=action,
        object_type=object_type,
        object_id=object_id,
        since=since,
        until=until,
    )


@router.get("/audit", openapi_extra=rule(Permission.AUDIT_READ))
def list_audit(
    a: ActorDep,
    c: ContainerDep,
    actor_id: ActorId = None,
    action: Action = None,
    object_type: ObjectType = None,
    object_id: ObjectId = None,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, Query(ge=1, le=500, description="Entries per page.")] = 100,
    before_seq: Annotated[
        int | None,
        Query(
            ge=1,
            le=INTEGER_MAX,
            description="The `next_before_seq` of the previous page (entries older than it); "
            "leave out for the first page.",
        ),
    ] = None,
) -> AuditPageOut:
    with c.db.read() as s:
        return use_cases.list_entries(
            s,
            audit=c.audit,
            actor=a,
            limit=limit,
            before_seq=before_seq,
            filters=_filters(actor_id, action, object_type, object_id, since, until),
        )


@router.get(
    "/audit/export",
    openapi_extra=rule(Permission.AUDIT_EXPORT),
    response_class=StreamingResponse,
    responses=file_response(
        "application/x-ndjson", "text/csv", description="The matching entries, as asked"
    ),
)
def export_audit(
    a: ActorDep,
    c: ContainerDep,
    fmt: Annotated[
        str,
        Query(
            alias="format",
            pattern="^(csv|jsonl)$",
            description="`jsonl` (one JSON entry a line) or `csv`.",
        ),
    ] = "jsonl",
    actor_id: ActorId = None,
    action: Action = None,
    object_type: ObjectType = None,
    object_id: ObjectId = None,
    since: Since = None,
    until: Until = None,
) -> StreamingResponse:
    use_cases.start_export(c.db, audit=c.audit, actor=a, fmt=fmt)
    lines = use_cases.export_lines(
        c.db,
        audit=c.audit,
        actor=a,
        fmt=fmt,
        filters=_filters(actor_id, action, object_type, object_id, since, until),
    )
    media = "text/csv" if fmt == "csv" else "application/x-ndjson"
    name = f"audit-{a.workspace_id}.{fmt}"
    return StreamingResponse(
        lines, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'}
    )


@router.post("/audit/verify", openapi_extra=rule(Permission.AUDIT_VERIFY))
def verify_audit(a: ActorDep, c: ContainerDep) -> VerifyOut:
    """Walk the chain; tampering found also raises the critical security alert."""
    return alerts.verify(c.db, audit=c.audit, notify=c.alerts.notify, actor=a)
