"""Import and export use cases. An import validates each row completely before writing it,
so a bad row is reported (row number, code, field, reason) and leaves nothing behind, while
the good rows are imported: created, or merged into the existing contact holding one of their
numbers or emails (see merge.py), or skipped with the reason; exports stream and are audited
before the first byte."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.contacts import cards, exporters, importers, links
from callvault.comms.contacts import merge as merging
from callvault.comms.contacts import phones as phone_numbers
from callvault.comms.contacts import repository as repo
from callvault.comms.contacts.errors import ImportTooLarge
from callvault.comms.contacts.models import Contact
from callvault.comms.contacts.schemas import (
    Card,
    FileFormat,
    ImportReport,
    RowError,
    RowMerged,
    RowSkipped,
    Scope,
)
from callvault.comms.contacts.service import insert, new_owner, visibility
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import InvalidInput
from callvault.core.permissions import Permission, allows, require
from callvault.crypto.keyring import Keyring, WorkspaceCipher
from callvault.db.engine import Database

MAX_IMPORT_ROWS = 10_000


def check_import(actor: Actor, *, shared: bool) -> str | None:
    """Raise unless the actor may import (shared contacts: admins); the owner to import for.
    Checked before an upload is read, and again by `import_contacts`."""
    require(actor.role, actor.scopes, Permission.CONTACTS_WRITE)
    return new_owner(actor, shared=shared)


def import_contacts(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    fmt: FileFormat,
    records: Iterable[importers.Record | RowError],
    shared: bool = False,
    region: str | None = None,
    max_rows: int | None = MAX_IMPORT_ROWS,
) -> ImportReport:
    """Import rows parsed from a CSV or vCard file (`importers.parse`): personal contacts, or
    shared ones for admins. More rows than max_rows rejects the whole import."""
    owner_id = check_import(actor, shared=shared)
    region = phone_numbers.check_region(region)
    cipher = keyring.cipher(session, actor.workspace_id)
    rows = 0
    errors: list[RowError] = []
    created: list[str] = []
    merged: list[RowMerged] = []
    skipped: list[RowSkipped] = []
    numbers: set[str] = set()  # of the contacts created or changed, to re-link calls by
    for item in records:
        rows += 1
        if max_rows is not None and rows > max_rows:
            raise ImportTooLarge(f"At most {max_rows} rows per import; split the file.")
        if isinstance(item, RowError):
            errors.append(item)
            continue
        try:
            card = cards.build_card(
                name=item.name,
                phones=item.phones,
                emails=item.emails,
                company=item.company,
                notes=item.notes,
                region=region,
            )
            found = merging.matches(session, cipher, owner_id=owner_id, card=card)
            if len(found) > 1:
                skipped.append(_ambiguous(item, found))
                continue
            if found:
                outcome = _merge_into(session, cipher, found[0], item, card)
                if isinstance(outcome, RowSkipped):
                    skipped.append(outcome)
                    continue
                merged.append(outcome)  # numbers it gained are among the row's own
            else:
                row = insert(
                    session,
                    cipher=cipher,
                    workspace_id=actor.workspace_id,
                    owner_id=owner_id,
                    card=card,
                )
                created.append(row.id)
        except InvalidInput as exc:
            errors.append(_row_error(item, exc))
            continue
        numbers.update(cards.line_indexes(cipher, card))
    links.relink_numbers(session, actor.workspace_id, numbers)
    report = ImportReport(
        format=fmt,
        shared=shared,
        rows=rows,
        imported=len(created) + len(merged),
        created=len(created),
        merged=len(merged),
        skipped=len(skipped),
        failed=len(errors),
        errors=errors,
        merged_rows=merged,
        skipped_rows=skipped,
        contact_ids=created,
    )
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="contact.import",
        object_type="contact",
        details={
            "format": report.format,
            "shared": shared,
            "rows": rows,
            "created": report.created,
            "merged": report.merged,
            "skipped": report.skipped,
            "failed": report.failed,
        },
    )
    return report


def _row_error(item: importers.Record, exc: InvalidInput) -> RowError:
    field = exc.fields.get("field")
    return RowError(
        row=item.row,
        line=item.line,
        code=exc.code,
        field=str(field) if field is not None else None,
        reason=exc.message,
    )


def _ambiguous(item: importers.Record, found: Sequence[Contact]) -> RowSkipped:
    return RowSkipped(
        row=item.row,
        line=item.line,
        code="ambiguous_match",
        reason="Its numbers or emails belong to several contacts; none was changed.",
        contact_ids=[c.id for c in found],
    )


def _merge_into(
    session: Session,
    cipher: WorkspaceCipher,
    existing: Contact,
    item: importers.Record,
    card: Card,
) -> RowMerged | RowSkipped:
    """Add what the row has and the contact lacks, or skip the row when that is nothing."""
    result = merging.merge(cards.open_card(cipher, existing), card)
    if not result.added:
        return RowSkipped(
            row=item.row,
            line=item.line,
            code="duplicate",
            reason="An existing contact already holds everything this row has.",
            contact_ids=[existing.id],
        )
    existing.card_sealed = cards.seal(cipher, existing.id, result.card)
    existing.updated_at = utcnow()
    repo.replace_points(
        session, cipher.workspace_id, existing.id, cards.points(cipher, result.card)
    )
    return RowMerged(row=item.row, line=item.line, contact_id=existing.id, added=result.added)


def export_visibility(actor: Actor, scope: Scope) -> repo.Visibility:
    """Anyone exports their own personal contacts; the shared directory only admins."""
    require(actor.role, actor.scopes, Permission.CONTACTS_EXPORT)
    may_share = allows(actor.role, Permission.CONTACTS_MANAGE_SHARED, actor.scopes)
    if scope == "shared" and not may_share:
        require(actor.role, actor.scopes, Permission.CONTACTS_MANAGE_SHARED)
    vis = visibility(actor, scope)
    return repo.Visibility(shared=vis.shared and may_share, owner_id=vis.owner_id)


def start_export(
    db: Database, *, audit: AuditLog, actor: Actor, fmt: str, scope: Scope = "all"
) -> repo.Visibility:
    """Check access and record the export (before any byte is sent)."""
    vis = export_visibility(actor, scope)
    with db.read() as session:
        audit.record_read(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="contact.export",
            object_type="contact",
            details={"format": fmt, "scope": scope, "shared": vis.shared},
        )
    return vis


def export_lines(
    db: Database, *, keyring: Keyring, actor: Actor, fmt: str, vis: repo.Visibility
) -> Iterator[str]:
    """The export file, one contact at a time."""
    with db.read() as session:
        cipher = keyring.cipher(session, actor.workspace_id)
        found = repo.stream(session, actor.workspace_id, visibility=vis)
        yield from exporters.render(fmt, (cards.open_card(cipher, row) for row in found))
