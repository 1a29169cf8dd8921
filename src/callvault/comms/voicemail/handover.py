"""A departing user's voicemail (offboarding): messages move to a colleague's mailbox; the
greeting (their own voice) is always removed. Messages are sealed per message id, not per
mailbox, so a move re-seals nothing. (Queries sit here: they serve this use case alone.)"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.audio.stored import discard_after_commit
from callvault.comms.voicemail import repository as repo
from callvault.comms.voicemail.media import GREETING_KIND
from callvault.comms.voicemail.models import VoicemailGreeting, VoicemailMessage
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.storage.encrypted import EncryptedBlobStore


def reassign_mailbox(
    session: Session, *, audit: AuditLog, actor: Actor, from_user_id: str, to_user_id: str
) -> int:
    """Move every message of from_user_id's mailbox into to_user_id's; how many moved."""
    require(actor.role, actor.scopes, Permission.USERS_OFFBOARD)
    result = session.execute(
        update(VoicemailMessage)
        .where(
            VoicemailMessage.workspace_id == actor.workspace_id,
            VoicemailMessage.user_id == from_user_id,
        )
        .values(user_id=to_user_id)
    )
    moved = int(result.rowcount)  # type: ignore[attr-defined]
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="voicemail.reassign",
        object_type="user",
        object_id=from_user_id,
        details={"to_user_id": to_user_id, "count": moved},
    )
    return moved


def drop_greetings(
    session: Session, *, blobs: EncryptedBlobStore, audit: AuditLog, actor: Actor, user_id: str
) -> int:
    """Remove the user's greetings (rows now, blobs after the commit); how many."""
    require(actor.role, actor.scopes, Permission.USERS_OFFBOARD)
    ids = list(
        session.scalars(
            select(VoicemailGreeting.id).where(
                VoicemailGreeting.workspace_id == actor.workspace_id,
                VoicemailGreeting.user_id == user_id,
            )
        ).all()
    )
    removed = repo.delete_greetings(session, actor.workspace_id, ids)
    discard_after_commit(
        session, blobs, workspace_id=actor.workspace_id, kind=GREETING_KIND, object_ids=ids
    )
    if removed:
        audit.record(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="voicemail_greeting.delete",
            object_type="user",
            object_id=user_id,
            details={"count": removed},
        )
    return removed
