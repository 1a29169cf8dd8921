"""Voicemail greetings: one per user. Uploaded (streamed, validated like any audio) by the
user or an admin; replacing one removes the old blob after the commit. Read by the user,
admins, and the telephony side (which plays it to callers: voicemail.ingest)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.audio import links
from callvault.comms.audio.ranges import AudioBody
from callvault.comms.audio.stored import discard_after_commit, store_audio
from callvault.comms.voicemail import repository as repo
from callvault.comms.voicemail.access import existing_mailbox, may_manage
from callvault.comms.voicemail.errors import GreetingNotFound, GreetingTooLong, MailboxNotFound
from callvault.comms.voicemail.media import (
    GREETING_KIND,
    PLAYBACK_PATH,
    apply_audio,
    audio_out,
    audited_body,
)
from callvault.comms.voicemail.models import READY, UPLOADING, VoicemailGreeting
from callvault.comms.voicemail.schemas import GreetingOut, VoicemailDeletionOut
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, allows, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.storage.blobstore import Chunk
from callvault.storage.encrypted import EncryptedBlobStore

# What callers sit through before the tone. Phone systems allow a minute or three; five is
# generous, and without a bound a member could store hours (an outside probe set 4 h).
MAX_GREETING_SECONDS = 300


def greeting_out(row: VoicemailGreeting) -> GreetingOut:
    return GreetingOut(
        id=row.id, mailbox_id=row.user_id, created_at=row.created_at, audio=audio_out(row)
    )


def _managed_mailbox(session: Session, actor: Actor, mailbox_id: str) -> str:
    require(actor.role, actor.scopes, Permission.VOICEMAIL_GREETING)
    if not may_manage(actor, mailbox_id):
        raise MailboxNotFound("Mailbox not found.", object_type="mailbox")
    return existing_mailbox(session, actor, mailbox_id)


def readable_greeting(session: Session, actor: Actor, mailbox_id: str) -> VoicemailGreeting:
    """The mailbox's ready greeting if the actor may hear it (its owner, an admin, or the
    telephony side); GreetingNotFound otherwise."""
    may = may_manage(actor, mailbox_id) and allows(
        actor.role, Permission.VOICEMAIL_GREETING, actor.scopes
    )
    if not may and not allows(actor.role, Permission.VOICEMAIL_INGEST, actor.scopes):
        require(actor.role, actor.scopes, Permission.VOICEMAIL_GREETING)  # 403 if no role
        raise GreetingNotFound("Greeting not found.", object_type="voicemail_greeting")
    row = repo.ready_greeting(session, actor.workspace_id, mailbox_id)
    if row is None:
        raise GreetingNotFound("Greeting not found.", object_type="voicemail_greeting")
    return row


def upload_greeting(
    db: Database,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    actor: Actor,
    mailbox_id: str,
    chunks: Iterable[Chunk],
) -> GreetingOut:
    """Set (or replace) a user's greeting from a stream of audio bytes. Runs in a thread."""
    ws = actor.workspace_id
    with db.write() as session:
        _managed_mailbox(session, actor, mailbox_id)
        row = VoicemailGreeting(workspace_id=ws, user_id=mailbox_id, state=UPLOADING)
        session.add(row)
        session.flush()
        greeting_id = row.id
    try:
        stored = store_audio(
            db, blobs, workspace_id=ws, kind=GREETING_KIND, object_id=greeting_id, chunks=chunks
        )
        if stored.info.duration_ms > MAX_GREETING_SECONDS * 1000:
            raise GreetingTooLong(
                f"A greeting may last at most {MAX_GREETING_SECONDS // 60} minutes; this one "
                f"lasts {stored.info.duration_ms // 1000} s.",
                maximum_seconds=MAX_GREETING_SECONDS,
            )
        with db.write() as session:
            current = repo.greeting(session, ws, greeting_id)
            if current is None:
                raise MailboxNotFound("Mailbox not found.", object_type="mailbox")
            apply_audio(current, stored)
            # Older greetings go (not uploads still in flight: theirs finish or fail alone).
            older = [
                g.id
                for g in repo.greetings(session, ws, mailbox_id)
                if g.id != greeting_id and g.state == READY
            ]
            repo.delete_greetings(session, ws, older)
            discard_after_commit(
                session, blobs, workspace_id=ws, kind=GREETING_KIND, object_ids=older
            )
            session.flush()
            audit.record(
                session,
                workspace_id=ws,
                actor=actor,
                action="voicemail_greeting.set",
                object_type="voicemail_greeting",
                object_id=greeting_id,
                details={"mailbox_id": mailbox_id, "replaced": len(older)},
            )
            return greeting_out(current)
    except BaseException:
        blobs.delete(workspace_id=ws, kind=GREETING_KIND, object_id=greeting_id)
        with db.write() as session:
            repo.delete_greetings(session, ws, [greeting_id])
        raise


def get_greeting(session: Session, *, actor: Actor, mailbox_id: str) -> GreetingOut:
    return greeting_out(readable_greeting(session, actor, mailbox_id))


def read_audio(
    session: Session,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    actor: Actor,
    mailbox_id: str,
    range_header: str | None,
) -> AudioBody:
    row = readable_greeting(session, actor, mailbox_id)
    return audited_body(
        session,
        blobs=blobs,
        audit=audit,
        actor=actor,
        workspace_id=row.workspace_id,
        kind=GREETING_KIND,
        object_id=row.id,
        row=row,
        range_header=range_header,
        via="api",
    )


def playback_link(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, mailbox_id: str
) -> tuple[str, datetime]:
    row = readable_greeting(session, actor, mailbox_id)
    url, expires = links.issue(
        session,
        keyring,
        audit,
        actor=actor,
        kind=GREETING_KIND,
        object_type="voicemail_greeting",
        object_id=row.id,
        path=PLAYBACK_PATH,
    )
    return url, expires


def delete_greeting(
    session: Session,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    actor: Actor,
    mailbox_id: str,
) -> VoicemailDeletionOut:
    _managed_mailbox(session, actor, mailbox_id)
    row = repo.ready_greeting(session, actor.workspace_id, mailbox_id)
    if row is None:
        raise GreetingNotFound("Greeting not found.", object_type="voicemail_greeting")
    repo.delete_greetings(session, actor.workspace_id, [row.id])
    discard_after_commit(
        session, blobs, workspace_id=actor.workspace_id, kind=GREETING_KIND, object_ids=[row.id]
    )
    deleted_at = utcnow()
    receipt = audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="voicemail_greeting.delete",
        object_type="voicemail_greeting",
        object_id=row.id,
        details={"mailbox_id": mailbox_id},
    )
    return VoicemailDeletionOut(
        receipt_id=receipt,
        object_type="voicemail_greeting",
        object_id=row.id,
        deleted_at=deleted_at,
    )
