"""A departing user's personal address book handed to a colleague (offboarding).

Personal contacts are sealed per contact id, not per owner, so moving them is a change of
owner only: nothing is decrypted or re-sealed. (The query sits here rather than in
repository.py: it serves this use case alone.)"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.contacts import links
from callvault.comms.contacts.models import Contact
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require


def reassign_personal_contacts(
    session: Session, *, audit: AuditLog, actor: Actor, from_user_id: str, to_user_id: str
) -> int:
    """Give every personal contact of from_user_id to to_user_id; how many moved."""
    require(actor.role, actor.scopes, Permission.USERS_OFFBOARD)
    ws = actor.workspace_id
    moving = session.scalars(
        select(Contact.id).where(Contact.workspace_id == ws, Contact.owner_id == from_user_id)
    ).all()
    result = session.execute(
        update(Contact)
        .where(Contact.workspace_id == actor.workspace_id, Contact.owner_id == from_user_id)
        .values(owner_id=to_user_id)
    )
    moved = int(result.rowcount)  # type: ignore[attr-defined]
    # A personal contact links only calls of its owner: the new owner's calls may now link.
    links.relink_numbers(session, ws, links.line_indexes(session, ws, moving))
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="contact.reassign",
        object_type="user",
        object_id=from_user_id,
        details={"to_user_id": to_user_id, "count": moved},
    )
    return moved
