"""Invitation errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import CallvaultError, Conflict, NotFound


class InvitationInvalid(NotFound):
    """Unknown, already used or replaced by a newer link: all answer alike."""

    code = "invitation_invalid"


class InvitationExpired(CallvaultError):
    """A genuine link past its expiry: the admin can send a new one."""

    code = "invitation_expired"
    status = 410


class UserNotInvitable(Conflict):
    """Re-sending an invitation to a user who has a password (reset it instead), or any link
    for a disabled user."""

    code = "user_not_invitable"
