"""Offboard a user: disable them and revoke every session and token at once, then, as the
admin chose, reassign their data to a colleague or delete it. What happens per data type:

| data                        | reassign                               | delete                 |
|-----------------------------|----------------------------------------|------------------------|
| sessions, API tokens        | revoked                                | revoked                |
| personal contacts           | owner becomes the successor            | deleted                |
| voicemail messages          | moved to the successor's mailbox       | deleted (and blobs)    |
| voicemail greeting          | deleted (it is the leaver's voice)     | deleted                |
| group-chat seats            | successor joins, leaver leaves         | leaver leaves          |
| chat messages they wrote    | kept, still theirs (history)           | deleted (and files)    |
| direct (1:1) conversations  | kept for the other person              | kept, minus their msgs |
| calls they were on          | kept: business records (retention)     | kept                   |

The user row stays (disabled), so history keeps its author. Every step only acts on what is
still there, so re-running an interrupted or finished offboarding is safe; each run ends
with a receipt, the audit entry `user.offboard`, with the counts.
"""

from __future__ import annotations

from typing import Any

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
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import InvalidInput, NotFound
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.offboarding.schemas import OffboardIn, OffboardOut
from callvault.identity import lifecycle
from callvault.identity import service as identity
from callvault.realtime.bus import Bus
from callvault.storage.encrypted import EncryptedBlobStore


def _successor(session: Session, keyring: Keyring, actor: Actor, user_id: str, to: str) -> str:
    try:
        heir = identity.get_user(session, keyring=keyring, actor=actor, user_id=to)
    except NotFound:
        raise InvalidInput("No such user in this workspace.", field="reassign_to") from None
    if heir.id == user_id or heir.status != "active":
        raise InvalidInput(
            "reassign_to must be another, active user of this workspace.", field="reassign_to"
        )
    return heir.id


def _delete_owned(
    session: Session, *, blobs: EncryptedBlobStore, audit: AuditLog, actor: Actor, user_id: str
) -> dict[str, int]:
    # The bulk use cases' dry-run protocol: count, then delete exactly that many. The user is
    # already disabled, so nothing of theirs can appear in between.
    contacts = ContactFilterIn(scope="personal", owner_id=user_id)
    n = bulk_delete_contacts(
        session, audit=audit, actor=actor, filters=contacts, dry_run=True, expected_count=None
    ).count
    bulk_delete_contacts(
        session, audit=audit, actor=actor, filters=contacts, dry_run=False, expected_count=n
    )
    mailbox = VoicemailFilterIn(mailbox_id=user_id)
    m = delete_voicemail(
        session,
        blobs=blobs,
        audit=audit,
        actor=actor,
        filters=mailbox,
        dry_run=True,
        expected_count=None,
    ).count
    delete_voicemail(
        session,
        blobs=blobs,
        audit=audit,
        actor=actor,
        filters=mailbox,
        dry_run=False,
        expected_count=m,
    )
    return {"contacts_deleted": n, "voicemail_deleted": m}


def offboard_user(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    blobs: EncryptedBlobStore,
    bus: Bus,
    actor: Actor,
    user_id: str,
    plan: OffboardIn,
) -> OffboardOut:
    """Disable, revoke, then reassign or delete the user's data (see the module's table)."""
    require(actor.role, actor.scopes, Permission.USERS_OFFBOARD)
    counts: dict[str, int] = {}
    successor: str | None = None
    with db.write() as s:
        identity.get_user_row(s, actor, user_id)  # 404 for another workspace's user
        if plan.mode == "reassign":
            assert plan.reassign_to is not None
            successor = _successor(s, keyring, actor, user_id, plan.reassign_to)
        revoked = lifecycle.disable_and_revoke(
            s, audit=audit, actor=actor, user_id=user_id, reason="offboarded"
        )
        counts.update(sessions_revoked=revoked.sessions, tokens_revoked=revoked.tokens)
        if successor is not None:
            counts["contacts_reassigned"] = reassign_personal_contacts(
                s, audit=audit, actor=actor, from_user_id=user_id, to_user_id=successor
            )
            counts["voicemail_reassigned"] = reassign_mailbox(
                s, audit=audit, actor=actor, from_user_id=user_id, to_user_id=successor
            )
        else:
            counts.update(_delete_owned(s, blobs=blobs, audit=audit, actor=actor, user_id=user_id))
        counts["greetings_deleted"] = drop_greetings(
            s, blobs=blobs, audit=audit, actor=actor, user_id=user_id
        )
        handover = hand_over_groups(
            s, audit=audit, actor=actor, from_user_id=user_id, to_user_id=successor
        )
        counts.update(handover.counts)
    handover.publish(bus)  # committed: members' live connections learn of it
    if successor is None:
        # Its own transaction (and bus events, and blob removal after the commit).
        sender = MessageFilterIn.model_validate({"sender_id": user_id})
        k = delete_chat_messages(
            db,
            audit=audit,
            blobs=blobs,
            bus=bus,
            actor=actor,
            filters=sender,
            dry_run=True,
            expected_count=None,
        ).count
        delete_chat_messages(
            db,
            audit=audit,
            blobs=blobs,
            bus=bus,
            actor=actor,
            filters=sender,
            dry_run=False,
            expected_count=k,
        )
        counts["chat_messages_deleted"] = k
    completed = utcnow()
    details: dict[str, Any] = {"mode": plan.mode, "reassign_to": successor, "counts": counts}
    with db.write() as s:
        receipt = audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="user.offboard",
            object_type="user",
            object_id=user_id,
            details=details,
        )
    return OffboardOut(
        user_id=user_id,
        mode=plan.mode,
        reassign_to=successor,
        receipt_id=receipt,
        completed_at=completed,
        counts=counts,
    )
