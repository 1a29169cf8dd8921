"""Group membership after creation: add members, remove one, leave, rename the group.

Any member of a group adds active users of the workspace and renames it; removing someone
else takes the group's creator (while still a member) or an admin (`chat.manage_members`);
anyone leaves. A 1:1 conversation is between its two people for good: every change to it is
refused (409), start a group instead. An added member sees the group's history (it is one
shared conversation) with their read marker at its newest message, so the history does not
count as unread. A removed member's row goes, and with it their read marker, unread count and
read access; the last member leaving deletes nothing (deletion is always an explicit, audited
act): the conversation stays for admins to see and delete.

Each change is audited (ids only, never the title) and published after the commit to the
members and to the user added or removed."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from callvault.audit.service import AuditLog
from callvault.comms.chat import events
from callvault.comms.chat import repository as repo
from callvault.comms.chat.content import seal_title
from callvault.comms.chat.errors import (
    ConversationNotFound,
    DirectConversationFixed,
    InvalidMembers,
    MemberNotFound,
    NotConversationManager,
)
from callvault.comms.chat.models import Conversation, ConversationMember
from callvault.comms.chat.schemas import MAX_GROUP_SIZE, ConversationOut, MemberRemovedOut
from callvault.comms.chat.service import check_members, conversations_out
from callvault.comms.chat.visibility import readable, writable
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import is_valid_id
from callvault.core.permissions import Permission, allows, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.realtime.bus import Bus


def _group_only(conv: Conversation) -> None:
    if conv.kind != "group":
        raise DirectConversationFixed(
            "A 1:1 conversation keeps its two members and has no title; start a group instead.",
            conversation_id=conv.id,
        )


def add_members(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    bus: Bus,
    actor: Actor,
    conversation_id: str,
    user_ids: list[str],
) -> ConversationOut:
    """Add workspace users to a group the actor is in; users already in it are skipped."""
    with db.write() as s:
        access = writable(s, actor, conversation_id)
        conv = access.conversation
        _group_only(conv)
        wanted = set(user_ids) - access.member_ids
        check_members(s, actor, wanted)
        if len(access.member_ids) + len(wanted) > MAX_GROUP_SIZE:
            raise InvalidMembers(f"A group has at most {MAX_GROUP_SIZE} members.", field="user_ids")
        marker = repo.latest_message_id(s, actor.workspace_id, conv.id)
        now = utcnow()
        added: list[str] = []
        for user_id in sorted(wanted):
            try:
                with s.begin_nested():  # added concurrently by someone else: already in
                    s.add(
                        ConversationMember(
                            conversation_id=conv.id,
                            user_id=user_id,
                            workspace_id=actor.workspace_id,
                            joined_at=now,
                            last_read_message_id=marker,
                            last_read_at=now if marker else None,
                        )
                    )
                    s.flush()
            except IntegrityError:
                continue
            added.append(user_id)
            audit.record(
                s,
                workspace_id=actor.workspace_id,
                actor=actor,
                action="chat.member.add",
                object_type="chat_conversation",
                object_id=conv.id,
                details={"user_id": user_id},
            )
        out = conversations_out(s, keyring.cipher(s, actor.workspace_id), actor, [conv])[0]
    recipients = access.member_ids | set(added)
    for user_id in added:
        events.publish(
            bus,
            actor.workspace_id,
            recipients,
            events.MEMBER_ADDED,
            conversation_id=conv.id,
            user_id=user_id,
            by=actor.user_id,
        )
    return out


def remove_member(
    db: Database,
    *,
    audit: AuditLog,
    bus: Bus,
    actor: Actor,
    conversation_id: str,
    user_id: str,
) -> MemberRemovedOut:
    """Take a member out of a group (the actor themselves: leave)."""
    require(actor.role, actor.scopes, Permission.CHAT_WRITE)
    with db.write() as s:
        access = readable(s, actor, conversation_id)
        conv = access.conversation
        left = access.is_member and user_id == actor.user_id
        creator = access.is_member and conv.created_by == actor.user_id
        if not (
            left or creator or allows(actor.role, Permission.CHAT_MANAGE_MEMBERS, actor.scopes)
        ):
            if not access.is_member:  # as for every write: a non-member finds nothing
                raise ConversationNotFound(
                    "Conversation not found.", object_type="chat_conversation"
                )
            raise NotConversationManager("Only the group's creator or an admin removes members.")
        _group_only(conv)
        if not is_valid_id(user_id) or user_id not in access.member_ids:
            raise MemberNotFound("Not a member of this conversation.", object_type="user")
        repo.delete_member(s, actor.workspace_id, conv.id, user_id)
        audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="chat.member.leave" if left else "chat.member.remove",
            object_type="chat_conversation",
            object_id=conv.id,
            details={"user_id": user_id, "members_left": len(access.member_ids) - 1},
        )
    events.publish(
        bus,
        actor.workspace_id,
        access.member_ids,  # still including the removed user, who is told too
        events.MEMBER_REMOVED,
        conversation_id=conv.id,
        user_id=user_id,
        by=actor.user_id,
    )
    return MemberRemovedOut(conversation_id=conv.id, user_id=user_id, left=left)


def rename_conversation(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    bus: Bus,
    actor: Actor,
    conversation_id: str,
    title: str | None,
) -> ConversationOut:
    """Set (or, with None, clear) the title of a group the actor is in."""
    with db.write() as s:
        access = writable(s, actor, conversation_id)
        conv = access.conversation
        _group_only(conv)
        cipher = keyring.cipher(s, actor.workspace_id)
        conv.title_sealed = seal_title(cipher, conv.id, title) if title is not None else None
        s.flush()
        audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="chat.conversation.rename",
            object_type="chat_conversation",
            object_id=conv.id,
            details={"cleared": title is None},  # never the title: it is content
        )
        out = conversations_out(s, cipher, actor, [conv])[0]
    events.publish(
        bus,
        actor.workspace_id,
        access.member_ids,
        events.CONVERSATION_UPDATED,
        conversation_id=conv.id,
    )
    return out
