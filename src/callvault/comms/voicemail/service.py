"""Voicemail message use cases: list (filters: mailbox, unread, dates), unread count, read
one, mark read/unread, play (by range or through a playback link; audited), delete.

A message another user may not read answers 404, whoever's it is."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.audio import links
from callvault.comms.audio.ranges import AudioBody
from callvault.comms.audio.renditions import RenditionPolicy
from callvault.comms.audio.stored import discard_after_commit
from callvault.comms.contacts import service as contacts
from callvault.comms.cursors import decode_cursor, encode_cursor
from callvault.comms.voicemail import repository as repo
from callvault.comms.voicemail.access import may_manage, may_read, readable_mailboxes
from callvault.comms.voicemail.errors import VoicemailNotFound
from callvault.comms.voicemail.greetings import readable_greeting
from callvault.comms.voicemail.media import (
    GREETING_KIND,
    MESSAGE_KIND,
    PLAYBACK_PATH,
    audio_out,
    audited_body,
)
from callvault.comms.voicemail.models import VoicemailGreeting, VoicemailMessage
from callvault.comms.voicemail.schemas import (
    PAGE_MAX,
    CallerOut,
    UnreadCountOut,
    VoicemailDeletionOut,
    VoicemailOut,
    VoicemailPageOut,
)
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import InvalidInput, NotFound, PermissionDenied
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring, WorkspaceCipher
from callvault.retention_clock.cutoff import cutoff, is_expired
from callvault.retention_clock.data_types import DataType
from callvault.storage.encrypted import EncryptedBlobStore

NUMBER_INDEX_FIELD = "call.number"  # the call log's: one number matches calls and voicemail
_NOT_FOUND = "Voicemail not found."


def _caller(open_number: Callable[[str, bytes], str], row: VoicemailMessage) -> CallerOut:
    if row.caller_user_id:
        return CallerOut(kind="user", user_id=row.caller_user_id)
    number = open_number(row.id, row.caller_number_sealed) if row.caller_number_sealed else None
    if row.caller_contact_id:  # given by the phone system, or linked by the number
        return CallerOut(kind="contact", contact_id=row.caller_contact_id, number=number)
    if number is not None:
        return CallerOut(kind="number", number=number)
    return CallerOut(kind="unknown")


def messages_out(cipher: WorkspaceCipher, rows: Iterable[VoicemailMessage]) -> list[VoicemailOut]:
    """Output models; the callers' numbers opened with one opener per page."""
    open_number = cipher.text_opener(kind="voicemail", field="caller_number")
    return [
        VoicemailOut(
            id=row.id,
            mailbox_id=row.user_id,
            caller=_caller(open_number, row),
            received_at=row.received_at,
            read=row.read_at is not None,
            read_at=row.read_at,
            audio=audio_out(row),
        )
        for row in rows
    ]


def message_out(cipher: WorkspaceCipher, row: VoicemailMessage) -> VoicemailOut:
    return messages_out(cipher, [row])[0]


def _visible(session: Session, actor: Actor, message_id: str) -> VoicemailMessage:
    mailboxes = readable_mailboxes(session, actor)
    row = repo.ready_message(session, actor.workspace_id, message_id)
    if row is None or not may_read(mailboxes, row.user_id):
        raise VoicemailNotFound(_NOT_FOUND, object_type="voicemail")
    if is_expired(session, actor.workspace_id, DataType.VOICEMAIL, row.received_at):
        raise VoicemailNotFound(_NOT_FOUND, object_type="voicemail")
    return row


def visible_message(session: Session, actor: Actor, message_id: str) -> str:
    """The mailbox of a message the actor may read (no audit: no content), else
    VoicemailNotFound; for other domains' data about a message (its transcript)."""
    require(actor.role, actor.scopes, Permission.VOICEMAIL_READ)
    return _visible(session, actor, message_id).user_id


def list_messages(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    mailbox_id: str | None,
    unread: bool | None,
    since: datetime | None,
    until: datetime | None,
    cursor: str | None = None,
    limit: int,
) -> VoicemailPageOut:
    """One page of the messages the actor may read, newest first (keyset cursor over
    (received_at, id): messages arriving while a client pages never shift its pages); an
    audited read (callers' numbers)."""
    if since and until and since >= until:
        raise InvalidInput("'since' must be before 'until'.", field="since")
    after = decode_cursor(cursor) if cursor else None
    limit = max(1, min(limit, PAGE_MAX))
    mailboxes = readable_mailboxes(session, actor)
    if mailbox_id is not None:
        mailboxes = frozenset({mailbox_id}) if may_read(mailboxes, mailbox_id) else frozenset()
    limit_at = cutoff(session, actor.workspace_id, DataType.VOICEMAIL)  # expired: invisible
    if limit_at is not None and (since is None or since < limit_at):
        since = limit_at
    rows = repo.messages(
        session,
        actor.workspace_id,
        mailboxes,
        unread=unread,
        since=since,
        until=until,
        after=after,
        limit=limit + 1,
    )
    more, rows = len(rows) > limit, rows[:limit]
    audit.record_read(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="voicemail.list",
        object_type="voicemail",
        details={"returned": len(rows), "unread": unread},
    )
    cipher = keyring.cipher(session, actor.workspace_id)
    last = rows[-1] if rows else None
    return VoicemailPageOut(
        messages=_named(session, keyring, actor, messages_out(cipher, rows)),
        next_cursor=encode_cursor(last.received_at, last.id) if more and last else None,
    )


