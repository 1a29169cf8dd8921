"""Chat's real-time events: published to the members of a conversation after the change
commits, and rendered per recipient when delivered.

The bus carries identifiers only. Delivery loads what an event names with the recipient's
own rights at that moment: a message is sent to a recipient who is (still) a member of its
conversation, and nothing is sent for a message deleted in the meantime."""

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
    out: dict[str, Any] = {"type": event.type, **event.data}
    if event.type not in _WITH_MESSAGE:
        return out
    message_id = event.data.get("message_id")
    if message_id is None or actor.user_id is None:
        return None
    with db.read() as s:
        row = repo.message(s, actor.workspace_id, message_id)
        if (
            row is None
            or repo.member(s, actor.workspace_id, row.conversation_id, actor.user_id) is None
        ):
            return None
        out["message"] = messages_out(s, keyring.cipher(s, actor.workspace_id), [row])[
            0
        ].model_dump(mode="json")
    return out
