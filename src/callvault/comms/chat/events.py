"""Chat's real-time events: published to the members of a conversation after the change
commits, and rendered per recipient when delivered.

The bus carries identifiers only. Delivery loads what an event names with the recipient's
own rights at that moment: an event about a conversation reaches a recipient only while they
are (still) a member of it, and nothing is sent for a message deleted in the meantime. So a
member removed from a conversation gets nothing more of it from the moment the removal
commits, even events addressed to them before it did. Two events are addressed to people who
are no longer members: `conversation.member_removed` to the removed user, and
`conversation.deleted` (the conversation is gone; its members at the time are told)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from callvault.comms.chat import repository as repo
from callvault.comms.chat.content import messages_out
from callvault.core.context import Actor
from callvault.core.permissions import Permission, allows
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.realtime.bus import Bus, Event

MESSAGE_CREATED = "message.created"
MESSAGE_EDITED = "message.edited"
MESSAGE_DELETED = "message.deleted"
CONVERSATION_CREATED = "conversation.created"
CONVERSATION_READ = "conversation.read"
CONVERSATION_DELETED = "conversation.deleted"
CONVERSATION_UPDATED = "conversation.updated"
MEMBER_ADDED = "conversation.member_added"
MEMBER_REMOVED = "conversation.member_removed"
MESSAGES_DELETED = "conversation.messages_deleted"  # a bulk deletion: refetch
_WITH_MESSAGE = frozenset({MESSAGE_CREATED, MESSAGE_EDITED})


def publish(
    bus: Bus, workspace_id: str, member_ids: Iterable[str], kind: str, **data: str | None
) -> None:
    bus.publish(workspace_id, member_ids, Event(type=kind, workspace_id=workspace_id, data=data))


def may_receive(actor: Actor) -> bool:
    """Whether the actor may hold a live chat connection at all."""
    return allows(actor.role, Permission.CHAT_READ, actor.scopes)


def render(db: Database, *, keyring: Keyring, actor: Actor, event: Event) -> dict[str, Any] | None:
    """The event as the recipient sees it, or None when there is nothing for them."""
    if event.workspace_id != actor.workspace_id or not may_receive(actor):
        return None
    if actor.user_id is None:
        return None
    out: dict[str, Any] = {"type": event.type, **event.data}
    if event.type == CONVERSATION_DELETED:
        return out
    if event.type == MEMBER_REMOVED and event.data.get("user_id") == actor.user_id:
        return out
    conversation_id = event.data.get("conversation_id")
    if conversation_id is None:
        return None
    with db.read() as s:
        if repo.member(s, actor.workspace_id, conversation_id, actor.user_id) is None:
            return None
        if event.type not in _WITH_MESSAGE:
            return out
        message_id = event.data.get("message_id")
        row = repo.message(s, actor.workspace_id, message_id) if message_id else None
        if row is None or row.conversation_id != conversation_id:
            return None
        cipher = keyring.cipher(s, actor.workspace_id)
        out["message"] = messages_out(s, cipher, [row])[0].model_dump(mode="json")
    return out
