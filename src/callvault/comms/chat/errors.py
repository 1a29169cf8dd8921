"""Chat errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied


class ConversationNotFound(NotFound):
    code = "conversation_not_found"


class MessageNotFound(NotFound):
    code = "message_not_found"


class AttachmentNotFound(NotFound):
    code = "attachment_not_found"


class InvalidMembers(InvalidInput):
    """A member is not an active user of the workspace, or the member list does not fit the
    conversation kind."""

    code = "invalid_members"


class InvalidMessage(InvalidInput):
    code = "invalid_message"


class InvalidAttachment(InvalidInput):
    code = "invalid_attachment"


class InvalidCursor(InvalidInput):
    code = "invalid_cursor"


class InvalidQuery(InvalidInput):
    code = "invalid_query"


class NotYourMessage(PermissionDenied):
    """Only the sender edits a message (and deletes it, unless an admin does)."""

    code = "not_your_message"


class MemberNotFound(NotFound):
    """The user named is not a member of the conversation."""

    code = "member_not_found"


class DirectConversationFixed(Conflict):
    """A 1:1 conversation keeps its two members and has no title: start a group instead."""

    code = "direct_conversation_fixed"


class NotConversationManager(PermissionDenied):
    """Only the group's creator (while a member) or an admin removes someone else."""

    code = "not_conversation_manager"


class InvalidFilter(InvalidInput):
    code = "invalid_filter"
