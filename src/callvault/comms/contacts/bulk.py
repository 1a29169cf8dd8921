"""Bulk deletion of contacts by filter (admins; comms.bulk's dry-run protocol): the shared
directory's, or a user's personal address book (e.g. when they leave). Counted and deleted
without reading a single card; the contacts and their blind-index entries go together."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms import bulk
from callvault.comms.bulk import BulkDeleteOut
from callvault.comms.contacts import links
from callvault.comms.contacts import repository as repo
from callvault.comms.contacts.errors import InvalidQuery
from callvault.comms.contacts.schemas import ContactFilterIn
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, require
from callvault.identity import service as identity


def _query(session: Session, actor: Actor, f: ContactFilterIn) -> repo.BulkFilter:
    if f.owner_id is not None:
        if f.scope != "personal":
            raise InvalidQuery("owner_id goes with scope 'personal'.", field="owner_id")
        try:
            identity.get_user_row(session, actor, f.owner_id)
        except NotFound:
            raise InvalidQuery("No such user in this workspace.", field="owner_id") from None
    if f.created_since and f.created_until and f.created_since >= f.created_until:
        raise InvalidQuery("'created_since' must be before 'created_until'.", field="created_since")
    return repo.BulkFilter(
        shared=f.scope in ("shared", "all"),
        personal=f.scope in ("personal", "all"),
        owner_id=f.owner_id,
        created_since=f.created_since,
        created_until=f.created_until,
    )


def _purge(session: Session, workspace_id: str, ids: Sequence[str]) -> dict[str, int]:
    """Delete the contacts; calls and voicemail linked to them lose or change the link."""
    numbers = links.line_indexes(session, workspace_id, ids)
    removed = repo.delete_contacts(session, workspace_id, ids)
    links.forget_contacts(session, workspace_id, ids)
    links.relink_numbers(session, workspace_id, numbers)
    return removed


def bulk_delete_contacts(
    session: Session,
    *,
    audit: AuditLog,
    actor: Actor,
    filters: ContactFilterIn,
    dry_run: bool,
    expected_count: int | None,
) -> BulkDeleteOut:
    """Count (dry run) or delete every contact of the workspace the filter matches."""
    require(actor.role, actor.scopes, Permission.CONTACTS_DELETE_BULK)
    query = _query(session, actor, filters)
    ws = actor.workspace_id
    return bulk.bulk_delete(
        session,
        audit=audit,
        actor=actor,
        object_type="contact",
        dry_run=dry_run,
        expected_count=expected_count,
        count=lambda: repo.count(session, ws, query),
        matching_ids=lambda: repo.matching_ids(session, ws, query),
        purge=lambda ids: _purge(session, ws, ids),
        audit_filter=filters.model_dump(mode="json", exclude_none=True),
    )
