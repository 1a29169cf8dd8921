"""Chat objects for the access matrix: a conversation the target user alone is in, a message
of theirs in it, a file they sent there."""

from __future__ import annotations

from callvault.comms.chat import attachments, messages
from callvault.comms.chat import service as chat
from callvault.comms.chat.schemas import ConversationIn
from callvault.core.context import Actor
from callvault.wiring import Container


def _as_user(workspace_id: str, user_id: str) -> Actor:
    return Actor(
        workspace_id=workspace_id,
        actor_type="user",
        actor_id=user_id,
        role="member",
        user_id=user_id,
    )


def conversation_of(c: Container, workspace_id: str, user_id: str) -> str:
    out, _ = chat.create_conversation(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        bus=c.bus,
        actor=_as_user(workspace_id, user_id),
        data=ConversationIn(kind="group", member_ids=[], title="Matrix room"),
    )
    return out.id


def message_of(c: Container, workspace_id: str, user_id: str) -> str:
    conv = conversation_of(c, workspace_id, user_id)
    return messages.post_message(
        c.db,
        keyring=c.keyring,
        bus=c.bus,
        actor=_as_user(workspace_id, user_id),
        conversation_id=conv,
        body="matrix message",
    ).id


def attachment_of(c: Container, workspace_id: str, user_id: str) -> str:
    conv = conversation_of(c, workspace_id, user_id)
    out = attachments.upload_attachment(
        c.db,
        keyring=c.keyring,
        blobs=c.blobs,
        bus=c.bus,
        actor=_as_user(workspace_id, user_id),
        conversation_id=conv,
        filename="matrix.txt",
        content_type="text/plain",
        chunks=[b"matrix file"],
    )
    assert out.attachment is not None
    return out.attachment.id
