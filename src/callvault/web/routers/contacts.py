"""Contacts: the shared directory and personal contacts; look-up, import, export; bulk
deletion by filter (admins)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from callvault.comms.bulk import BulkDeleteOut, CountChanged
from callvault.comms.contacts import bulk, importers, transfer
from callvault.comms.contacts import service as contacts
from callvault.comms.contacts.errors import ImportTooLarge, UnsupportedImportFormat
from callvault.comms.contacts.exporters import EXTENSIONS, MEDIA_TYPES
from callvault.comms.contacts.schemas import (
    ContactBulkDeleteIn,
    ContactIn,
    ContactOut,
    ContactPageOut,
    ContactUpdateIn,
    DeletionReceipt,
    FileFormat,
    ImportReport,
    Scope,
)
from callvault.core.permissions import Permission
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.model_response import ModelResponse, in_thread
from callvault.web.openapi_doc import CURSOR, documented, file_response, raw_body
from callvault.web.query_params import TRUE_OR_FALSE

router = APIRouter(tags=["contacts"])

Format = Annotated[FileFormat, Query(alias="format", description="`csv` or `vcard` (vCard 3.0).")]
RegionQuery = Annotated[
    str | None,
    Query(
        min_length=2,
        max_length=2,
        description="The ISO 3166 country whose national numbers are meant, for numbers "
        "given without a +country code.",
        examples=["GB"],
    ),
]
ScopeQuery = Annotated[
    Scope,
    Query(description="`all` (the shared directory and your own), `mine` or `shared`."),
]
IMPORT_TYPES: dict[str, FileFormat] = {
    "text/csv": "csv",
    "application/csv": "csv",
    "text/vcard": "vcard",
    "text/x-vcard": "vcard",
    "text/directory": "vcard",
}


@router.get(
    "/contacts", openapi_extra=rule(Permission.CONTACTS_READ), response_model=ContactPageOut
)
async def list_contacts(
    a: ActorDep,
    c: ContainerDep,
    scope: ScopeQuery = "all",
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Name search: each word is the start of a word of the name "
            "('ann sm' finds 'Anna Smith').",
            examples=["ann sm"],
        ),
    ] = None,
    cursor: Annotated[str | None, Query(max_length=64, description=CURSOR)] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="Contacts per page.")] = 50,
) -> ModelResponse:
    def run() -> ContactPageOut:  # the request's one hand-off to the thread pool
        with c.db.read() as s:
            return contacts.list_contacts(
                s, keyring=c.keyring, actor=a, scope=scope, query=q, cursor=cursor, limit=limit
            )

    return await in_thread(run)


@router.post("/contacts", openapi_extra=rule(Permission.CONTACTS_WRITE), status_code=201)
def create_contact(body: ContactIn, a: ActorDep, c: ContainerDep) -> ContactOut:
    with c.db.write() as s:
        return contacts.create_contact(s, keyring=c.keyring, audit=c.audit, actor=a, data=body)


@router.get("/contacts/lookup", openapi_extra=rule(Permission.CONTACTS_READ))
def lookup(
    a: ActorDep,
    c: ContainerDep,
    phone: Annotated[
        str | None,
        Query(
            max_length=40,
            description="A phone number, international (+country code) or national with `region`.",
            examples=["+14155550100"],
        ),
    ] = None,
    email: Annotated[
        str | None, Query(max_length=254, description="An email address (exact match).")
    ] = None,
    region: RegionQuery = None,
) -> list[ContactOut]:
    with c.db.read() as s:  # the audited read is committed first (ADR 0015)
        return contacts.lookup_contacts(
            s, keyring=c.keyring, audit=c.audit, actor=a, phone=phone, email=email, region=region
        )


@router.post(
    "/contacts/import",
    openapi_extra={
        **rule(Permission.CONTACTS_WRITE),
        **raw_body(*IMPORT_TYPES, description="A CSV file or vCards (UTF-8)."),
    },
    responses=documented(UnsupportedImportFormat, ImportTooLarge),
)
async def import_contacts(
    request: Request,
    a: ActorDep,
    c: ContainerDep,
    fmt: Annotated[
        FileFormat | None,
        Query(
            alias="format",
            description="`csv` or `vcard`, when the Content-Type does not say (it wins).",
        ),
    ] = None,
    shared: Annotated[
        bool,
        TRUE_OR_FALSE,
        Query(description="Import into the shared directory (admins) instead of yours."),
    ] = False,
    region: RegionQuery = None,
) -> ImportReport:
    """Body: a text/csv or text/vcard file (bounded by the server's body limit), UTF-8.

    CSV: a header row, then one contact per row. Columns are recognised by name (case,
    spaces and underscores ignored): `name` (also `full name`, `display name`, `contact`)
    or `first name` + `last name`; any column starting with `phone`, `tel`, `mobile` or
    `cell` (or ending in `phone`); any starting with `email`/`mail` (or ending in `email`);
    `company` (`organization`, `org`); `notes` (`note`, `comments`). Several numbers or
    emails in one cell are separated by `;`. Other columns are ignored.

    vCard 3.0 / 4.0, several cards per file: FN (or N), TEL, EMAIL, ORG, NOTE; other
    properties are ignored.

    Numbers without a leading + need `region`. A row sharing a number or email with an
    existing contact of the same scope is merged into it (missing numbers, emails, company
    and notes added; name kept) or skipped when it adds nothing; the report lists created,
    merged, skipped and failed rows with their reasons."""
    transfer.check_import(a, shared=shared)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media and media not in IMPORT_TYPES:
        raise UnsupportedImportFormat("Send text/csv or text/vcard.", content_type=media[:64])
    kind: FileFormat = IMPORT_TYPES.get(media) or fmt or "csv"
    lines = importers.decode_lines(await request.body())

    def run() -> ImportReport:
        with c.db.write() as s:
            return transfer.import_contacts(
                s,
                keyring=c.keyring,
                audit=c.audit,
                actor=a,
                fmt=kind,
                records=importers.parse(kind, lines),
                shared=shared,
                region=region,
            )

    return await run_in_threadpool(run)


@router.get(
    "/contacts/export",
    openapi_extra=rule(Permission.CONTACTS_EXPORT),
    response_class=StreamingResponse,
    responses=file_response("text/csv", "text/vcard", description="The contacts, as asked"),
)
def export_contacts(
    a: ActorDep, c: ContainerDep, fmt: Format = "csv", scope: ScopeQuery = "all"
) -> StreamingResponse:
    vis = transfer.start_export(c.db, audit=c.audit, actor=a, fmt=fmt, scope=scope)
    lines = transfer.export_lines(c.db, keyring=c.keyring, actor=a, fmt=fmt, vis=vis)
    name = f"contacts.{EXTENSIONS[fmt]}"
    return StreamingResponse(
        lines,
        media_type=MEDIA_TYPES[fmt],
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


@router.post(
    "/contacts/bulk-delete",
    openapi_extra=rule(Permission.CONTACTS_DELETE_BULK),
    responses=documented(CountChanged),
)
def bulk_delete(body: ContactBulkDeleteIn, a: ActorDep, c: ContainerDep) -> BulkDeleteOut:
    """Admins: count (dry run) or delete every contact a filter matches."""
    with c.db.write() as s:
        return bulk.bulk_delete_contacts(
            s,
            audit=c.audit,
            actor=a,
            filters=body.filter,
            dry_run=body.dry_run,
            expected_count=body.expected_count,
        )


@router.get("/contacts/{contact_id}", openapi_extra=rule(Permission.CONTACTS_READ))
def get_contact(contact_id: str, a: ActorDep, c: ContainerDep) -> ContactOut:
    with c.db.read() as s:  # the audited read is committed first (ADR 0015)
        return contacts.get_contact(
            s, keyring=c.keyring, audit=c.audit, actor=a, contact_id=contact_id
        )


@router.patch("/contacts/{contact_id}", openapi_extra=rule(Permission.CONTACTS_WRITE))
def update_contact(
    contact_id: str, body: ContactUpdateIn, a: ActorDep, c: ContainerDep
) -> ContactOut:
    with c.db.write() as s:
        return contacts.update_contact(
            s, keyring=c.keyring, audit=c.audit, actor=a, contact_id=contact_id, data=body
        )


@router.delete("/contacts/{contact_id}", openapi_extra=rule(Permission.CONTACTS_WRITE))
def delete_contact(contact_id: str, a: ActorDep, c: ContainerDep) -> DeletionReceipt:
    with c.db.write() as s:
        return contacts.delete_contact(s, audit=c.audit, actor=a, contact_id=contact_id)
