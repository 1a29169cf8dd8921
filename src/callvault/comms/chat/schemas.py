"""Chat input and output shapes. Inputs forbid unknown fields and bound every value."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StrictInt, StringConstraints

from callvault.comms.bulk import BulkDeleteIn
from callvault.core.inputs import Input
from callvault.core.instants import Instant

Uuid = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", max_length=36
    ),
]
Body = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
Title = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Kind = Literal["direct", "group"]
Scope = Literal["mine", "visible"]

MAX_MEMBERS = 256  # others named at creation or in one addition
MAX_GROUP_SIZE = MAX_MEMBERS + 1  # the creator and 256 others
PAGE_DEFAULT = 50
PAGE_MAX = 200


class ConversationIn(Input):
    """A 1:1 (exactly one other member) or a group (the creator plus any others)."""

    kind: Kind
    """`direct` (1:1) or `group`."""
    member_ids: Annotated[list[Uuid], Field(max_length=MAX_MEMBERS)]
    """The other members' user ids (exactly one for `direct`)."""
    title: Title | None = None
    """A group's title (none for `direct`)."""


class MembersIn(Input):
    """Workspace users to add to a group conversation."""

    user_ids: Annotated[list[Uuid], Field(min_length=1, max_length=MAX_MEMBERS)]
    """The user ids to add."""


class ConversationUpdateIn(Input):
    """A group's new title (null clears it)."""

    title: Title | None
    """The group's new title; null clears it."""


class MemberRemovedOut(BaseModel):
    conversation_id: str
    user_id: str
    left: bool  # the member removed themselves


class MessageFilterIn(Input):
    """Which messages a bulk deletion takes: every given criterion must hold (none: all)."""

    conversation_id: Uuid | None = None
    """Only messages in this conversation."""
    sender_id: Uuid | None = None
    """Only messages by this user."""
    since: Instant | None = None  # created at or after
    """Only messages created at or after this time."""
    until: Instant | None = None  # created before
    """Only messages created before this time."""


MessageBulkDeleteIn = BulkDeleteIn[MessageFilterIn]


class MessageIn(Input):
    body: Body
    """The message text (up to 10,000 characters)."""


class ReadIn(Input):
    """Mark read up to this message (default: the newest)."""

    message_id: Uuid | None = None
    """Mark read up to this message; default: the newest."""


class SearchIn(Input):
    q: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    """Words to find (each a word of 2 to 32 letters or digits)."""
    limit: Annotated[StrictInt, Field(ge=1, le=100)] = 50
    """The most hits to return."""


class MemberOut(BaseModel):
    user_id: str
    last_read_message_id: str | None


class ConversationOut(BaseModel):
    id: str
    kind: Kind
    title: str | None
    members: list[MemberOut]
    created_at: datetime
    last_message_at: datetime | None
    unread: int  # for the actor; 0 when the actor is not a member
    is_member: bool


class ConversationListOut(BaseModel):
    conversations: list[ConversationOut]


class AttachmentOut(BaseModel):
    id: str
    filename: str
    content_type: str
    size: int


class MessageOut(BaseModel):
    id: str
    conversation_id: str
    sender_id: str | None
    body: str | None
    created_at: datetime
    edited_at: datetime | None
    attachment: AttachmentOut | None = None


class MessagePageOut(BaseModel):
    messages: list[MessageOut]  # newest first
    next_cursor: str | None


class ReadOut(BaseModel):
    conversation_id: str
    last_read_message_id: str | None
    unread: int


class SearchOut(BaseModel):
    messages: list[MessageOut]  # newest first


class DeletionReceiptOut(BaseModel):
    receipt_id: str  # the audit entry that records the deletion
    object_type: Literal["chat_message", "chat_conversation"]
    object_id: str
    deleted_at: datetime
    removed: dict[str, int]
