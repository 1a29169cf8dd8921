"""A departing user's chat memberships (offboarding). They leave every group conversation;
with a successor, the successor joins each of those groups in their place (seeing its
history, as any member does). Direct conversations are left as they are: a 1:1 cannot change
hands, and the other person keeps their history. Messages keep their author either way.
(Queries sit here: they serve this use case alone.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.chat import events
from callvault.comms.chat.models import Conversation, ConversationMember
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.realtime.bus import Bus


@dataclass(frozen=True)
class GroupHandover:
    """What changed, to tell the conversations' members once the transaction commits."""

    workspace_id: str
    by: str | None
    from_user_id: str
    to_user_id: str | None
    counts: dict[str, int]
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # before the change
    joined: frozenset[str] = frozenset()  # conversations the successor joined

    def publish(self, bus: Bus) -> None:
        """The same events as adding and removing members by hand (call after the commit)."""
        for conversation_id, before in sorted(self.members.items()):
            if conversation_id in self.joined and self.to_user_id is not None:
                events.publish(
                    bus,
                    self.workspace_id,
                    before | {self.to_user_id},
                    events.MEMBER_ADDED,
                    conversation_id=conversation_id,
                    user_id=self.to_user_id,
                    by=self.by,
                )
            events.publish(
                bus,
                self.workspace_id,
                before,  # including the leaver, who is told too
                events.MEMBER_REMOVED,
                conversation_id=conversation_id,
                user_id=self.from_user_id,
                by=self.by,
            )


def hand_over_groups(
    session: Session,
    *,
    audit: AuditLog,
    actor: Actor,
    from_user_id: str,
    to_user_id: str | None,
) -> GroupHandover:
    """Remove from_user_id from their group conversations, adding to_user_id (if given)."""
    require(actor.role, actor.scopes, Permission.USERS_OFFBOARD)
    ws = actor.workspace_id
    groups = list(
        session.scalars(
            select(ConversationMember.conversation_id)
            .join(Conversation, Conversation.id == ConversationMember.conversation_id)
            .where(
                ConversationMember.workspace_id == ws,
                ConversationMember.user_id == from_user_id,
                Conversation.workspace_id == ws,
                Conversation.kind == "group",
            )
        ).all()
    )
    members: dict[str, set[str]] = {g: set() for g in groups}
    if groups:
        for conversation_id, user_id in session.execute(
            select(ConversationMember.conversation_id, ConversationMember.user_id).where(
                ConversationMember.workspace_id == ws,
                ConversationMember.conversation_id.in_(groups),
            )
        ):
            members[conversation_id].add(user_id)
    joined = 0
    joined_ids: set[str] = set()
    if to_user_id is not None and groups:
        already = set(
            session.scalars(
                select(ConversationMember.conversation_id).where(
                    ConversationMember.workspace_id == ws,
                    ConversationMember.user_id == to_user_id,
                    ConversationMember.conversation_id.in_(groups),
                )
            ).all()
        )
        now = utcnow()
        for conversation_id in groups:
            if conversation_id not in already:
                session.add(
                    ConversationMember(
                        conversation_id=conversation_id,
                        user_id=to_user_id,
                        workspace_id=ws,
                        joined_at=now,
                    )
                )
                joined += 1
                joined_ids.add(conversation_id)
    left = 0
    if groups:
        result = session.execute(
            delete(ConversationMember).where(
                ConversationMember.workspace_id == ws,
                ConversationMember.user_id == from_user_id,
                ConversationMember.conversation_id.in_(groups),
            )
        )
        left = int(result.rowcount)  # type: ignore[attr-defined]
    counts = {"chat_groups_left": left, "chat_groups_joined": joined}
    audit.record(
        session,
        workspace_id=ws,
        actor=actor,
        action="chat.hand_over",
        object_type="user",
        object_id=from_user_id,
        details={"to_user_id": to_user_id, **counts},
    )
    return GroupHandover(
        workspace_id=ws,
        by=actor.user_id,
        from_user_id=from_user_id,
        to_user_id=to_user_id,
        counts=counts,
        members={g: frozenset(m) for g, m in members.items()},
        joined=frozenset(joined_ids),
    )
