"""Deleting chat content: one message (its sender, or an admin), a whole conversation
(admins), or every message a filter matches (admins, after a dry-run count, through
`comms.bulk`'s protocol). Rows, search tokens and attachment rows go in one transaction
with the audit entry that is the receipt (counts, never content); attachment blobs are
removed once it commits, so a deletion that rolls back never loses a blob. A crash between
the commit and the blob removal leaves only ciphertext that no row names."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from callvault.audit.service import AuditLog
from callvault.comms import bulk
from callvault.comms.chat import events
from callvault.comms.chat import repository as repo
from callvault.comms.chat.content import ATTACHMENT_KIND
from callvault.comms.chat.errors import InvalidFilter, NotYourMessage
from callvault.comms.chat.messages import visible_message
from callvault.comms.chat.schemas import DeletionReceiptOut, MessageFilterIn
from callvault.comms.chat.visibility import readable
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, allows, require
from callvault.db.engine import Database
from callvault.realtime.bus import Bus
from callvault.storage.encrypted import EncryptedBlobStore

log = logging.getLogger("callvault.chat")


def _remove_blobs(blobs: EncryptedBlobStore, workspace_id: str, ids: Iterable[str]) -> int:
    removed = 0
    for attachment_id in ids:
        try:
            removed += blobs.delete(
                workspace_id=workspace_id, kind=ATTACHMENT_KIND, object_id=attachment_id
            )
        except OSError:
            log.exception("attachment blob not removed: %s", attachment_id)
    return removed


def delete_message(
    db: Database,
    *,
    audit: AuditLog,
    blobs: EncryptedBlobStore,
    bus: Bus,
    actor: Actor,
    message_id: str,
) -> DeletionReceiptOut:
    """Delete a message with its search tokens and attachment; the receipt is the audit entry."""
    require(actor.role, actor.scopes, Permission.CHAT_WRITE)
    with db.write() as s:
        row, access = visible_message(s, actor, message_id)
        own = access.is_member and row.sender_id is not None and row.sender_id == actor.user_id
        if not own and not allows(actor.role, Permission.CHAT_DELETE_ANY, actor.scopes):
            raise NotYourMessage("Only the sender or an admin deletes a message.")
        files = repo.attachment_ids(s, actor.workspace_id, message_id=row.id)
        conversation_id = row.conversation_id
        removed = repo.delete_message(s, actor.workspace_id, row.id)
        receipt = audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="chat.message.delete",
            object_type="chat_message",
            object_id=row.id,
            details={"conversation_id": conversation_id, "own": own, "removed": removed},
        )
    deleted_at = utcnow()
    removed["blobs"] = _remove_blobs(blobs, actor.workspace_id, files)
    events.publish(
        bus,
        actor.workspace_id,
        access.member_ids,
        events.MESSAGE_DELETED,
        conversation_id=conversation_id,
        message_id=message_id,
    )
    return DeletionReceiptOut(
        receipt_id=receipt,
        object_type="chat_message",
        object_id=message_id,
        deleted_at=deleted_at,
        removed=removed,
    )


def delete_conversation(
    db: Database,
    *,
    audit: AuditLog,
    blobs: EncryptedBlobStore,
    bus: Bus,
    actor: Actor,
    conversation_id: str,
) -> DeletionReceiptOut:
    """Delete a conversation: every message, token, attachment row and blob, its members."""
    require(actor.role, actor.scopes, Permission.CHAT_DELETE_ANY)
    with db.write() as s:
        access = readable(s, actor, conversation_id)
        files = repo.attachment_ids(s, actor.workspace_id, conversation_id=access.conversation.id)
        removed = repo.delete_conversation(s, actor.workspace_id, access.conversation.id)
        receipt = audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="chat.conversation.delete",
            object_type="chat_conversation",
            object_id=conversation_id,
            details={"removed": removed},
        )
    deleted_at = utcnow()
    removed["blobs"] = _remove_blobs(blobs, actor.workspace_id, files)
    events.publish(
        bus,
        actor.workspace_id,
        access.member_ids,
        events.CONVERSATION_DELETED,
        conversation_id=conversation_id,
    )
    return DeletionReceiptOut(
        receipt_id=receipt,
        object_type="chat_conversation",
        object_id=conversation_id,
        deleted_at=deleted_at,
        removed=removed,
    )


def bulk_delete_messages(
    db: Database,
    *,
    audit: AuditLog,
    blobs: EncryptedBlobStore,
    bus: Bus,
    actor: Actor,
    filters: MessageFilterIn,
    dry_run: bool,
    expected_count: int | None,
) -> bulk.BulkDeleteOut:
    """Count (dry run) or delete every message of the workspace the filter matches, with
    their search tokens, attachment rows and (after the commit) blobs."""
    require(actor.role, actor.scopes, Permission.CHAT_DELETE_BULK)
    if filters.since and filters.until and filters.since >= filters.until:
        raise InvalidFilter("since must be before until.", field="filter.since")
    criteria = filters.model_dump()
    ws = actor.workspace_id
    files: list[str] = []
    touched: dict[str, frozenset[str]] = {}  # conversation -> its members, told afterwards

    matched: list[tuple[str, str]] = []  # (message, conversation)
    with db.write() as s:

        def purge(ids: Sequence[str]) -> dict[str, int]:
            removed, found = repo.delete_messages(s, ws, ids)
            files.extend(found)
            return removed

        def matching_ids() -> list[str]:
            matched.extend(repo.matching(s, ws, **criteria))
            conv_ids = sorted({c for _, c in matched})
            for cid, rows in repo.members(s, ws, conv_ids).items():
                touched[cid] = frozenset(m.user_id for m in rows)
            return [m for m, _ in matched]

        out = bulk.bulk_delete(
            s,
            audit=audit,
            actor=actor,
            object_type="chat_message",
            dry_run=dry_run,
            expected_count=expected_count,
            count=lambda: repo.count_matching(s, ws, **criteria),
            matching_ids=matching_ids,
            purge=purge,
            audit_filter=filters.model_dump(mode="json", exclude_none=True),
        )
    if dry_run:
        return out
    blob_count = _remove_blobs(blobs, ws, files)
    if out.removed is not None:
        out.removed["blobs"] = blob_count
    per_conversation: dict[str, int] = {}
    for _, cid in matched:
        per_conversation[cid] = per_conversation.get(cid, 0) + 1
    for cid, members in touched.items():
        events.publish(
            bus,
            ws,
            members,
            events.MESSAGES_DELETED,
            conversation_id=cid,
            count=str(per_conversation.get(cid, 0)),
        )
    return out
