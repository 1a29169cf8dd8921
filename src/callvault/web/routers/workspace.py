"""The current workspace and its users."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from callvault.core.permissions import Permission
from callvault.identity import service as identity
from callvault.identity.errors import EmailTaken, LastOwner
from callvault.identity.invitations import service as invitations
from callvault.identity.invitations.schemas import UserCreatedOut
from callvault.identity.schemas import (
    UserCreateIn,
    UserOut,
    UserUpdateIn,
    WorkspaceOut,
    WorkspaceUpdateIn,
)
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep, LinksDep
from callvault.web.openapi_doc import documented

router = APIRouter(tags=["workspace"])


@router.get("/workspace", openapi_extra=rule(Permission.WORKSPACE_READ))
def get_workspace(a: ActorDep, c: ContainerDep) -> WorkspaceOut:
    with c.db.read() as s:
        return identity.get_workspace(s, keyring=c.keyring, actor=a)


@router.patch("/workspace", openapi_extra=rule(Permission.WORKSPACE_UPDATE))
def update_workspace(body: WorkspaceUpdateIn, a: ActorDep, c: ContainerDep) -> WorkspaceOut:
    with c.db.write() as s:
        return identity.rename_workspace(
            s, keyring=c.keyring, audit=c.audit, actor=a, name=body.name
        )


@router.get("/users", openapi_extra=rule(Permission.USERS_READ))
def list_users(
    a: ActorDep,
    c: ContainerDep,
    state: Annotated[
        str | None,
        Query(
            alias="status",
            pattern="^(active|disabled)$",
            description="`active` or `disabled` users only; default: both.",
        ),
    ] = None,
) -> list[UserOut]:
    with c.db.read() as s:
        return identity.list_users(s, keyring=c.keyring, actor=a, status=state)


@router.post(
    "/users",
    # The answer is a way in (an invitation link, or the password the caller chose): a leaked
    # token must not mint itself an account that signs in (ADR 0042, second addendum).
    openapi_extra=rule(Permission.USERS_MANAGE, session_only=True),
    status_code=201,
    responses=documented(EmailTaken),
)
def add_user(body: UserCreateIn, a: ActorDep, c: ContainerDep, links: LinksDep) -> UserCreatedOut:
    """Without a password, the answer carries an invitation link (shown once) to set one."""
    with c.db.write() as s:
        return invitations.add_user(
            s,
            links=links,
            actor=a,
            email=body.email,
            name=body.name,
            role=body.role,
            password=body.password,
        )


@router.get("/users/{user_id}", openapi_extra=rule(Permission.USERS_READ))
def get_user(user_id: str, a: ActorDep, c: ContainerDep) -> UserOut:
    with c.db.read() as s:
        return identity.get_user(s, keyring=c.keyring, actor=a, user_id=user_id)


@router.patch(
    "/users/{user_id}", openapi_extra=rule(Permission.USERS_MANAGE), responses=documented(LastOwner)
)
def update_user(user_id: str, body: UserUpdateIn, a: ActorDep, c: ContainerDep) -> UserOut:
    with c.db.write() as s:
        return identity.update_user(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=a,
            user_id=user_id,
            name=body.name,
            role=body.role,
        )


@router.post(
    "/users/{user_id}/disable",
    openapi_extra=rule(Permission.USERS_MANAGE),
    responses=documented(LastOwner),
)
def disable_user(user_id: str, a: ActorDep, c: ContainerDep) -> UserOut:
    with c.db.write() as s:
        return identity.set_user_status(
            s, keyring=c.keyring, audit=c.audit, actor=a, user_id=user_id, disabled=True
        )


# Enabling gives a disabled account its way in back: a person's decision, not a token's.
@router.post(
    "/users/{user_id}/enable", openapi_extra=rule(Permission.USERS_MANAGE, session_only=True)
)
def enable_user(user_id: str, a: ActorDep, c: ContainerDep) -> UserOut:
    with c.db.write() as s:
        return identity.set_user_status(
            s, keyring=c.keyring, audit=c.audit, actor=a, user_id=user_id, disabled=False
        )
