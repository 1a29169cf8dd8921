"""What comms does with a leaver's data when governance offboards them: personal contacts,
voicemail (mailbox and greeting) and chat (group seats, messages they wrote). Each step runs
in the offboarding's transaction and returns its counts and what must run after the commit;
wiring registers the steps with governance's offboarding (ADR 0012). With a successor the
data is reassigned, without one it is deleted (governance's module docstring has the table).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.chat.deletion import bulk_delete_messages as delete_chat_messages
from callvault.comms.chat.handover import hand_over_groups
from callvault.comms.chat.schemas import MessageFilterIn
from callvault.comms.contacts.bulk import bulk_delete_contacts
from callvault.comms.contacts.handover import reassign_personal_contacts
from callvault.comms.contacts.schemas import ContactFilterIn
from callvault.comms.voicemail.bulk import bulk_delete_messages as delete_voicemail
from callvault.comms.voicemail.handover import drop_greetings, reassign_mailbox
from callvault.comms.voicemail.schemas import VoicemailFilterIn
from callvault.core.context import Actor
from callvault.db.engine import Database
from callvault.realtime.bus import Bus
from callvault.storage.encrypted import EncryptedBlobStore


@dataclass
class Handed:
    counts: dict[str, int]
    later: Callable[[Database, Bus], dict[str, int]] | None = field(default=None)

    def after_commit(self, db: Database, bus: Bus) -> dict[str, int]:
        return self.later(db, bus) if self.later is not None else {}


def contacts(
    session: Session,
    *,
    audit: AuditLog,
    blobs: EncryptedBlobStore,
    actor: Actor,
    user_id: str,
    successor: str | None,
) -> Handed:
    """Personal contacts: the successor becomes their owner, or they are deleted."""
    del blobs  # contacts have none
    if successor is not None:
        moved = reassign_personal_contacts(
            session, audit=audit, actor=actor, from_user_id=user_id, to_user_id=successor
        )
        return Handed({"contacts_reassigned": moved})
    mine = ContactFilterIn(scope="personal", owner_id=user_id)
    n = _count_then_delete(
        partial(bulk_delete_contacts, session, audit=audit, actor=actor, filters=mine)
    )
    return Handed({"contacts_deleted": n})


def voicemail(
    session: Session,
    *,
    audit: AuditLog,
    blobs: EncryptedBlobStore,
    actor: Actor,
    user_id: str,
    successor: str | None,
) -> Handed:
    """Messages move to the successor's mailbox or are deleted; the greeting (the leaver's
    voice) is deleted either way."""
    counts: dict[str, int] = {}
    if successor is not None:
        counts["voicemail_reassigned"] = reassign_mailbox(
            session, audit=audit, actor=actor, from_user_id=user_id, to_user_id=successor
        )
    else:
        mailbox = VoicemailFilterIn(mailbox_id=user_id)
        counts["voicemail_deleted"] = _count_then_delete(
            partial(
                delete_voicemail, session, blobs=blobs, audit=audit, actor=actor, filters=mailbox
            )
        )
    counts["greetings_deleted"] = drop_greetings(
        session, blobs=blobs, audit=audit, actor=actor, user_id=user_id
    )
    return Handed(counts)


def chat(
    session: Session,
    *,
    audit: AuditLog,
    blobs: EncryptedBlobStore,
    actor: Actor,
    user_id: str,
    successor: str | None,
) -> Handed:
    """Group seats pass to the successor (or are left); once committed, members' live
    connections learn of it and, without a successor, the leaver's messages are deleted."""
    handover = hand_over_groups(
        session, audit=audit, actor=actor, from_user_id=user_id, to_user_id=successor
    )

    def later(db: Database, bus: Bus) -> dict[str, int]:
        handover.publish(bus)
        if successor is not None:
            return {}
        # Its own transaction (and bus events, and blob removal after the commit).
        sender = MessageFilterIn.model_validate({"sender_id": user_id})
        k = _count_then_delete(
            partial(
                delete_chat_messages,
                db,
                audit=audit,
                blobs=blobs,
                bus=bus,
                actor=actor,
                filters=sender,
            )
        )
        return {"chat_messages_deleted": k}

    return Handed(dict(handover.counts), later)


class _Counted(Protocol):
    @property
    def count(self) -> int: ...


class _BulkDelete(Protocol):
    def __call__(self, *, dry_run: bool, expected_count: int | None) -> _Counted: ...


def _count_then_delete(delete: _BulkDelete) -> int:
    # The bulk use cases' dry-run protocol: count, then delete exactly that many. The user is
    # already disabled, so nothing of theirs can appear in between.
    n = delete(dry_run=True, expected_count=None).count
    delete(dry_run=False, expected_count=n)
    return n
