"""Invitation input and output shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, StringConstraints

from callvault.identity.schemas import Input, Password, UserOut

LinkTokenIn = Annotated[str, StringConstraints(min_length=1, max_length=256)]


class InvitationOut(BaseModel):
    id: str
    user_id: str
    purpose: str  # "invite" or "reset"
    expires_at: datetime
    # The link, shown this once, when callvault did not deliver it itself (no mail sender).
    url: str | None
    delivered: bool


class UserCreatedOut(UserOut):
    # Present when the user was created without a password.
    invitation: InvitationOut | None = None


class InvitationAcceptIn(Input):
    token: LinkTokenIn
    """The token from the invitation or reset link (the part after `/invite/`)."""
    password: Password
    """The password to set (checked against the password policy and common passwords)."""
