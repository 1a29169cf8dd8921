"""The current workspace, its users and groups."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from callvault.core.permissions import Permission
from callvault.identity import service as identity
from callvault.identity.schemas import (
    GroupCreateIn,
    GroupMemberIn,
    GroupOut,
    GroupUpdateIn,
    UserCreateIn,
    UserOut,
    UserUpdateIn,
    WorkspaceOut,
    WorkspaceUpdateIn,
)
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep

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
    state: Annotated[str | None, Query(alias="status", pattern="^(active|disabled)$")] = None,
) -> list[UserOut]:
    with c.db.read() as s:
        return identity.list_users(s, keyring=c.keyring, actor=a, status=state)


@router.post("/users", openapi_extra=rule(Permission.USERS_MANAGE), status_code=201)
def add_user(body: UserCreateIn, a: ActorDep, c: ContainerDep) -> UserOut:
    with c.db.write() as s:
        return identity.add_user(
            s,
            keyring=c.keyring,
            audit=c.audit,
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


@router.patch("/users/{user_id}", openapi_extra=rule(Permission.USERS_MANAGE))
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


@router.post("/users/{user_id}/disable", openapi_extra=rule(Permission.USERS_MANAGE))
def disable_user(user_id: str, a: ActorDep, c: ContainerDep) -> UserOut:
    with c.db.write() as s:
        return identity.set_user_status(
            s, keyring=c.keyring, audit=c.audit, actor=a, user_id=user_id, disabled=True
        )


@router.post("/users/{user_id}/enable", openapi_extra=rule(Permission.USERS_MANAGE))
def enable_user(user_id: str, a: ActorDep, c: ContainerDep) -> UserOut:
    with c.db.write() as s:
        return identity.set_user_status(
            s, keyring=c.keyring, audit=c.audit, actor=a, user_id=user_id, disabled=False
        )


@router.get("/groups", openapi_extra=rule(Permission.GROUPS_READ))
def list_groups(a: ActorDep, c: ContainerDep) -> list[GroupOut]:
    with c.db.read() as s:
        return identity.list_groups(s, actor=a)


@router.post("/groups", openapi_extra=rule(Permission.GROUPS_MANAGE), status_code=201)
def create_group(body: GroupCreateIn, a: ActorDep, c: ContainerDep) -> GroupOut:
    with c.db.write() as s:
        return identity.create_group(s, audit=c.audit, actor=a, name=body.name)


@router.get("/groups/{group_id}", openapi_extra=rule(Permission.GROUPS_READ))
def get_group(group_id: str, a: ActorDep, c: ContainerDep) -> GroupOut:
    with c.db.read() as s:
        return identity.get_group(s, actor=a, group_id=group_id)


@router.patch("/groups/{group_id}", openapi_extra=rule(Permission.GROUPS_MANAGE))
def rename_group(group_id: str, body: GroupUpdateIn, a: ActorDep, c: ContainerDep) -> GroupOut:
    with c.db.write() as s:
        return identity.rename_group(s, audit=c.audit, actor=a, group_id=group_id, name=body.name)


@router.delete(
    "/groups/{group_id}",
    openapi_extra=rule(Permission.GROUPS_MANAGE),
    status_code=status.HTTP_204_NO_CONTENT,
)
def delete_group(group_id: str, a: ActorDep, c: ContainerDep) -> None:
    with c.db.write() as s:
        identity.delete_group(s, audit=c.audit, actor=a, group_id=group_id)


@router.put("/groups/{group_id}/members/{user_id}", openapi_extra=rule(Permission.GROUPS_MANAGE))
def set_member(
    group_id: str, user_id: str, body: GroupMemberIn, a: ActorDep, c: ContainerDep
) -> GroupOut:
    with c.db.write() as s:
        return identity.set_group_member(
            s,
            audit=c.audit,
            actor=a,
            group_id=group_id,
            user_id=user_id,
            is_supervisor=body.is_supervisor,
        )


@router.delete("/groups/{group_id}/members/{user_id}", openapi_extra=rule(Permission.GROUPS_MANAGE))
def remove_member(group_id: str, user_id: str, a: ActorDep, c: ContainerDep) -> GroupOut:
    with c.db.write() as s:
        return identity.remove_group_member(
            s, audit=c.audit, actor=a, group_id=group_id, user_id=user_id
        )
