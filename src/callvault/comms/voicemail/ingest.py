"""Delivering a voicemail message from the telephony side (`ingest_message`): the audio
streams into the encrypted blob store, is decoded back with PyAV, and only then does the
message exist; the `on_received` hooks run in that same transaction. A refused, damaged or
cut-off upload leaves neither row nor blob. Runs in a worker thread.

A phone system that retries a delivery sends the same Idempotency-Key (per mailbox): the key
is reserved with the message's row, and a retry with the same bytes gets the message already
stored (`Delivered.replayed`), one with other bytes a conflict. Key and audio digest are kept
only as keyed blind indexes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.audio.stored import store_audio
from callvault.comms.calls.values import normalise_number
from callvault.comms.contacts import links as contact_links
from callvault.comms.voicemail import repository as repo
from callvault.comms.voicemail.access import existing_mailbox
from callvault.comms.voicemail.errors import DeliveryConflict, DeliveryInProgress, InvalidCaller
from callvault.comms.voicemail.hooks import VoicemailHooks, VoicemailReceived
from callvault.comms.voicemail.media import MESSAGE_KIND, apply_audio
from callvault.comms.voicemail.models import UPLOADING, VoicemailDelivery, VoicemailMessage
from callvault.comms.voicemail.schemas import VoicemailOut
from callvault.comms.voicemail.service import NUMBER_INDEX_FIELD, message_out
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import service as identity
from callvault.storage.blobstore import Chunk
from callvault.storage.encrypted import EncryptedBlobStore

KEY_INDEX_FIELD = "voicemail.delivery_key"
CONTENT_INDEX_FIELD = "voicemail.delivery_content"


@dataclass(frozen=True, slots=True)
class Delivered:
    message: VoicemailOut
    replayed: bool  # an earlier delivery with the same idempotency key and bytes


class _Digest:
    """Passes chunks through, hashing them on the way (the audio's fingerprint for replays)."""

    def __init__(self, chunks: Iterable[Chunk]) -> None:
        self._chunks, self._hash = chunks, hashlib.sha256()

    def __iter__(self) -> Iterator[Chunk]:
        for chunk in self._chunks:
            self._hash.update(chunk)
            yield chunk

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


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
    return deliver_message(
        db,
        keyring=keyring,
        blobs=blobs,
        audit=audit,
        hooks=hooks,
        actor=actor,
        mailbox_id=mailbox_id,
        caller_number=caller_number,
        caller_user_id=caller_user_id,
        caller_contact_id=caller_contact_id,
        received_at=received_at,
        idempotency_key=None,
        chunks=chunks,
    ).message


def _replay(
    db: Database,
    keyring: Keyring,
    *,
    workspace_id: str,
    message_id: str,
    content_index: str | None,
    chunks: Iterable[Chunk],
) -> Delivered:
    digest = _Digest(chunks)
    for _ in digest:  # the retried body is read to compare it, never stored
        pass
    with db.read() as session:
        cipher = keyring.cipher(session, workspace_id)
        same = content_index == cipher.blind_index(digest.hexdigest(), field=CONTENT_INDEX_FIELD)
        row = repo.ready_message(session, workspace_id, message_id)
        if not same or row is None:
            raise DeliveryConflict(
                "This Idempotency-Key was used for a different message.",
                field="idempotency-key",
            )
        return Delivered(message=message_out(cipher, row), replayed=True)


def deliver_message(
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
    idempotency_key: str | None,
    chunks: Iterable[Chunk],
) -> Delivered:
    """Store one message for a mailbox, or (same idempotency key, same bytes) answer with
    the message an earlier delivery stored."""
    require(actor.role, actor.scopes, Permission.VOICEMAIL_INGEST)
    given = [x for x in (caller_number, caller_user_id, caller_contact_id) if x is not None]
    if len(given) > 1:
        raise InvalidCaller("Give at most one of caller_number, caller_user_id, caller_contact_id.")
    number = normalise_number(caller_number, field="caller_number") if caller_number else None
    ws = actor.workspace_id
    earlier: VoicemailDelivery | None = None
    try:
        with db.write() as session:
            existing_mailbox(session, actor, mailbox_id)
            key_index = None
            if idempotency_key is not None:
                key_index = keyring.cipher(session, ws).blind_index(
                    idempotency_key, field=KEY_INDEX_FIELD
                )
                earlier = repo.delivery(session, ws, mailbox_id, key_index)
                if earlier is not None and earlier.content_index is None:
                    raise DeliveryInProgress(
                        "A delivery with this Idempotency-Key is still arriving; retry later."
                    )
            if earlier is None:
                message_id = _reserve(
                    session,
                    keyring,
                    actor=actor,
                    mailbox_id=mailbox_id,
                    number=number,
                    caller_user_id=caller_user_id,
                    caller_contact_id=caller_contact_id,
                    received_at=received_at,
                    key_index=key_index,
                )
    except IntegrityError:  # a concurrent delivery reserved the same key first
        raise DeliveryInProgress(
            "A delivery with this Idempotency-Key is still arriving; retry later."
        ) from None
    if earlier is not None:
        return _replay(
            db,
            keyring,
            workspace_id=ws,
            message_id=earlier.message_id,
            content_index=earlier.content_index,
            chunks=chunks,
        )
    digest = _Digest(chunks)
    try:
        stored = store_audio(
            db, blobs, workspace_id=ws, kind=MESSAGE_KIND, object_id=message_id, chunks=digest
        )
        with db.write() as session:
            current = repo.message(session, ws, message_id)
            if current is None:  # the mailbox was deleted while bytes arrived
                raise NotFound("Mailbox not found.", object_type="mailbox")
            apply_audio(current, stored)
            cipher = keyring.cipher(session, ws)
            if key_index is not None:
                reserved = repo.delivery(session, ws, mailbox_id, key_index)
                if reserved is not None:
                    reserved.content_index = cipher.blind_index(
                        digest.hexdigest(), field=CONTENT_INDEX_FIELD
                    )
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
            return Delivered(message=message_out(cipher, current), replayed=False)
    except BaseException:
        blobs.delete(workspace_id=ws, kind=MESSAGE_KIND, object_id=message_id)
        with db.write() as session:
            repo.delete_messages(session, ws, [message_id])  # and the key it reserved
        raise


def _reserve(
    session: Session,
    keyring: Keyring,
    *,
    actor: Actor,
    mailbox_id: str,
    number: str | None,
    caller_user_id: str | None,
    caller_contact_id: str | None,
    received_at: datetime | None,
    key_index: str | None,
) -> str:
    """The message's row, 'uploading' until its bytes are stored (and its delivery key)."""
    ws = actor.workspace_id
    if caller_user_id is not None:
        try:
            identity.get_user_row(session, actor, caller_user_id)
        except NotFound:
            raise InvalidCaller("No such user in this workspace.", field="caller_user_id") from None
    if caller_contact_id is not None:
        contact_links.check_contact(session, ws, caller_contact_id, field="caller_contact_id")
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
        row.caller_contact_id = contact_links.contact_for_number(
            session, ws, number_index=row.caller_number_index, users=[mailbox_id]
        )
    if key_index is not None:
        session.add(
            VoicemailDelivery(
                workspace_id=ws, mailbox_id=mailbox_id, key_index=key_index, message_id=row.id
            )
        )
        session.flush()
    return row.id
