"""Identity input and output shapes. Inputs forbid unknown fields and bound every string."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from callvault.core.permissions import Role

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Email = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=254)]
Password = Annotated[str, StringConstraints(min_length=1, max_length=1024)]
Slug = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=63)]
DeviceName = Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)]


class Input(BaseModel):
    model_config = ConfigDict(
        extra="forbid", use_attribute_docstrings=True, str_strip_whitespace=False
    )


class SignInIn(Input):
    workspace: Slug
    """The workspace's slug, e.g. `acme`."""
    email: Email
    """Your email address in that workspace."""
    password: Password
    """Your password."""
    device_name: DeviceName = "browser"
    """A name for this device, shown in your list of sessions."""


class SignInOut(BaseModel):
    token: str
    session_id: str
    user_id: str
    workspace_id: str
    expires_at: datetime


class WorkspaceOut(BaseModel):
    id: str
    slug: str
    name: str
    status: str
    created_at: datetime


class WorkspaceUpdateIn(Input):
    name: Name
    """The workspace's new display name."""


class UserCreateIn(Input):
    email: Email
    """The new user's email address (unique in the workspace)."""
    name: Name
    """The user's display name."""
    role: Role = Role.MEMBER
    """One of `owner`, `admin`, `supervisor`, `member`, `auditor`, `reviewer`; only owners grant
    `owner` or `admin`."""
    password: Password | None = None
    """An initial password; leave out for none (the user cannot sign in until one is set)."""


class UserUpdateIn(Input):
    name: Name | None = None
    """The new display name (left out: unchanged)."""
    role: Role | None = None
    """The new role (left out: unchanged); only owners grant `owner` or `admin`."""


class UserOut(BaseModel):
    id: str
    email: str
    name: str
    role: Role
    status: str
    created_at: datetime
    last_sign_in_at: datetime | None


class PasswordChangeIn(Input):
    current_password: Password
    """Your password now."""
    new_password: Password
    """The new password (long enough, not a common or breached one)."""


class GroupCreateIn(Input):
    name: Name
    """The group's name (unique in the workspace)."""


class GroupUpdateIn(Input):
    name: Name
    """The group's new name."""


class GroupMemberIn(Input):
    is_supervisor: bool = False
    """True: the user supervises this group (reads its members' calls, voicemail and chat)."""


class GroupMemberOut(BaseModel):
    user_id: str
    is_supervisor: bool


class GroupOut(BaseModel):
    id: str
    name: str
    created_at: datetime
    members: list[GroupMemberOut] = Field(default_factory=list)


class DeviceSessionOut(BaseModel):
    id: str
    user_id: str
    name: str
    user_agent: str | None
    ip: str | None
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    current: bool


class ApiTokenCreateIn(Input):
    name: Name
    """A name to recognise the token by."""
    scopes: Annotated[list[str], Field(min_length=1, max_length=64)]
    """Permission names the token may use, e.g. `["calls.ingest", "recordings.upload"]`; it never
    exceeds your role."""
    expires_in_days: Annotated[int, Field(ge=1, le=3650)] | None = 365
    """Days until the token expires (1 to 3650); null: never."""


class ApiTokenOut(BaseModel):
    id: str
    name: str
    scopes: list[str]
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None


class ApiTokenCreatedOut(ApiTokenOut):
    token: str
