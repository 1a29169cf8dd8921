"""Life-cycle ends: a workspace's status (for closure) and a user's disabling (for
offboarding), used by governance's use cases.

``active`` → ``closing`` (the waiting period: owners only may sign in; cancellable) →
``closed`` (the closure job has started: nobody signs in; keys then rows go) → the row itself
is deleted last. Callers audit; these functions only read and move the status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound, PermissionDenied
from callvault.core.permissions import SYSTEM_ROLE, Permission, Role, require
from callvault.identity import repository as repo
from callvault.identity.errors import LastOwner
from callvault.identity.models import Workspace

ACTIVE = "active"
CLOSING = "closing"
CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class WorkspaceState:
    workspace_id: str
    slug: str
    status: str


def workspace_state(
    session: Session, workspace_id: str, *, lock: bool = False
) -> WorkspaceState | None:
    """The workspace's slug and status (None once its row is gone); lock: for update."""
    ws = session.get(Workspace, workspace_id, with_for_update=lock)
    if ws is None:
        return None
    return WorkspaceState(ws.id, ws.slug, ws.status)


def set_status(session: Session, workspace_id: str, status: str) -> None:
    if status not in (ACTIVE, CLOSING, CLOSED):
        raise ValueError(f"unknown workspace status {status!r}")
    ws = session.get(Workspace, workspace_id, with_for_update=True)
    if ws is None:
        raise NotFound("Workspace not found.")
    ws.status = status


def delete_workspace_row(session: Session, workspace_id: str) -> int:
    """The last step of a closure: the row (its name sealed under destroyed keys) goes."""
    result = session.execute(delete(Workspace).where(Workspace.id == workspace_id))
    return int(result.rowcount)  # type: ignore[attr-defined]


def workspace_ids(session: Session) -> Sequence[str]:
    return session.scalars(select(Workspace.id).order_by(Workspace.id)).all()


@dataclass(frozen=True, slots=True)
class Revoked:
    sessions: int
    tokens: int
    was_active: bool


def disable_and_revoke(
    session: Session, *, audit: AuditLog, actor: Actor, user_id: str, reason: str
) -> Revoked:
    """Disable a user and revoke every session and API token they hold. Safe to repeat
    (an offboarding re-run): a disabled user is revoked again, which finds nothing."""
    require(actor.role, actor.scopes, Permission.USERS_MANAGE)
    user = repo.user(session, actor.workspace_id, user_id)
    if user is None:
        raise NotFound("User not found.", object_type="user")
    if user.id == actor.user_id:
        raise PermissionDenied("You cannot offboard yourself.")
    if actor.role not in (Role.OWNER, SYSTEM_ROLE) and user.role in (Role.OWNER, Role.ADMIN):
        raise PermissionDenied("Only an owner can offboard an owner or admin.")
    was_active = user.status == "active"
    if (
        was_active
        and user.role == Role.OWNER
        and repo.count_active_owners(session, actor.workspace_id) <= 1
    ):
        raise LastOwner("The workspace must keep at least one active owner.")
    now = utcnow()
    user.status = "disabled"
    sessions = repo.revoke_user_sessions(
        session, actor.workspace_id, user.id, now=now, reason=reason
    )
    tokens = repo.revoke_user_tokens(session, actor.workspace_id, user.id, now=now)
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="user.disable",
        object_type="user",
        object_id=user.id,
        details={"sessions_revoked": sessions, "tokens_revoked": tokens, "reason": reason},
    )
    return Revoked(sessions=sessions, tokens=tokens, was_active=was_active)
