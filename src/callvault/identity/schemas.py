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
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class SignInIn(Input):
    workspace: Slug
    email: Email
    password: Password
    device_name: DeviceName = "browser"


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


class UserCreateIn(Input):
    email: Email
    name: Name
    role: Role = Role.MEMBER
    password: Password | None = None


class UserUpdateIn(Input):
    name: Name | None = None
    role: Role | None = None


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
    new_password: Password


class GroupCreateIn(Input):
    name: Name


class GroupUpdateIn(Input):
    name: Name


class GroupMemberIn(Input):
    is_supervisor: bool = False


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
    scopes: Annotated[list[str], Field(min_length=1, max_length=64)]
    expires_in_days: Annotated[int, Field(ge=1, le=3650)] | None = 365


class ApiTokenOut(BaseModel):
    id: str
    name: str
    scopes: list[str]
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None


class ApiTokenCreatedOut(ApiTokenOut):
    token: str
