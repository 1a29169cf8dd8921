"""Group (team) use cases: teams with supervisors, managed by admins."""

from __future__ import annotations

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.context import Actor
from callvault.core.errors import InvalidInput, NotFound
from callvault.core.permissions import Permission, require
from callvault.identity import membership
from callvault.identity import repository as repo
from callvault.identity.models import Group, GroupMember
from callvault.identity.schemas import GroupMemberOut, GroupOut
from callvault.identity.service import get_user_row


def _group_out(session: Session, g: Group) -> GroupOut:
    members = repo.group_members(session, g.workspace_id, g.id)
    return GroupOut(
        id=g.id,
        name=g.name,
        created_at=g.created_at,
        members=[GroupMemberOut(user_id=m.user_id, is_supervisor=m.is_supervisor) for m in members],
    )


def _group(session: Session, actor: Actor, group_id: str) -> Group:
    g = repo.group(session, actor.workspace_id, group_id)
    if g is None:
        raise NotFound("Group not found.", object_type="group")
    return g


def create_group(session: Session, *, audit: AuditLog, actor: Actor, name: str) -> GroupOut:
    require(actor.role, actor.scopes, Permission.GROUPS_MANAGE)
    if repo.group_by_name(session, actor.workspace_id, name):
        raise InvalidInput("A group with this name already exists.", field="name")
    g = Group(workspace_id=actor.workspace_id, name=name)
    session.add(g)
    session.flush()
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="group.create",
        object_type="group",
        object_id=g.id,
    )
    return _group_out(session, g)


def list_groups(session: Session, *, actor: Actor) -> list[GroupOut]:
    require(actor.role, actor.scopes, Permission.GROUPS_READ)
    return [_group_out(session, g) for g in repo.groups(session, actor.workspace_id)]


def get_group(session: Session, *, actor: Actor, group_id: str) -> GroupOut:
    require(actor.role, actor.scopes, Permission.GROUPS_READ)
    return _group_out(session, _group(session, actor, group_id))


def rename_group(
    session: Session, *, audit: AuditLog, actor: Actor, group_id: str, name: str
) -> GroupOut:
    require(actor.role, actor.scopes, Permission.GROUPS_MANAGE)
    g = _group(session, actor, group_id)
    other = repo.group_by_name(session, actor.workspace_id, name)
    if other is not None and other.id != g.id:
        raise InvalidInput("A group with this name already exists.", field="name")
    g.name = name
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="group.rename",
        object_type="group",
        object_id=g.id,
    )
    return _group_out(session, g)


def delete_group(session: Session, *, audit: AuditLog, actor: Actor, group_id: str) -> None:
    require(actor.role, actor.scopes, Permission.GROUPS_MANAGE)
    g = _group(session, actor, group_id)
    for m in repo.group_members(session, actor.workspace_id, group_id):
        membership.record(session, actor.workspace_id, group_id, m.user_id, joined=False)
    session.delete(g)
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="group.delete",
        object_type="group",
        object_id=group_id,
    )


def set_group_member(
    session: Session,
    *,
    audit: AuditLog,
    actor: Actor,
    group_id: str,
    user_id: str,
    is_supervisor: bool,
) -> GroupOut:
    require(actor.role, actor.scopes, Permission.GROUPS_MANAGE)
    g = _group(session, actor, group_id)
    get_user_row(session, actor, user_id)
    m = repo.member(session, actor.workspace_id, group_id, user_id)
    if m is None:
        session.add(
            GroupMember(
                group_id=g.id,
                user_id=user_id,
                workspace_id=actor.workspace_id,
                is_supervisor=is_supervisor,
            )
        )
        membership.record(session, actor.workspace_id, g.id, user_id, joined=True)
    else:
        m.is_supervisor = is_supervisor
    session.flush()
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="group.member_set",
        object_type="group",
        object_id=g.id,
        details={"user_id": user_id, "is_supervisor": is_supervisor},
    )
    return _group_out(session, g)


def remove_group_member(
    session: Session, *, audit: AuditLog, actor: Actor, group_id: str, user_id: str
) -> GroupOut:
    require(actor.role, actor.scopes, Permission.GROUPS_MANAGE)
    g = _group(session, actor, group_id)
    m = repo.member(session, actor.workspace_id, group_id, user_id)
    if m is None:
        raise NotFound("That user is not a member of this group.", object_type="group_member")
    session.delete(m)
    membership.record(session, actor.workspace_id, g.id, user_id, joined=False)
    session.flush()
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="group.member_remove",
        object_type="group",
        object_id=g.id,
        details={"user_id": user_id},
    )
    return _group_out(session, g)
