"""A departing user's chat memberships (offboarding). They leave every group conversation;
with a successor, the successor joins each of those groups in their place (seeing its
history, as any member does). Direct conversations are left as they are: a 1:1 cannot change
hands, and the other person keeps their history. Messages keep their author either way.
(Queries sit here: they serve this use case alone.)"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from callvault.comms.chat.models import Conversation, ConversationMember
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.governance.audit.service import AuditLog


def hand_over_groups(
    session: Session,
    *,
    audit: AuditLog,
    actor: Actor,
    from_user_id: str,
    to_user_id: str | None,
) -> dict[str, int]:
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
    joined = 0
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
    return counts
