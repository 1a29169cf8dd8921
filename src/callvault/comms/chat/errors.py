"""Chat errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import InvalidInput, NotFound, PermissionDenied


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
