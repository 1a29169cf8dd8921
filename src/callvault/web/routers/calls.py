"""The call log: ingestion of call events, list and read, annotate, export, delete."""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response, StreamingResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from callvault.audit.group_commit import committed_async
from callvault.comms.bulk import BulkDeleteOut, CountChanged
from callvault.comms.calls import deletion, export, ingest
from callvault.comms.calls import service as calls
from callvault.comms.calls.errors import CallDeleted, EventConflict, InvalidTransition
from callvault.comms.calls.schemas import (
    MAX_DURATION_S,
    PAGE_DEFAULT,
    PAGE_MAX,
    CallBulkDeleteIn,
    CallEventIn,
    CallEventOut,
    CallFilterIn,
    CallOut,
    CallPageOut,
    CallUpdateIn,
    DeletionReceiptOut,
    Direction,
    Disposition,
)
from callvault.core.clock import utcnow
from callvault.core.instants import Instant
from callvault.core.permissions import Permission
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import CURSOR, documented, file_response

router = APIRouter(tags=["calls"])

_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


async def call_filter(  # async: no I/O, so no hand-off to the thread pool
    since: Annotated[
        Instant | None,
        Query(description="Calls started at or after this time (ISO 8601 with a zone)."),
    ] = None,
    until: Annotated[
        Instant | None, Query(description="Calls started before this time (ISO 8601).")
    ] = None,
    user_id: Annotated[
        str | None, Query(pattern=_UUID, description="Calls this user took part in.")
    ] = None,
    contact_id: Annotated[
        str | None, Query(pattern=_UUID, description="Calls with this contact.")
    ] = None,
    number: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=40,
            description="Calls from or to this phone number, in international form.",
            examples=["+14155550100"],
        ),
    ] = None,
    direction: Annotated[Direction | None, Query(description="Only this direction.")] = None,
    disposition: Annotated[
        Disposition | None, Query(description="Only calls that ended this way.")
    ] = None,
    min_duration: Annotated[
        int | None,
        Query(ge=0, le=MAX_DURATION_S, description="Calls that lasted at least this (seconds)."),
    ] = None,
    max_duration: Annotated[
        int | None,
        Query(ge=0, le=MAX_DURATION_S, description="Calls that lasted at most this (seconds)."),
    ] = None,
    tag: Annotated[
        str | None, Query(min_length=1, max_length=40, description="Calls with this tag.")
    ] = None,
    group_id: Annotated[
        str | None,
        Query(pattern=_UUID, description="Calls with a (current) member of this group on them."),
    ] = None,
) -> CallFilterIn:
    try:
        return CallFilterIn(
            since=since,
            until=until,
            user_id=user_id,
            contact_id=contact_id,
            number=number,
            direction=direction,
            disposition=disposition,
            min_duration=min_duration,
            max_duration=max_duration,
            tag=tag,
            group_id=group_id,
        )
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from exc


FilterDep = Annotated[CallFilterIn, Depends(call_filter)]


@router.post(
    "/calls/events",
    openapi_extra=rule(Permission.CALLS_INGEST),
    responses=documented(EventConflict, InvalidTransition, CallDeleted),
)
def post_event(body: CallEventIn, a: ActorDep, c: ContainerDep) -> CallEventOut:
    with c.db.write() as s:
        return ingest.ingest_call_event(s, keyring=c.keyring, audit=c.audit, actor=a, event=body)


@router.get("/calls", openapi_extra=rule(Permission.CALLS_READ), response_model=CallPageOut)
async def list_calls(
    a: ActorDep,
    c: ContainerDep,
    filters: FilterDep,
    cursor: Annotated[str | None, Query(max_length=200, description=CURSOR)] = None,
    limit: Annotated[int, Query(ge=1, le=PAGE_MAX, description="Calls per page.")] = PAGE_DEFAULT,
) -> Response:
    # The page is read and serialised in the thread pool (one hand-off), as JSON straight
    # from its rows: no model per row (a test holds it equal to CallPageOut's). Its audit
    # entry's commit is awaited here, on the loop: the body leaves only once it is committed,
    # and no pool thread sits waiting for the group commit meanwhile.
    body, audited = await run_in_threadpool(
        partial(
            calls.list_calls_json,
            c.db,
            keyring=c.keyring,
            audit=c.audit,
            actor=a,
            filters=filters,
            cursor=cursor,
            limit=limit,
        )
    )
    await committed_async(audited)
    return Response(body, media_type="application/json")


@router.get(
    "/calls/export",
    openapi_extra=rule(Permission.CALLS_EXPORT),
    response_class=StreamingResponse,
    responses=file_response("text/csv", description="The matching calls as CSV"),
)
def export_calls(a: ActorDep, c: ContainerDep, filters: FilterDep) -> StreamingResponse:
    export.start_export(c.db, keyring=c.keyring, audit=c.audit, actor=a, filters=filters)
    lines = export.export_lines(c.db, keyring=c.keyring, actor=a, filters=filters)
    name = f"calls-{utcnow().date().isoformat()}.csv"
    return StreamingResponse(
        lines,
        media_type="text/csv",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


@router.post(
    "/calls/bulk-delete",
    openapi_extra=rule(Permission.CALLS_DELETE_BULK),
    responses=documented(CountChanged),
)
def bulk_delete(body: CallBulkDeleteIn, a: ActorDep, c: ContainerDep) -> BulkDeleteOut:
    with c.db.write() as s:
        return deletion.bulk_delete_calls(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=a,
            filters=body.filter,
            dry_run=body.dry_run,
            expected_count=body.expected_count,
            derived=c.call_derived,
        )


@router.get("/calls/{call_id}", openapi_extra=rule(Permission.CALLS_READ))
def get_call(call_id: str, a: ActorDep, c: ContainerDep) -> CallOut:
    with c.db.read() as s:  # the audited read is committed first (ADR 0015)
        return calls.get_call(s, keyring=c.keyring, audit=c.audit, actor=a, call_id=call_id)


@router.patch("/calls/{call_id}", openapi_extra=rule(Permission.CALLS_ANNOTATE))
def update_call(call_id: str, body: CallUpdateIn, a: ActorDep, c: ContainerDep) -> CallOut:
    with c.db.write() as s:
        return calls.update_call(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=a,
            call_id=call_id,
            tags=body.tags,
            notes=body.notes,
        )


@router.delete("/calls/{call_id}", openapi_extra=rule(Permission.CALLS_DELETE))
def delete_call(call_id: str, a: ActorDep, c: ContainerDep) -> DeletionReceiptOut:
    with c.db.write() as s:
        return deletion.delete_call(
            s, audit=c.audit, actor=a, call_id=call_id, derived=c.call_derived
        )
