"""Whose voicemail an actor may read: a member their own mailbox, a supervisor also their
teams' members', an admin (or owner) every mailbox; an auditor none. Managing a mailbox
(deleting messages, the greeting) is its owner's or an admin's."""

from __future__ import annotations

from sqlalchemy.orm import Session

from callvault.comms.voicemail.errors import MailboxNotFound
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, allows, require
from callvault.identity import service as identity


def readable_mailboxes(session: Session, actor: Actor) -> frozenset[str] | None:
    """The mailboxes (user ids) the actor may read; None for all of the workspace."""
    require(actor.role, actor.scopes, Permission.VOICEMAIL_READ)
    if allows(actor.role, Permission.VOICEMAIL_READ_ALL, actor.scopes):
        return None
    own = {actor.user_id} if actor.user_id else set()
    if allows(actor.role, Permission.VOICEMAIL_READ_TEAM, actor.scopes):
        own |= identity.supervised_user_ids(session, actor=actor)
    return frozenset(own)


def may_read(mailboxes: frozenset[str] | None, mailbox_id: str) -> bool:
    return mailboxes is None or mailbox_id in mailboxes


def may_manage(actor: Actor, mailbox_id: str) -> bool:
    return mailbox_id == actor.user_id or allows(
        actor.role, Permission.VOICEMAIL_READ_ALL, actor.scopes
    )


def existing_mailbox(session: Session, actor: Actor, mailbox_id: str) -> str:
    """mailbox_id if it names a user of the actor's workspace; MailboxNotFound otherwise."""
    try:
        return identity.get_user_row(session, actor, mailbox_id).id
    except NotFound:
        raise MailboxNotFound("Mailbox not found.", object_type="mailbox") from None
