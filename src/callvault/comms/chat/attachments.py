"""Attachments: a file sent as its own message, stored as an encrypted blob.

Upload streams: the bytes are encrypted into the blob store as they arrive (memory stays
flat whatever the size), and only once the whole body has been stored is the message row
written, in one short transaction. An upload cut off mid-stream, over the size limit or
refused for any other reason leaves nothing behind: the blob store drops its partial write
and no row was ever written; a row insert that fails removes the blob it would have named.
File names are sealed; content type and size are recorded in plain (what a download needs).
Every download is audited."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from callvault.audit.service import AuditLog
from callvault.comms.chat import events
from callvault.comms.chat import repository as repo
from callvault.comms.chat.content import ATTACHMENT_KIND, attachment_out, messages_out
from callvault.comms.chat.errors import (
    AttachmentNotFound,
    ConversationNotFound,
    InvalidAttachment,
)
from callvault.comms.chat.messages import add_message
from callvault.comms.chat.models import Attachment
from callvault.comms.chat.schemas import AttachmentOut, MessageOut
from callvault.comms.chat.visibility import readable, writable
from callvault.core.context import Actor
from callvault.core.ids import is_valid_id, new_id
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.realtime.bus import Bus
from callvault.retention_clock.cutoff import is_expired
from callvault.retention_clock.data_types import DataType
from callvault.storage.blobstore import Chunk
from callvault.storage.encrypted import EncryptedBlobStore

MAX_FILENAME = 255
DEFAULT_TYPE = "application/octet-stream"
_CONTENT_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$")


def clean_filename(raw: str) -> str:
    """The last path segment, NFC, without control characters; InvalidAttachment if empty."""
    name = unicodedata.normalize("NFC", raw).replace("\\", "/").rsplit("/", 1)[-1].strip()
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise InvalidAttachment("The file name has control characters.", field="filename")
    if not name or name in (".", "..") or len(name) > MAX_FILENAME:
        raise InvalidAttachment(f"A file name is 1 to {MAX_FILENAME} characters.", field="filename")
    return name


def clean_content_type(raw: str | None) -> str:
    """The media type without parameters, lower-cased; octet-stream when none is given."""
    value = (raw or "").split(";", 1)[0].strip().lower()
    if not value:
        return DEFAULT_TYPE
    if not _CONTENT_TYPE.match(value):
        raise InvalidAttachment("Not a valid content type.", field="content-type")
    return value


def upload_attachment(
    db: Database,
    *,
    keyring: Keyring,
    blobs: EncryptedBlobStore,
    bus: Bus,
    actor: Actor,
    conversation_id: str,
    filename: str,
    content_type: str | None,
    chunks: Iterable[Chunk],
) -> MessageOut:
    """Store a file (streamed) and send it to a conversation the actor is in."""
    require(actor.role, actor.scopes, Permission.CHAT_WRITE)
    name = clean_filename(filename)
    media_type = clean_content_type(content_type)
    with db.read() as s:  # refuse before a byte is read
        writable(s, actor, conversation_id)
    attachment_id = new_id()
    where = {
        "workspace_id": actor.workspace_id,
        "kind": ATTACHMENT_KIND,
        "object_id": attachment_id,
    }
    with db.read() as s:
        info = blobs.put(s, chunks=chunks, **where)
    try:
        if info.size == 0:
            raise InvalidAttachment("The file is empty.", field="body")
        with db.write() as s:
            access = writable(s, actor, conversation_id)  # still a member after the upload
            cipher = keyring.cipher(s, actor.workspace_id)
            row = add_message(s, cipher, actor, access, None)
            file = Attachment(
                id=attachment_id,
                workspace_id=actor.workspace_id,
                conversation_id=row.conversation_id,
                message_id=row.id,
                filename_sealed=cipher.seal_text(
                    name, kind=ATTACHMENT_KIND, object_id=attachment_id, field="filename"
                ),
                content_type=media_type,
                size=info.size,
            )
            s.add(file)
            s.flush()
            out = messages_out(s, cipher, [row])[0]
    except BaseException:
        blobs.delete(**where)
        raise
    events.publish(
        bus,
        actor.workspace_id,
        access.member_ids,
        events.MESSAGE_CREATED,
        conversation_id=row.conversation_id,
        message_id=row.id,
    )
    return out


def open_attachment(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    blobs: EncryptedBlobStore,
    actor: Actor,
    attachment_id: str,
) -> tuple[AttachmentOut, Iterator[bytes]]:
    """The attachment's details and its bytes (streamed); the download is audited first."""
    require(actor.role, actor.scopes, Permission.CHAT_READ)
    with db.read() as s:
        row = (
            repo.attachment(s, actor.workspace_id, attachment_id)
            if is_valid_id(attachment_id)
            else None
        )
        if row is None or is_expired(
            s, actor.workspace_id, DataType.CHAT_ATTACHMENTS, row.created_at
        ):
            raise AttachmentNotFound("Attachment not found.", object_type="chat_attachment")
        try:
            access = readable(s, actor, row.conversation_id)
        except ConversationNotFound:
            raise AttachmentNotFound(
                "Attachment not found.", object_type="chat_attachment"
            ) from None
        audit.record_read(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="chat.attachment.read",
            object_type="chat_attachment",
            object_id=row.id,
            details={"conversation_id": row.conversation_id, "participant": access.is_member},
        )
        out = attachment_out(keyring.cipher(s, actor.workspace_id), row)
        data = blobs.open_range(
            s, workspace_id=actor.workspace_id, kind=ATTACHMENT_KIND, object_id=row.id
        )
    return out, data
