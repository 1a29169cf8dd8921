"""Message use cases: post, list (cursor pages), edit. Bodies are sealed per message; their
words go to the keyed token index; members learn of changes through the event bus after the
transaction commits. Members' reads are not audited (it is their own conversation); a
non-participant's read (an admin, a supervisor) is, before anything is returned."""

from __future__ import annotations

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.chat import events
from callvault.comms.chat import repository as repo
from callvault.comms.chat import search as index
from callvault.comms.chat.content import messages_out, seal_body
from callvault.comms.chat.errors import (
    ConversationNotFound,
    InvalidCursor,
    InvalidMessage,
    MessageNotFound,
    NotYourMessage,
)
from callvault.comms.chat.models import Message
from callvault.comms.chat.schemas import PAGE_MAX, MessageOut, MessagePageOut
from callvault.comms.chat.visibility import Access, readable, writable
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import is_valid_id, new_id
from callvault.core.permissions import Permission, require
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.realtime.bus import Bus
from callvault.retention_clock.cutoff import cutoff, is_expired
from callvault.retention_clock.data_types import DataType


def audit_foreign_read(
    session: Session, audit: AuditLog, actor: Actor, access: Access, action: str, **details: object
) -> None:
    """Record a read of a conversation's content by someone not in it."""
    if not access.is_member:
        audit.record_read(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action=action,
            object_type="chat_conversation",
            object_id=access.conversation.id,
            details={"participant": False, **details},
        )


def add_message(
    session: Session, cipher: WorkspaceCipher, actor: Actor, access: Access, body: str | None
) -> Message:
    """Insert a message (flushed) and move the conversation's activity and the sender's read
    marker to it: your own message is never unread to you."""
    now = utcnow()
    row = Message(
        id=new_id(),
        workspace_id=actor.workspace_id,
        conversation_id=access.conversation.id,
        sender_id=actor.user_id,
        created_at=now,
    )
    if body is not None:
        row.body_sealed = seal_body(cipher, row.id, body)
    session.add(row)
    session.flush()
    if body is not None:
        repo.replace_tokens(
            session, actor.workspace_id, row.conversation_id, row.id, index.tokens(cipher, body)
        )
    access.conversation.last_message_at = now
    assert actor.user_id is not None
    me = repo.member(session, actor.workspace_id, row.conversation_id, actor.user_id)
    if me is not None:
        me.last_read_message_id, me.last_read_at = row.id, now
    return row


def post_message(
    db: Database, *, keyring: Keyring, bus: Bus, actor: Actor, conversation_id: str, body: str
) -> MessageOut:
    """Send a message to a conversation the actor is in."""
    with db.write() as s:
        access = writable(s, actor, conversation_id)
        cipher = keyring.cipher(s, actor.workspace_id)
        row = add_message(s, cipher, actor, access, body)
        out = messages_out(s, cipher, [row])[0]
    events.publish(
        bus,
        actor.workspace_id,
        access.member_ids,
        events.MESSAGE_CREATED,
        conversation_id=row.conversation_id,
        message_id=row.id,
    )
    return out


def list_messages(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    conversation_id: str,
    cursor: str | None,
    limit: int,
) -> MessagePageOut:
    """A page of a conversation's messages, newest first; the cursor is the last one seen."""
    require(actor.role, actor.scopes, Permission.CHAT_READ)
    if cursor is not None and not is_valid_id(cursor):
        raise InvalidCursor("Not a cursor from a previous page.", field="cursor")
    limit = max(1, min(limit, PAGE_MAX))
    with db.read() as s:
        access = readable(s, actor, conversation_id)
        rows = repo.messages_page(
            s, actor.workspace_id, access.conversation.id, before=cursor, limit=limit + 1
        )
        # Expired messages are invisible at once; ids sort by time, so they are the tail.
        oldest = cutoff(s, actor.workspace_id, DataType.CHAT_MESSAGES)
        rows = [m for m in rows if oldest is None or m.created_at >= oldest]
        more = len(rows) > limit
        rows = rows[:limit]
        page = messages_out(s, keyring.cipher(s, actor.workspace_id), rows)
    if not access.is_member:
        with db.read() as s:
            audit_foreign_read(s, audit, actor, access, "chat.message.list", returned=len(page))
    return MessagePageOut(messages=page, next_cursor=rows[-1].id if more and rows else None)


def visible_message(session: Session, actor: Actor, message_id: str) -> tuple[Message, Access]:
    """The message and its conversation if the actor may read it; MessageNotFound else."""
    row = repo.message(session, actor.workspace_id, message_id) if is_valid_id(message_id) else None
    if row is None or is_expired(
        session, actor.workspace_id, DataType.CHAT_MESSAGES, row.created_at
    ):
        raise MessageNotFound("Message not found.", object_type="chat_message")
    try:
        return row, readable(session, actor, row.conversation_id)
    except ConversationNotFound:
        raise MessageNotFound("Message not found.", object_type="chat_message") from None


def edit_message(
    db: Database, *, keyring: Keyring, bus: Bus, actor: Actor, message_id: str, body: str
) -> MessageOut:
    """Replace the text of your own message; edited_at records when."""
    require(actor.role, actor.scopes, Permission.CHAT_WRITE)
    with db.write() as s:
        row = repo.message(s, actor.workspace_id, message_id) if is_valid_id(message_id) else None
        if row is None:
            raise MessageNotFound("Message not found.", object_type="chat_message")
        try:
            access = writable(s, actor, row.conversation_id)
        except ConversationNotFound:
            raise MessageNotFound("Message not found.", object_type="chat_message") from None
        if row.sender_id is None or row.sender_id != actor.user_id:
            raise NotYourMessage("Only the sender edits a message.")
        if repo.attachments_for(s, actor.workspace_id, [row.id]):
            raise InvalidMessage("A file message has no text to edit; delete it instead.")
        cipher = keyring.cipher(s, actor.workspace_id)
        row.body_sealed = seal_body(cipher, row.id, body)
        row.edited_at = utcnow()
        repo.replace_tokens(
            s, actor.workspace_id, row.conversation_id, row.id, index.tokens(cipher, body)
        )
        s.flush()
        out = messages_out(s, cipher, [row])[0]
    events.publish(
        bus,
        actor.workspace_id,
        access.member_ids,
        events.MESSAGE_EDITED,
        conversation_id=row.conversation_id,
        message_id=row.id,
    )
    return out
