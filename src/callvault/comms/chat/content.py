"""Sealing and opening chat content: message bodies, attachment file names, group titles,
each bound to its own object id and field."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from callvault.comms.chat import repository as repo
from callvault.comms.chat.models import Attachment, Conversation, Message
from callvault.comms.chat.schemas import AttachmentOut, MessageOut
from callvault.crypto.cipher import WorkspaceCipher
from callvault.retention_clock.cutoff import cutoff
from callvault.retention_clock.data_types import DataType

MESSAGE_KIND = "chat_message"
ATTACHMENT_KIND = "chat_attachment"


def seal_body(cipher: WorkspaceCipher, message_id: str, body: str) -> bytes:
    return cipher.seal_text(body, kind=MESSAGE_KIND, object_id=message_id, field="body")


def attachment_out(cipher: WorkspaceCipher, row: Attachment) -> AttachmentOut:
    name = cipher.open_text(
        row.filename_sealed, kind=ATTACHMENT_KIND, object_id=row.id, field="filename"
    )
    return AttachmentOut(id=row.id, filename=name, content_type=row.content_type, size=row.size)


def messages_out(
    session: Session, cipher: WorkspaceCipher, rows: Sequence[Message]
) -> list[MessageOut]:
    files = repo.attachments_for(session, cipher.workspace_id, [m.id for m in rows])
    oldest = cutoff(session, cipher.workspace_id, DataType.CHAT_ATTACHMENTS)
    if oldest is not None:  # an expired file is invisible at once, even in its message
        files = {k: a for k, a in files.items() if a.created_at >= oldest}
    out = []
    for m in rows:
        body = None
        if m.body_sealed is not None:
            body = cipher.open_text(m.body_sealed, kind=MESSAGE_KIND, object_id=m.id, field="body")
        file = files.get(m.id)
        out.append(
            MessageOut(
                id=m.id,
                conversation_id=m.conversation_id,
                sender_id=m.sender_id,
                body=body,
                created_at=m.created_at,
                edited_at=m.edited_at,
                attachment=attachment_out(cipher, file) if file else None,
            )
        )
    return out


CONVERSATION_KIND = "chat_conversation"


def seal_title(cipher: WorkspaceCipher, conversation_id: str, title: str) -> bytes:
    return cipher.seal_text(title, kind=CONVERSATION_KIND, object_id=conversation_id, field="title")


def open_title(cipher: WorkspaceCipher, conv: Conversation) -> str | None:
    if conv.title_sealed is None:
        return None
    return cipher.open_text(
        conv.title_sealed, kind=CONVERSATION_KIND, object_id=conv.id, field="title"
    )
