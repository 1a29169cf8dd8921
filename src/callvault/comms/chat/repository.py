"""Chat queries. Every function takes the workspace id; which conversations an actor may
see is decided by the service and passed in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from callvault.comms.chat.models import (
    Attachment,
    Conversation,
    ConversationMember,
    Message,
    SearchToken,
)


def conversation(session: Session, workspace_id: str, conversation_id: str) -> Conversation | None:
    return session.scalars(
        select(Conversation).where(
            Conversation.workspace_id == workspace_id, Conversation.id == conversation_id
        )
    ).one_or_none()


def direct(session: Session, workspace_id: str, direct_key: str) -> Conversation | None:
    return session.scalars(
        select(Conversation).where(
            Conversation.workspace_id == workspace_id, Conversation.direct_key == direct_key
        )
    ).one_or_none()


def conversations(
    session: Session, workspace_id: str, *, member_in: frozenset[str] | None
) -> Sequence[Conversation]:
    """Conversations with a member among member_in (None: all of the workspace's), newest
    activity first."""
    stmt = select(Conversation).where(Conversation.workspace_id == workspace_id)
    if member_in is not None:
        stmt = stmt.where(
            Conversation.id.in_(
                select(ConversationMember.conversation_id).where(
                    ConversationMember.workspace_id == workspace_id,
                    ConversationMember.user_id.in_(member_in),
                )
            )
        )
    order = func.coalesce(Conversation.last_message_at, Conversation.created_at)
    return session.scalars(stmt.order_by(order.desc(), Conversation.id.desc())).all()


def members(
    session: Session, workspace_id: str, conversation_ids: Iterable[str]
) -> dict[str, list[ConversationMember]]:
    ids = list(conversation_ids)
    out: dict[str, list[ConversationMember]] = {i: [] for i in ids}
    if not ids:
        return out
    rows = session.scalars(
        select(ConversationMember)
        .where(
            ConversationMember.workspace_id == workspace_id,
            ConversationMember.conversation_id.in_(ids),
        )
        .order_by(ConversationMember.joined_at, ConversationMember.user_id)
    ).all()
    for row in rows:
        out[row.conversation_id].append(row)
    return out


def member(
    session: Session, workspace_id: str, conversation_id: str, user_id: str
) -> ConversationMember | None:
    return session.scalars(
        select(ConversationMember).where(
            ConversationMember.workspace_id == workspace_id,
            ConversationMember.conversation_id == conversation_id,
            ConversationMember.user_id == user_id,
        )
    ).one_or_none()


def unread_counts(
    session: Session, workspace_id: str, user_id: str, conversation_ids: Sequence[str]
) -> dict[str, int]:
    """Per conversation: messages by others newer than the user's read marker."""
    if not conversation_ids:
        return {}
    stmt = (
        select(Message.conversation_id, func.count(Message.id))
        .join(
            ConversationMember,
            (ConversationMember.conversation_id == Message.conversation_id)
            & (ConversationMember.user_id == user_id),
        )
        .where(
            Message.workspace_id == workspace_id,
            Message.conversation_id.in_(conversation_ids),
            (Message.sender_id.is_(None)) | (Message.sender_id != user_id),
            (ConversationMember.last_read_message_id.is_(None))
            | (Message.id > ConversationMember.last_read_message_id),
        )
        .group_by(Message.conversation_id)
    )
    return {cid: int(n) for cid, n in session.execute(stmt).all()}


def message(session: Session, workspace_id: str, message_id: str) -> Message | None:
    return session.scalars(
        select(Message).where(Message.workspace_id == workspace_id, Message.id == message_id)
    ).one_or_none()


def latest_message_id(session: Session, workspace_id: str, conversation_id: str) -> str | None:
    return session.scalars(
        select(func.max(Message.id)).where(
            Message.workspace_id == workspace_id, Message.conversation_id == conversation_id
        )
    ).one()


def messages_page(
    session: Session, workspace_id: str, conversation_id: str, *, before: str | None, limit: int
) -> Sequence[Message]:
    """Messages newest first, older than `before` (a message id) when given."""
    stmt = select(Message).where(
        Message.workspace_id == workspace_id, Message.conversation_id == conversation_id
    )
    if before is not None:
        stmt = stmt.where(Message.id < before)
    return session.scalars(stmt.order_by(Message.id.desc()).limit(limit)).all()


def attachments_for(
    session: Session, workspace_id: str, message_ids: Sequence[str]
) -> dict[str, Attachment]:
    if not message_ids:
        return {}
    rows = session.scalars(
        select(Attachment).where(
            Attachment.workspace_id == workspace_id, Attachment.message_id.in_(message_ids)
        )
    ).all()
    return {a.message_id: a for a in rows}


def attachment(session: Session, workspace_id: str, attachment_id: str) -> Attachment | None:
    return session.scalars(
        select(Attachment).where(
            Attachment.workspace_id == workspace_id, Attachment.id == attachment_id
        )
    ).one_or_none()


def attachment_ids(
    session: Session,
    workspace_id: str,
    *,
    conversation_id: str | None = None,
    message_id: str | None = None,
) -> list[str]:
    stmt = select(Attachment.id).where(Attachment.workspace_id == workspace_id)
    if conversation_id is not None:
        stmt = stmt.where(Attachment.conversation_id == conversation_id)
    if message_id is not None:
        stmt = stmt.where(Attachment.message_id == message_id)
    return list(session.scalars(stmt).all())


def replace_tokens(
    session: Session,
    workspace_id: str,
    conversation_id: str,
    message_id: str,
    tokens: Iterable[str],
) -> None:
    session.execute(
        delete(SearchToken).where(
            SearchToken.workspace_id == workspace_id, SearchToken.message_id == message_id
        )
    )
    session.add_all(
        SearchToken(
            workspace_id=workspace_id,
            conversation_id=conversation_id,
            message_id=message_id,
            token=t,
        )
        for t in sorted(set(tokens))
    )


def search(
    session: Session,
    workspace_id: str,
    tokens: Sequence[str],
    *,
    conversation_ids: frozenset[str] | None,
    limit: int,
) -> Sequence[Message]:
    """Messages holding every token, in the given conversations (None: any), newest first."""
    wanted = set(tokens)
    matching = (
        select(SearchToken.message_id)
        .where(SearchToken.workspace_id == workspace_id, SearchToken.token.in_(wanted))
        .group_by(SearchToken.message_id)
        .having(func.count(func.distinct(SearchToken.token)) == len(wanted))
    )
    stmt = select(Message).where(Message.workspace_id == workspace_id, Message.id.in_(matching))
    if conversation_ids is not None:
        stmt = stmt.where(Message.conversation_id.in_(conversation_ids))
    return session.scalars(stmt.order_by(Message.id.desc()).limit(limit)).all()


def _count(result: object) -> int:
    return int(result.rowcount)  # type: ignore[attr-defined]


def delete_message(session: Session, workspace_id: str, message_id: str) -> dict[str, int]:
    """Remove one message with its tokens and attachment row; the counts make the receipt."""
    tokens = session.execute(
        delete(SearchToken).where(
            SearchToken.workspace_id == workspace_id, SearchToken.message_id == message_id
        )
    )
    files = session.execute(
        delete(Attachment).where(
            Attachment.workspace_id == workspace_id, Attachment.message_id == message_id
        )
    )
    rows = session.execute(
        delete(Message).where(Message.workspace_id == workspace_id, Message.id == message_id)
    )
    return {
        "messages": _count(rows),
        "search_tokens": _count(tokens),
        "attachments": _count(files),
    }


def delete_conversation(
    session: Session, workspace_id: str, conversation_id: str
) -> dict[str, int]:
    """Remove a conversation and everything in it (explicitly, not by cascade, so the
    receipt counts what went)."""
    in_conv = {"workspace_id": workspace_id, "conversation_id": conversation_id}
    tokens = session.execute(delete(SearchToken).filter_by(**in_conv))
    files = session.execute(delete(Attachment).filter_by(**in_conv))
    messages = session.execute(delete(Message).filter_by(**in_conv))
    members = session.execute(delete(ConversationMember).filter_by(**in_conv))
    rows = session.execute(
        delete(Conversation).where(
            Conversation.workspace_id == workspace_id, Conversation.id == conversation_id
        )
    )
    return {
        "conversations": _count(rows),
        "members": _count(members),
        "messages": _count(messages),
        "search_tokens": _count(tokens),
        "attachments": _count(files),
    }
