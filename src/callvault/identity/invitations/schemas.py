"""Invitation input and output shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

from callvault.core.inputs import Input
from callvault.identity.schemas import Password, UserOut

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


class InvitationCheckIn(Input):
    token: LinkTokenIn
    """The token from the invitation or reset link (the part after `/invite/`)."""


class InvitationCheckOut(BaseModel):
    """What a live link is for; the link is not used by asking."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    purpose: Literal["invite", "reset"]
    """`invite`: a user added without a password; `reset`: any other (an admin's or the
    operator's reset, the first owner's link from `callvault init --link`)."""
    workspace: str
    """The workspace's slug, which the user signs in with."""
    workspace_name: str
    email: str
    """The address of the user the link is for, which the user signs in with."""
    expires_at: datetime


class PasswordResetIn(Input):
    password: Password
    """Your own password, again: the link signs in as the member, so a hijacked session
    alone must not mint one."""
