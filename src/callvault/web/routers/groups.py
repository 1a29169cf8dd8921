"""Groups (teams) and their members."""

from __future__ import annotations

from fastapi import APIRouter, status

from callvault.core.permissions import Permission
from callvault.identity import groups
from callvault.identity.schemas import GroupCreateIn, GroupMemberIn, GroupOut, GroupUpdateIn
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep

router = APIRouter(tags=["groups"])


@router.get("/groups", openapi_extra=rule(Permission.GROUPS_READ))
def list_groups(a: ActorDep, c: ContainerDep) -> list[GroupOut]:
    with c.db.read() as s:
        return groups.list_groups(s, actor=a)


@router.post("/groups", openapi_extra=rule(Permission.GROUPS_MANAGE), status_code=201)
def create_group(body: GroupCreateIn, a: ActorDep, c: ContainerDep) -> GroupOut:
    with c.db.write() as s:
        return groups.create_group(s, audit=c.audit, actor=a, name=body.name)


@router.get("/groups/{group_id}", openapi_extra=rule(Permission.GROUPS_READ))
def get_group(group_id: str, a: ActorDep, c: ContainerDep) -> GroupOut:
    with c.db.read() as s:
        return groups.get_group(s, actor=a, group_id=group_id)


@router.patch("/groups/{group_id}", openapi_extra=rule(Permission.GROUPS_MANAGE))
def rename_group(group_id: str, body: GroupUpdateIn, a: ActorDep, c: ContainerDep) -> GroupOut:
    with c.db.write() as s:
        return groups.rename_group(s, audit=c.audit, actor=a, group_id=group_id, name=body.name)


@router.delete(
    "/groups/{group_id}",
    openapi_extra=rule(Permission.GROUPS_MANAGE),
    status_code=status.HTTP_204_NO_CONTENT,
)
def delete_group(group_id: str, a: ActorDep, c: ContainerDep) -> None:
    with c.db.write() as s:
        groups.delete_group(s, audit=c.audit, actor=a, group_id=group_id)


@router.put("/groups/{group_id}/members/{user_id}", openapi_extra=rule(Permission.GROUPS_MANAGE))
def set_member(
    group_id: str, user_id: str, body: GroupMemberIn, a: ActorDep, c: ContainerDep
) -> GroupOut:
    with c.db.write() as s:
        return groups.set_group_member(
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
        return groups.remove_group_member(
            s, audit=c.audit, actor=a, group_id=group_id, user_id=user_id
        )
