"""Bulk deletion of voicemail messages by filter (admins; comms.bulk's dry-run protocol):
the rows and their delivery keys go in the transaction, the blobs through the
`audio.delete_blobs` job it enqueues (and at once after the commit)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms import bulk
from callvault.comms.audio.stored import discard_after_commit
from callvault.comms.bulk import BulkDeleteOut
from callvault.comms.voicemail import repository as repo
from callvault.comms.voicemail.access import existing_mailbox
from callvault.comms.voicemail.media import MESSAGE_KIND
from callvault.comms.voicemail.schemas import VoicemailFilterIn
from callvault.core.context import Actor
from callvault.core.errors import InvalidInput
from callvault.core.permissions import Permission, require
from callvault.storage.encrypted import EncryptedBlobStore


def bulk_delete_messages(
    session: Session,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    actor: Actor,
    filters: VoicemailFilterIn,
    dry_run: bool,
    expected_count: int | None,
) -> BulkDeleteOut:
    """Count (dry run) or delete every ready message of the workspace the filter matches."""
    require(actor.role, actor.scopes, Permission.VOICEMAIL_DELETE_BULK)
    f = filters
    if f.since and f.until and f.since >= f.until:
        raise InvalidInput("'since' must be before 'until'.", field="since")
    mailboxes = None
    if f.mailbox_id is not None:
        mailboxes = frozenset({existing_mailbox(session, actor, f.mailbox_id)})
    ws = actor.workspace_id

    def purge(ids: Sequence[str]) -> dict[str, int]:
        removed = repo.delete_messages(session, ws, ids)
        discard_after_commit(session, blobs, workspace_id=ws, kind=MESSAGE_KIND, object_ids=ids)
        return {"voicemail_messages": removed, "blobs": len(ids)}

    return bulk.bulk_delete(
        session,
        audit=audit,
        actor=actor,
        object_type="voicemail",
        dry_run=dry_run,
        expected_count=expected_count,
        count=lambda: repo.count(
            session, ws, mailboxes, unread=f.unread, since=f.since, until=f.until
        ),
        matching_ids=lambda: repo.matching_ids(
            session, ws, mailboxes, unread=f.unread, since=f.since, until=f.until
        ),
        purge=purge,
        audit_filter=f.model_dump(mode="json", exclude_none=True),
    )
