"""Use cases for workspaces, users and groups. Each checks access, writes, and audits."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import InvalidInput, NotFound, PermissionDenied
from callvault.core.permissions import (
    ROLES_ADMIN_MAY_GRANT,
    SYSTEM_ROLE,
    Permission,
    Role,
    require,
)
from callvault.crypto.errors import KeyDestroyed
from callvault.crypto.keyring import Keyring, WorkspaceCipher
from callvault.identity import passwords
from callvault.identity import repository as repo
from callvault.identity.errors import EmailTaken, InvalidEmail, LastOwner, SlugTaken
from callvault.identity.models import User, Workspace
from callvault.identity.schemas import UserOut, WorkspaceOut

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
        id=ws.id,
        slug=ws.slug,
        name=name,
        status=ws.status,
        created_at=ws.created_at,
        mfa_required=ws.mfa_required,
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
        password_temporary=user.password_temporary,
        awaiting_password=user.password_hash is None,
        mfa_enabled=user.mfa_enabled,
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
    out: list[WorkspaceOut] = []
    for ws in repo.all_workspaces(session):
        try:
            out.append(_workspace_out(keyring.cipher(session, ws.id), ws))
        except KeyDestroyed:
            # Mid-closure, or restored from a backup taken before its closure: unreadable.
            out.append(
                WorkspaceOut(
                    id=ws.id, slug=ws.slug, name="", status="shredded", created_at=ws.created_at
                )
            )
    return out


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
        password_temporary=password is not None,  # chosen by whoever created the user
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
    check_may_grant(actor, role)
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


def check_may_grant(actor: Actor, role: Role) -> None:
    if actor.role in (Role.OWNER, SYSTEM_ROLE):
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
    return user_out(
        keyring.cipher(session, actor.workspace_id), get_user_row(session, actor, user_id)
    )


def get_me(session: Session, *, keyring: Keyring, actor: Actor) -> UserOut:
    """Your own profile: any signed-in user, whatever the role or token scopes."""
    if actor.user_id is None:
        raise NotFound("User not found.")
    out = user_out(
        keyring.cipher(session, actor.workspace_id), get_user_row(session, actor, actor.user_id)
    )
    out.mfa_enrolment_required = actor.mfa_enrolment_required
    return out


def get_user_row(session: Session, actor: Actor, user_id: str) -> User:
    """The user row in the actor's workspace, or NotFound."""
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
    user = get_user_row(session, actor, user_id)
    cipher = keyring.cipher(session, actor.workspace_id)
    changes: dict[str, str] = {}
    if role is not None and role.value != user.role:
        check_may_manage(actor, user)
        check_may_grant(actor, role)
        if user.id == actor.user_id:
            raise PermissionDenied("You cannot change your own role.")
        if user.role == Role.OWNER and repo.count_active_owners(session, user.workspace_id) <= 1:
            raise LastOwner("The workspace must keep at least one active owner.")
        changes = {"from_role": user.role, "to_role": role.value}
        user.role = role.value
    if name is not None:
        check_may_manage(actor, user)
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


def check_may_manage(actor: Actor, target: User) -> None:
    """Owners and admins are managed (changed, reset, their devices listed or signed out)
    only by owners, by themselves, or by the operator's CLI."""
    if not may_manage(actor, target):
        raise PermissionDenied("Only an owner can change an owner or admin.")


def may_manage(actor: Actor, target: User) -> bool:
    return (
        actor.role in (Role.OWNER, SYSTEM_ROLE)
        or target.role not in (Role.OWNER, Role.ADMIN)
        or target.id == actor.user_id
    )


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
    user = get_user_row(session, actor, user_id)
    check_may_manage(actor, user)
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
    user.password_temporary = True  # the operator saw it
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


def supervisors_of(session: Session, workspace_id: str, user_ids: Sequence[str]) -> set[str]:
    """Users who supervise a group that any of user_ids belongs to (the live transcript's
    supervisors, ADR 0028)."""
    out: set[str] = set()
    for user_id in user_ids:
        for m in repo.memberships(session, workspace_id, user_id):
            out.update(
                x.user_id
                for x in repo.group_members(session, workspace_id, m.group_id)
                if x.is_supervisor
            )
    return out


def user_group_ids(session: Session, workspace_id: str, user_id: str) -> Sequence[str]:
    return [m.group_id for m in repo.memberships(session, workspace_id, user_id)]
