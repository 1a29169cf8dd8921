"""Delivering a voicemail message from the telephony side (`ingest_message`): the audio
streams into the encrypted blob store, is decoded back with PyAV, and only then does the
message exist; the `on_received` hooks run in that same transaction. A refused, damaged or
cut-off upload leaves neither row nor blob. Runs in a worker thread."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from callvault.comms.audio.stored import store_audio
from callvault.comms.calls.values import normalise_number
from callvault.comms.voicemail import repository as repo
from callvault.comms.voicemail.access import existing_mailbox
from callvault.comms.voicemail.errors import InvalidCaller
from callvault.comms.voicemail.hooks import VoicemailHooks, VoicemailReceived
from callvault.comms.voicemail.media import MESSAGE_KIND, apply_audio
from callvault.comms.voicemail.models import UPLOADING, VoicemailMessage
from callvault.comms.voicemail.schemas import VoicemailOut
from callvault.comms.voicemail.service import NUMBER_INDEX_FIELD, message_out
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.audit.service import AuditLog
from callvault.identity import service as identity
from callvault.storage.blobstore import Chunk
from callvault.storage.encrypted import EncryptedBlobStore


def ingest_message(
    db: Database,
    *,
    keyring: Keyring,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    hooks: VoicemailHooks,
    actor: Actor,
    mailbox_id: str,
    caller_number: str | None,
    caller_user_id: str | None,
    caller_contact_id: str | None,
    received_at: datetime | None,
    chunks: Iterable[Chunk],
) -> VoicemailOut:
    """Store one message for a mailbox; at most one caller field (none: caller unknown)."""
    require(actor.role, actor.scopes, Permission.VOICEMAIL_INGEST)
    given = [x for x in (caller_number, caller_user_id, caller_contact_id) if x is not None]
    if len(given) > 1:
        raise InvalidCaller("Give at most one of caller_number, caller_user_id, caller_contact_id.")
    number = normalise_number(caller_number, field="caller_number") if caller_number else None
    ws = actor.workspace_id
    with db.write() as session:
        existing_mailbox(session, actor, mailbox_id)
        if caller_user_id is not None:
            try:
                identity.get_user_row(session, actor, caller_user_id)
            except NotFound:
                raise InvalidCaller(
                    "No such user in this workspace.", field="caller_user_id"
                ) from None
        row = VoicemailMessage(
            workspace_id=ws,
            user_id=mailbox_id,
            state=UPLOADING,
            caller_user_id=caller_user_id,
            caller_contact_id=caller_contact_id,
            received_at=(received_at or utcnow()).astimezone(UTC),
        )
        session.add(row)
        session.flush()
        if number is not None:
            cipher = keyring.cipher(session, ws)
            row.caller_number_sealed = cipher.seal_text(
                number, kind="voicemail", object_id=row.id, field="caller_number"
            )
            row.caller_number_index = cipher.blind_index(number, field=NUMBER_INDEX_FIELD)
        message_id = row.id
    try:
        stored = store_audio(
            db, blobs, workspace_id=ws, kind=MESSAGE_KIND, object_id=message_id, chunks=chunks
        )
        with db.write() as session:
            current = repo.message(session, ws, message_id)
            if current is None:  # the mailbox was deleted while bytes arrived
                raise NotFound("Mailbox not found.", object_type="mailbox")
            apply_audio(current, stored)
            session.flush()
            hooks.received(
                session,
                VoicemailReceived(
                    workspace_id=ws,
                    message_id=message_id,
                    mailbox_id=mailbox_id,
                    duration_ms=stored.info.duration_ms,
                    media_type=stored.info.media_type,
                ),
            )
            audit.record(
                session,
                workspace_id=ws,
                actor=actor,
                action="voicemail.create",
                object_type="voicemail",
                object_id=message_id,
                details={"mailbox_id": mailbox_id, "duration_ms": stored.info.duration_ms},
            )
            return message_out(keyring.cipher(session, ws), current)
    except BaseException:
        blobs.delete(workspace_id=ws, kind=MESSAGE_KIND, object_id=message_id)
        with db.write() as session:
            repo.delete_messages(session, ws, [message_id])
        raise
