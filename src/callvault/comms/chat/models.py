"""Chat tables. Message bodies, group titles and attachment file names are sealed per
workspace; search goes through `chat_search_tokens`, which holds only keyed HMACs of
normalised words. Deleting a message removes its row, its tokens and its attachment (no
tombstone row: who wrote what when is itself content the deletion must take away)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.db.base import Base, UTCDateTime


class Conversation(Base):
    __tablename__ = "chat_conversations"
    # direct_key ("<smaller user id>:<larger user id>") makes a 1:1 between the same two
    # users unique; groups leave it empty (NULLs never collide).
    __table_args__ = (
        UniqueConstraint("workspace_id", "direct_key"),
        Index("ix_chat_conversations_ws_id", "workspace_id", "id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(8))  # "direct" or "group"
    direct_key: Mapped[str | None] = mapped_column(String(80), nullable=True)
    title_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_message_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ConversationMember(Base):
    """A user in a conversation, with their read marker (the newest message they have read;
    message ids sort by creation, so "unread" is "newer than the marker")."""

    __tablename__ = "chat_members"
    __table_args__ = (Index("ix_chat_members_user_ws", "user_id", "workspace_id"),)

    conversation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("chat_conversations.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[str] = mapped_column(String(36))
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_read_message_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    last_read_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Message(Base):
    __tablename__ = "chat_messages"
    __table_args__ = (
        Index("ix_chat_messages_ws_conv_id", "workspace_id", "conversation_id", "id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(String(36))
    conversation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("chat_conversations.id", ondelete="CASCADE"), index=True
    )
    sender_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("users.id", ondelete="SET NULL"), nullable=True, index=True
    )
    body_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Attachment(Base):
    """A file sent as a message: the bytes are an encrypted blob keyed by this id."""

    __tablename__ = "chat_attachments"
    __table_args__ = (Index("ix_chat_attachments_ws_conv", "workspace_id", "conversation_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(String(36))
    conversation_id: Mapped[str] = mapped_column(String(36))
    message_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("chat_messages.id", ondelete="CASCADE"), unique=True
    )
    filename_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    content_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SearchToken(Base):
    """One word of a message, as the workspace-keyed HMAC of its normalised form."""

    __tablename__ = "chat_search_tokens"
    __table_args__ = (Index("ix_chat_search_tokens_ws_token", "workspace_id", "token"),)

    message_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("chat_messages.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36))
    conversation_id: Mapped[str] = mapped_column(String(36))
