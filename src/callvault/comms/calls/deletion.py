"""Deleting call records: one call (`delete_call`) or, for admins, every call a filter matches
(`bulk_delete_calls`, after a dry-run count). The rows go; the audit log keeps that they were
deleted, by whom and how many, never their content.

Data derived from a call in other domains (recordings, transcripts, notes) hooks in through
`DerivedData`: each purger deletes its rows in the same transaction and queues the removal of
its blobs as a job, so nothing derived outlives its call and no blob is deleted for a
deletion that rolled back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms import bulk
from callvault.comms.bulk import BulkDeleteOut
from callvault.comms.calls import repository as repo
from callvault.comms.calls.schemas import CallFilterIn, DeletionReceiptOut
from callvault.comms.calls.service import audit_filter, build_filter, visible_call
from callvault.comms.calls.visibility import Visibility
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring


class DerivedData(Protocol):
    """Another domain's data about calls, removed with them."""

    name: str

    def purge(self, session: Session, *, workspace_id: str, call_ids: Sequence[str]) -> int:
        """Delete what belongs to these calls (in the caller's transaction); how many items."""
        ...


def _purge(
    session: Session, workspace_id: str, call_ids: Sequence[str], derived: Sequence[DerivedData]
) -> dict[str, int]:
    removed: dict[str, int] = {}
    for purger in derived:  # derived first: their rows may reference the call
        removed[purger.name] = purger.purge(session, workspace_id=workspace_id, call_ids=call_ids)
    removed.update(repo.delete_calls(session, workspace_id, call_ids))
    return removed


def delete_call(
    session: Session,
    *,
    audit: AuditLog,
    actor: Actor,
    call_id: str,
    derived: Sequence[DerivedData] = (),
) -> DeletionReceiptOut:
    """Delete one call and everything derived from it; the receipt is the audit entry."""
    require(actor.role, actor.scopes, Permission.CALLS_DELETE)
    call = visible_call(session, actor, Visibility(None), call_id)
    removed = _purge(session, actor.workspace_id, [call.id], derived)
    deleted_at = utcnow()
    receipt = audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="call.delete",
        object_type="call",
        object_id=call_id,
        details={"removed": removed},
    )
    return DeletionReceiptOut(
        receipt_id=receipt,
        object_type="call",
        object_id=call_id,
        deleted_at=deleted_at,
        removed=removed,
    )


def bulk_delete_calls(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    filters: CallFilterIn,
    dry_run: bool,
    expected_count: int | None,
    derived: Sequence[DerivedData] = (),
) -> BulkDeleteOut:
    """Count (dry run) or delete every call in the workspace the filter matches, with what
    is derived from them (comms.bulk's protocol: a real run names the dry run's count)."""
    require(actor.role, actor.scopes, Permission.CALLS_DELETE_BULK)
    query = build_filter(keyring.cipher(session, actor.workspace_id), filters)
    ws = actor.workspace_id
    return bulk.bulk_delete(
        session,
        audit=audit,
        actor=actor,
        object_type="call",
        dry_run=dry_run,
        expected_count=expected_count,
        count=lambda: repo.count(session, ws, query),
        matching_ids=lambda: repo.matching_ids(session, ws, query),
        purge=lambda ids: _purge(session, ws, ids, derived),
        audit_filter=audit_filter(filters),
    )