def _named(
    session: Session, keyring: Keyring, actor: Actor, messages: list[VoicemailOut]
) -> list[VoicemailOut]:
    """The callers' contact names, where the actor may read those contacts (one query)."""
    parties = [m.caller for m in messages]
    contacts.name_parties(session, keyring=keyring, actor=actor, parties=parties)
    return messages


def unread_count(session: Session, *, actor: Actor, mailbox_id: str | None) -> UnreadCountOut:
    """How many unread messages a mailbox holds (the actor's own by default)."""
    mailboxes = readable_mailboxes(session, actor)
    target = mailbox_id or actor.user_id
    if target is None or not may_read(mailboxes, target):
        raise VoicemailNotFound("Mailbox not found.", object_type="mailbox")
    return UnreadCountOut(
        mailbox_id=target, unread=repo.unread_count(session, actor.workspace_id, target)
    )


def get_message(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, message_id: str
) -> VoicemailOut:
    row = _visible(session, actor, message_id)
    audit.record_read(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="voicemail.get",
        object_type="voicemail",
        object_id=row.id,
    )
    return _named(
        session, keyring, actor, [message_out(keyring.cipher(session, actor.workspace_id), row)]
    )[0]


def mark_message(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    message_id: str,
    read: bool,
) -> VoicemailOut:
    """Mark read or unread: the mailbox owner's inbox state, nobody else's to change."""
    row = _visible(session, actor, message_id)
    if row.user_id != actor.user_id:
        raise VoicemailNotFound(_NOT_FOUND, object_type="voicemail")
    if read and row.read_at is None:
        row.read_at = utcnow()
    elif not read:
        row.read_at = None
    session.flush()
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="voicemail.mark",
        object_type="voicemail",
        object_id=row.id,
        details={"read": read},
    )
    return message_out(keyring.cipher(session, actor.workspace_id), row)


def read_audio(
    session: Session,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    actor: Actor,
    message_id: str,
    range_header: str | None,
    renditions: RenditionPolicy | None = None,
) -> AudioBody:
    row = _visible(session, actor, message_id)
    return audited_body(
        session,
        blobs=blobs,
        audit=audit,
        actor=actor,
        workspace_id=row.workspace_id,
        kind=MESSAGE_KIND,
        object_id=row.id,
        row=row,
        range_header=range_header,
        via="api",
        renditions=renditions,
    )


def playback_link(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, message_id: str
) -> tuple[str, datetime]:
    row = _visible(session, actor, message_id)
    url, expires = links.issue(
        session,
        keyring,
        audit,
        actor=actor,
        kind=MESSAGE_KIND,
        object_type="voicemail",
        object_id=row.id,
        path=PLAYBACK_PATH,
    )
    return url, expires


def play_link(
    session: Session,
    *,
    keyring: Keyring,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    token: str,
    range_header: str | None,
    renditions: RenditionPolicy | None = None,
) -> AudioBody:
    """The audio a voicemail or greeting playback link grants, if the user who asked for it
    still may hear it (checked again now: still active, the mailbox still readable by them);
    audited as them."""
    grant = links.verify(session, keyring, token, kinds=(MESSAGE_KIND, GREETING_KIND))
    actor = links.holder(session, grant)
    row: VoicemailMessage | VoicemailGreeting | None = None
    try:
        if actor is not None and grant.kind == MESSAGE_KIND:
            row = _visible(session, actor, grant.object_id)
        elif actor is not None:
            greeting = repo.greeting(session, actor.workspace_id, grant.object_id)
            if greeting is not None:
                row = readable_greeting(session, actor, greeting.user_id)
    except (NotFound, PermissionDenied):
        row = None
    if actor is None or row is None or row.id != grant.object_id:
        raise VoicemailNotFound(_NOT_FOUND, object_type=grant.kind)
    return audited_body(
        session,
        blobs=blobs,
        audit=audit,
        actor=actor,
        workspace_id=actor.workspace_id,
        kind=grant.kind,
        object_id=row.id,
        row=row,
        range_header=range_header,
        via="link",
        renditions=renditions,
    )


def delete_message(
    session: Session,
    *,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    actor: Actor,
    message_id: str,
) -> VoicemailDeletionOut:
    """Delete a message (its mailbox owner or an admin): the row now, the blob after commit."""
    require(actor.role, actor.scopes, Permission.VOICEMAIL_DELETE)
    row = _visible(session, actor, message_id)
    if not may_manage(actor, row.user_id):
        raise VoicemailNotFound(_NOT_FOUND, object_type="voicemail")
    mailbox = row.user_id
    repo.delete_messages(session, actor.workspace_id, [row.id])
    discard_after_commit(
        session, blobs, workspace_id=actor.workspace_id, kind=MESSAGE_KIND, object_ids=[message_id]
    )
    deleted_at = utcnow()
    receipt = audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="voicemail.delete",
        object_type="voicemail",
        object_id=message_id,
        details={"mailbox_id": mailbox},
    )
    return VoicemailDeletionOut(
        receipt_id=receipt, object_type="voicemail", object_id=message_id, deleted_at=deleted_at
    )


def message_parties(
    session: Session, *, workspace_id: str, message_id: str
) -> tuple[str, str | None] | None:
    """A message's mailbox owner (user id) and caller contact id, if linked (None: no such
    message). For system use: hiding the parties' names in its transcript."""
    row = session.get(VoicemailMessage, message_id)
    if row is None or row.workspace_id != workspace_id:
        return None
    return row.user_id, row.caller_contact_id
