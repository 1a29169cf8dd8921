"""Which conversations an actor may read: a member the ones they are in; a supervisor also
those their teams' members are in; an admin (or owner) every conversation of the workspace;
an auditor none (the audit log only). Reading as a non-participant is always audited.

Writing (posting, editing, marking read) is for members only, whoever else may read."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from callvault.comms.chat import repository as repo
from callvault.comms.chat.errors import ConversationNotFound
from callvault.comms.chat.models import Conversation
from callvault.core.context import Actor
from callvault.core.ids import is_valid_id
from callvault.core.permissions import Permission, allows, require
from callvault.identity import service as identity


@dataclass(frozen=True, slots=True)
class Visibility:
    """user_ids is None for the whole workspace; otherwise conversations one of these users
    is in (always including the actor)."""

    user_ids: frozenset[str] | None

    def may_see(self, member_ids: set[str] | frozenset[str]) -> bool:
        return self.user_ids is None or bool(self.user_ids & member_ids)


def visibility(session: Session, actor: Actor) -> Visibility:
    """The conversations the actor may read; PermissionDenied when it may read none."""
    require(actor.role, actor.scopes, Permission.CHAT_READ)
    if allows(actor.role, Permission.CHAT_READ_ALL, actor.scopes):
        return Visibility(None)
    own = {actor.user_id} if actor.user_id else set()
    if allows(actor.role, Permission.CHAT_READ_TEAM, actor.scopes):
        own |= identity.supervised_user_ids(session, actor=actor)
    return Visibility(frozenset(own))


@dataclass(frozen=True, slots=True)
class Access:
    conversation: Conversation
    member_ids: frozenset[str]
    is_member: bool


def readable(session: Session, actor: Actor, conversation_id: str) -> Access:
    """The conversation if the actor may read it; ConversationNotFound otherwise (unknown,
    another workspace's, or not visible: all alike)."""
    seen = visibility(session, actor)
    conv = (
        repo.conversation(session, actor.workspace_id, conversation_id)
        if is_valid_id(conversation_id)
        else None
    )
    if conv is None:
        raise ConversationNotFound("Conversation not found.", object_type="chat_conversation")
    members = repo.members(session, actor.workspace_id, [conv.id])[conv.id]
    ids = frozenset(m.user_id for m in members)
    if not seen.may_see(ids):
        raise ConversationNotFound("Conversation not found.", object_type="chat_conversation")
    return Access(conv, ids, actor.user_id in ids)


def writable(session: Session, actor: Actor, conversation_id: str) -> Access:
    """The conversation if the actor is a member (and may write); 404 otherwise."""
    require(actor.role, actor.scopes, Permission.CHAT_WRITE)
    access = readable(session, actor, conversation_id)
    if not access.is_member:
        raise ConversationNotFound("Conversation not found.", object_type="chat_conversation")
    return access
