"""Use cases for workspaces, users and groups. Each checks access, writes, and audits."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import InvalidInput, NotFound, PermissionDenied
from callvault.core.permissions import ROLES_ADMIN_MAY_GRANT, Permission, Role, require
from callvault.crypto.keyring import Keyring, WorkspaceCipher
from callvault.governance.audit.service import AuditLog
from callvault.identity import passwords
from callvault.identity import repository as repo
from callvault.identity.errors import EmailTaken, InvalidEmail, LastOwner, SlugTaken
from callvault.identity.models import Group, GroupMember, User, Workspace
from callvault.identity.schemas import GroupMemberOut, GroupOut, UserOut, WorkspaceOut

_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$")
_EMAIL = re.compile(
    r"^[^@\s\x00-\x1f]{1,64}@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$"
)


def normalise_email(email: str) -> str:
    value = email.strip().lower()
    if not _EMAIL.match(value):
        raise InvalidEmail("Not a valid email address.", field="email")
    return value


def email_index(cipher: WorkspaceCipher, email: str) -> str:
    return cipher.blind_index(email, field="user.email")


def _workspace_out(cipher: WorkspaceCipher, ws: Workspace) -> WorkspaceOut:
    name = cipher.open_text(ws.name_sealed, kind="workspace", object_id=ws.id, field="name")
    return WorkspaceOut(
        id=ws.id, slug=ws.slug, name=name, status=ws.status, created_at=ws.created_at
    )


def user_out(cipher: WorkspaceCipher, user: User) -> UserOut:
    return UserOut(
        id=user.id,
        email=cipher.open_text(user.email_sealed, kind="user", object_id=user.id, field="email"),
        name=cipher.open_text(user.name_sealed, kind="user", object_id=user.id, field="name"),
        role=Role(user.role),
        status=user.status,
        created_at=user.created_at,
        last_sign_in_at=user.last_sign_in_at,
    )


# --- workspaces -------------------------------------------------------------------------


def create_workspace(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    slug: str,
    name: str,
    owner_email: str,
    owner_name: str,
    owner_password: str,
    created_by: str = "cli",
) -> tuple[WorkspaceOut, UserOut]:
    """Create a tenant with its own keys and its first owner."""
    slug = slug.strip().lower()
    if not _SLUG.match(slug):
        raise InvalidInput(
            "Workspace slug must be 3-63 lower-case letters, digits or hyphens.", field="slug"
        )
    if repo.workspace_by_slug(session, slug):
        raise SlugTaken("A workspace with this slug already exists.", field="slug")
    ws = Workspace(slug=slug, name_sealed=b"")
    session.add(ws)
    session.flush()
    keyring.create_workspace_keys(session, ws.id)
    cipher = keyring.cipher(session, ws.id)
    ws.name_sealed = cipher.seal_text(name, kind="workspace", object_id=ws.id, field="name")
    system = Actor.system(ws.id, reason=created_by)
    audit.record(
        session,
        workspace_id=ws.id,
        actor=system,
        action="workspace.create",
        object_type="workspace",
        object_id=ws.id,
        details={"slug": slug},
    )
    owner = _insert_user(
        session,
        cipher=cipher,
        audit=audit,
        actor=system,
        email=owner_email,
        name=owner_name,
        role=Role.OWNER,
        password=owner_password,
    )
    return _workspace_out(cipher, ws), owner


def list_workspaces(session: Session, *, keyring: Keyring) -> list[WorkspaceOut]:
    """All workspaces on this installation (operator CLI only; no API exposes this)."""
    return [
        _workspace_out(keyring.cipher(session, ws.id), ws) for ws in repo.all_workspaces(session)
    ]


def get_workspace(session: Session, *, keyring: Keyring, actor: Actor) -> WorkspaceOut:
    require(actor.role, actor.scopes, Permission.WORKSPACE_READ)
    ws = _workspace(session, actor.workspace_id)
    return _workspace_out(keyring.cipher(session, ws.id), ws)


def rename_workspace(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, name: str
) -> WorkspaceOut:
    require(actor.role, actor.scopes, Permission.WORKSPACE_UPDATE)
    ws = _workspace(session, actor.workspace_id)
    cipher = keyring.cipher(session, ws.id)
    ws.name_sealed = cipher.seal_text(name, kind="workspace", object_id=ws.id, field="name")
    audit.record(
        session,
        workspace_id=ws.id,
        actor=actor,
        action="workspace.rename",
        object_type="workspace",
        object_id=ws.id,
    )
    return _workspace_out(cipher, ws)


def _workspace(session: Session, workspace_id: str) -> Workspace:
    ws = repo.workspace(session, workspace_id)
    if ws is None:
        raise NotFound("Workspace not found.")
    return ws


# --- users ------------------------------------------------------------------------------


def _insert_user(
    session: Session,
    *,
    cipher: WorkspaceCipher,
    audit: AuditLog,
    actor: Actor,
    email: str,
    name: str,
    role: Role,
    password: str | None,
) -> UserOut:
    email = normalise_email(email)
    index = email_index(cipher, email)
    if repo.user_by_email_index(session, actor.workspace_id, index):
        raise EmailTaken("A user with this email already exists.", field="email")
    if password is not None:
        passwords.check_policy(password, context_words=(email.split("@")[0], name))
    user = User(
        workspace_id=actor.workspace_id,
        email_index=index,
        email_sealed=b"",
        name_sealed=b"",
        role=role.value,
        password_hash=passwords.hash_password(password) if password is not None else None,
        password_changed_at=utcnow() if password is not None else None,
    )
    session.add(user)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise EmailTaken("A user with this email already exists.", field="email") from exc
    user.email_sealed = cipher.seal_text(email, kind="user", object_id=user.id, field="email")
    user.name_sealed = cipher.seal_text(name, kind="user", object_id=user.id, field="name")
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="user.create",
        object_type="user",
        object_id=user.id,
        details={"role": role.value},
    )
    return user_out(cipher, user)


def add_user(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    email: str,
    name: str,
    role: Role,
    password: str | None,
) -> UserOut:
    """Add a user; admins may add supervisors, members and auditors, owners anyone."""
    require(actor.role, actor.scopes, Permission.USERS_MANAGE)
    _check_may_grant(actor, role)
    cipher = keyring.cipher(session, actor.workspace_id)
    return _insert_user(
        session,
        cipher=cipher,
        audit=audit,
        actor=actor,
        email=email,
        name=name,
        role=role,
        password=password,
    )


def _check_may_grant(actor: Actor, role: Role) -> None:
    if actor.role in (Role.OWNER, "system"):
        return
    if role not in ROLES_ADMIN_MAY_GRANT:
        raise PermissionDenied("Only an owner can grant the owner or admin role.", role=role.value)


def list_users(
    session: Session, *, keyring: Keyring, actor: Actor, status: str | None = None
) -> list[UserOut]:
    require(actor.role, actor.scopes, Permission.USERS_READ)
    cipher = keyring.cipher(session, actor.workspace_id)
    return [user_out(cipher, u) for u in repo.users(session, actor.workspace_id, status=status)]


def get_user(session: Session, *, keyring: Keyring, actor: Actor, user_id: str) -> UserOut:
    require(actor.role, actor.scopes, Permission.USERS_READ)
    return user_out(keyring.cipher(session, actor.workspace_id), _user(session, actor, user_id))


def get_me(session: Session, *, keyring: Keyring, actor: Actor) -> UserOut:
    """Your own profile: any signed-in user, whatever the role or token scopes."""
    if actor.user_id is None:
        raise NotFound("User not found.")
    return user_out(
        keyring.cipher(session, actor.workspace_id), _user(session, actor, actor.user_id)
    )


def _user(session: Session, actor: Actor, user_id: str) -> User:
    user = repo.user(session, actor.workspace_id, user_id)
    if user is None:
        raise NotFound("User not found.", object_type="user")
    return user


def update_user(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    user_id: str,
    name: str | None,
    role: Role | None,
) -> UserOut:
    require(actor.role, actor.scopes, Permission.USERS_MANAGE)
    user = _user(session, actor, user_id)
    cipher = keyring.cipher(session, actor.workspace_id)
    changes: dict[str, str] = {}
    if role is not None and role.value != user.role:
        _check_may_manage(actor, user)
        _check_may_grant(actor, role)
        if user.id == actor.user_id:
            raise PermissionDenied("You cannot change your own role.")
        if user.role == Role.OWNER and repo.count_active_owners(session, user.workspace_id) <= 1:
            raise LastOwner("The workspace must keep at least one active owner.")
        changes = {"from_role": user.role, "to_role": role.value}
        user.role = role.value
    if name is not None:
        _check_may_manage(actor, user)
        user.name_sealed = cipher.seal_text(name, kind="user", object_id=user.id, field="name")
        changes["name"] = "changed"
    if changes:
        audit.record(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="user.update",
            object_type="user",
            object_id=user.id,
            details=changes,
        )
    return user_out(cipher, user)


def _check_may_manage(actor: Actor, target: User) -> None:
    if (
        actor.role != Role.OWNER
        and target.role in (Role.OWNER, Role.ADMIN)
        and (target.id != actor.user_id)
    ):
        raise PermissionDenied("Only an owner can change an owner or admin.")


def set_user_status(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    user_id: str,
    disabled: bool,
) -> UserOut:
    """Disable (revoking every session and token at once) or re-enable a user."""
    require(actor.role, actor.scopes, Permission.USERS_MANAGE)
    user = _user(session, actor, user_id)
    _check_may_manage(actor, user)
    if disabled:
        if user.id == actor.user_id:
            raise PermissionDenied("You cannot disable yourself.")
        if user.role == Role.OWNER and repo.count_active_owners(session, user.workspace_id) <= 1:
            raise LastOwner("The workspace must keep at least one active owner.")
        now = utcnow()
        user.status = "disabled"
        sessions = repo.revoke_user_sessions(
            session, user.workspace_id, user.id, now=now, reason="user_disabled"
        )
        tokens = repo.revoke_user_tokens(session, user.workspace_id, user.id, now=now)
        details = {"sessions_revoked": sessions, "tokens_revoked": tokens}
    else:
        user.status = "active"
        details = {}
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="user.disable" if disabled else "user.enable",
        object_type="user",
        object_id=user.id,
        details=details,
    )
    return user_out(keyring.cipher(session, actor.workspace_id), user)


def set_password_by_operator(
    session: Session, *, audit: AuditLog, workspace_id: str, user_id: str, password: str
) -> None:
    """Reset a password from the operator CLI (recovery when no owner can sign in)."""
    user = repo.user(session, workspace_id, user_id)
    if user is None:
        raise NotFound("User not found.")
    passwords.check_policy(password)
    user.password_hash = passwords.hash_password(password)
    user.password_changed_at = utcnow()
    repo.revoke_user_sessions(session, workspace_id, user_id, now=utcnow(), reason="password_reset")
    audit.record(
        session,
        workspace_id=workspace_id,
        actor_type="system",
        actor_id="cli",
        action="user.password_reset",
        object_type="user",
        object_id=user_id,
    )


# --- groups -----------------------------------------------------------------------------


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
    _user(session, actor, user_id)
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


def supervised_user_ids(session: Session, *, actor: Actor) -> set[str]:
    """Users in the groups the actor supervises (visibility for supervisors)."""
    if actor.user_id is None:
        return set()
    ids: set[str] = set()
    for m in repo.memberships(session, actor.workspace_id, actor.user_id):
        if m.is_supervisor:
            ids.update(
                x.user_id for x in repo.group_members(session, actor.workspace_id, m.group_id)
            )
    return ids


def user_group_ids(session: Session, workspace_id: str, user_id: str) -> Sequence[str]:
    return [m.group_id for m in repo.memberships(session, workspace_id, user_id)]
