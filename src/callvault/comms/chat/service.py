"""Conversation use cases: start a 1:1 or a group, list with unread counts, read one, mark
read. Members are active users of the workspace; a 1:1 between the same two users is one
conversation (starting it again returns the existing one)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.chat import events
from callvault.comms.chat import repository as repo
from callvault.comms.chat.content import open_title, seal_title
from callvault.comms.chat.errors import InvalidMembers, MessageNotFound
from callvault.comms.chat.messages import audit_foreign_read
from callvault.comms.chat.models import Conversation, ConversationMember
from callvault.comms.chat.schemas import (
    ConversationIn,
    ConversationListOut,
    ConversationOut,
    MemberOut,
    ReadOut,
    Scope,
)
from callvault.comms.chat.visibility import readable, visibility, writable
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.ids import new_id
from callvault.core.permissions import Permission, require
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import service as identity
from callvault.realtime.bus import Bus


def conversations_out(
    session: Session, cipher: WorkspaceCipher, actor: Actor, rows: Sequence[Conversation]
) -> list[ConversationOut]:
    ids = [c.id for c in rows]
    members = repo.members(session, actor.workspace_id, ids)
    unread = repo.unread_counts(session, actor.workspace_id, actor.user_id or "", ids)
    return [
        ConversationOut(
            id=c.id,
            kind="direct" if c.kind == "direct" else "group",
            title=open_title(cipher, c),
            members=[
                MemberOut(user_id=m.user_id, last_read_message_id=m.last_read_message_id)
                for m in members[c.id]
            ],
            created_at=c.created_at,
            last_message_at=c.last_message_at,
            unread=unread.get(c.id, 0),
            is_member=actor.user_id in {m.user_id for m in members[c.id]},
        )
        for c in rows
    ]


def check_members(session: Session, actor: Actor, user_ids: set[str]) -> None:
    """InvalidMembers unless every id names an active user of the actor's workspace."""
    for user_id in sorted(user_ids):
        try:
            user = identity.get_user_row(session, actor, user_id)
        except NotFound:
            user = None
        if user is None or user.status != "active":
            raise InvalidMembers(
                "Every member must be an active user of this workspace.", field="member_ids"
            )


def create_conversation(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    bus: Bus,
    actor: Actor,
    data: ConversationIn,
) -> tuple[ConversationOut, bool]:
    """Start a conversation (or find the existing 1:1); (conversation, created)."""
    require(actor.role, actor.scopes, Permission.CHAT_WRITE)
    if actor.user_id is None:
        raise InvalidMembers("Only a user takes part in conversations.", field="member_ids")
    others = set(data.member_ids) - {actor.user_id}
    if data.kind == "direct" and (len(others) != 1 or data.title is not None):
        raise InvalidMembers(
            "A 1:1 conversation has exactly one other member and no title.", field="member_ids"
        )
    key = ":".join(sorted({actor.user_id, *others})) if data.kind == "direct" else None
    with db.write() as s:
        check_members(s, actor, others)
        cipher = keyring.cipher(s, actor.workspace_id)
        existing = repo.direct(s, actor.workspace_id, key) if key else None
        if existing is not None:
            return conversations_out(s, cipher, actor, [existing])[0], False
        conv = Conversation(
            id=new_id(),
            workspace_id=actor.workspace_id,
            kind=data.kind,
            direct_key=key,
            created_by=actor.user_id,
            created_at=utcnow(),
        )
        if data.title is not None:
            conv.title_sealed = seal_title(cipher, conv.id, data.title)
        s.add(conv)
        member_ids = sorted({actor.user_id, *others})
        s.add_all(
            ConversationMember(conversation_id=conv.id, user_id=u, workspace_id=actor.workspace_id)
            for u in member_ids
        )
        try:
            with s.begin_nested():
                s.flush()
        except IntegrityError:  # the same 1:1, started concurrently, won the race
            found = repo.direct(s, actor.workspace_id, key) if key else None
            if found is None:
                raise
            return conversations_out(s, cipher, actor, [found])[0], False
        audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="chat.conversation.create",
            object_type="chat_conversation",
            object_id=conv.id,
            details={"kind": data.kind, "members": len(member_ids)},
        )
        out = conversations_out(s, cipher, actor, [conv])[0]
    events.publish(
        bus, actor.workspace_id, member_ids, events.CONVERSATION_CREATED, conversation_id=conv.id
    )
    return out, True


def list_conversations(
    session: Session, *, keyring: Keyring, actor: Actor, scope: Scope = "mine"
) -> ConversationListOut:
    """The actor's conversations, or ("visible") every one they may read; with unread
    counts. Listing shows who talks, not what they say, so it is not an audited read."""
    seen = visibility(session, actor)
    member_in = frozenset({actor.user_id or ""}) if scope == "mine" else seen.user_ids
    rows = repo.conversations(session, actor.workspace_id, member_in=member_in)
    cipher = keyring.cipher(session, actor.workspace_id)
    return ConversationListOut(conversations=conversations_out(session, cipher, actor, rows))


def get_conversation(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, conversation_id: str
) -> ConversationOut:
    """One conversation (its title is content: a non-participant's read is audited)."""
    access = readable(session, actor, conversation_id)
    audit_foreign_read(session, audit, actor, access, "chat.conversation.read")
    cipher = keyring.cipher(session, actor.workspace_id)
    return conversations_out(session, cipher, actor, [access.conversation])[0]


def mark_read(
    db: Database, *, bus: Bus, actor: Actor, conversation_id: str, message_id: str | None
) -> ReadOut:
    """Move the actor's read marker to a message (default: the newest); never backwards."""
    with db.write() as s:
        access = writable(s, actor, conversation_id)
        assert actor.user_id is not None
        conv_id = access.conversation.id
        if message_id is None:
            target = repo.latest_message_id(s, actor.workspace_id, conv_id)
        else:
            row = repo.message(s, actor.workspace_id, message_id)
            if row is None or row.conversation_id != conv_id:
                raise MessageNotFound("Message not found.", object_type="chat_message")
            target = row.id
        me = repo.member(s, actor.workspace_id, conv_id, actor.user_id)
        assert me is not None
        if target is not None and (me.last_read_message_id or "") < target:
            me.last_read_message_id, me.last_read_at = target, utcnow()
        s.flush()
        marker = me.last_read_message_id
        unread = repo.unread_counts(s, actor.workspace_id, actor.user_id, [conv_id]).get(conv_id, 0)
    events.publish(
        bus,
        actor.workspace_id,
        access.member_ids,
        events.CONVERSATION_READ,
        conversation_id=conv_id,
        user_id=actor.user_id,
        last_read_message_id=marker,
    )
    return ReadOut(conversation_id=conv_id, last_read_message_id=marker, unread=unread)
