"""Chat queries. Every function takes the workspace id; which conversations an actor may
see is decided by the service and passed in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from callvault.comms.bulk import chunks
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


def delete_member(session: Session, workspace_id: str, conversation_id: str, user_id: str) -> int:
    """Remove a member, and with the row their read marker."""
    result = session.execute(
        delete(ConversationMember).where(
            ConversationMember.workspace_id == workspace_id,
            ConversationMember.conversation_id == conversation_id,
            ConversationMember.user_id == user_id,
        )
    )
    return _count(result)


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


def _matching(
    workspace_id: str,
    *,
    conversation_id: str | None,
    sender_id: str | None,
    since: datetime | None,
    until: datetime | None,
) -> list[ColumnElement[bool]]:
    where = [Message.workspace_id == workspace_id]
    if conversation_id is not None:
        where.append(Message.conversation_id == conversation_id)
    if sender_id is not None:
        where.append(Message.sender_id == sender_id)
    if since is not None:
        where.append(Message.created_at >= since)
    if until is not None:
        where.append(Message.created_at < until)
    return where


def count_matching(
    session: Session,
    workspace_id: str,
    *,
    conversation_id: str | None,
    sender_id: str | None,
    since: datetime | None,
    until: datetime | None,
) -> int:
    where = _matching(
        workspace_id,
        conversation_id=conversation_id,
        sender_id=sender_id,
        since=since,
        until=until,
    )
    return int(session.scalar(select(func.count()).select_from(Message).where(*where)) or 0)


def matching(
    session: Session,
    workspace_id: str,
    *,
    conversation_id: str | None,
    sender_id: str | None,
    since: datetime | None,
    until: datetime | None,
) -> list[tuple[str, str]]:
    """(message id, conversation id) of every message the criteria match."""
    where = _matching(
        workspace_id,
        conversation_id=conversation_id,
        sender_id=sender_id,
        since=since,
        until=until,
    )
    rows = session.execute(select(Message.id, Message.conversation_id).where(*where)).all()
    return [(m, c) for m, c in rows]


def delete_messages(
    session: Session, workspace_id: str, message_ids: Sequence[str]
) -> tuple[dict[str, int], list[str]]:
    """Remove messages with their tokens and attachment rows: (counts, attachment ids whose
    blobs are to go once the transaction commits)."""
    removed = {"messages": 0, "search_tokens": 0, "attachments": 0}
    files: list[str] = []
    for chunk in chunks(message_ids):
        files += attachment_ids_of(session, workspace_id, chunk)
        for name, model in (("search_tokens", SearchToken), ("attachments", Attachment)):
            result = session.execute(
                delete(model).where(model.workspace_id == workspace_id, model.message_id.in_(chunk))
            )
            removed[name] += _count(result)
        result = session.execute(
            delete(Message).where(Message.workspace_id == workspace_id, Message.id.in_(chunk))
        )
        removed["messages"] += _count(result)
    return removed, files


def attachment_ids_of(session: Session, workspace_id: str, message_ids: Sequence[str]) -> list[str]:
    return list(
        session.scalars(
            select(Attachment.id).where(
                Attachment.workspace_id == workspace_id, Attachment.message_id.in_(message_ids)
            )
        ).all()
    )
