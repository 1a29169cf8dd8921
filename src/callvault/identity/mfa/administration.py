"""Two-step sign-in governed by others: the workspace's requirement (admins, like the
workspace's other settings), an admin's reset of a member who lost their phone and codes
(who may reset whom follows `identity.service.check_may_manage`, as password resets do),
and the operator's reset from the CLI (an owner locked out)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound, PermissionDenied
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import repository as identity_repo
from callvault.identity import service as identity
from callvault.identity.auth import AuthPolicy
from callvault.identity.errors import ReauthenticationFailed
from callvault.identity.mfa import repository as repo
from callvault.identity.mfa.errors import MfaEnrolFirst
from callvault.identity.mfa.schemas import MfaPolicyOut
from callvault.identity.reauthentication import confirm


def set_policy(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    actor: Actor,
    required: bool,
    password: str | None,
) -> MfaPolicyOut:
    """Require two-step sign-in or stop requiring it. Stopping takes the acting user's
    password (ADR 0042, second addendum): it strips every member's protection at once."""
    require(actor.role, actor.scopes, Permission.WORKSPACE_UPDATE)
    with db.read() as s:
        ws = identity_repo.workspace(s, actor.workspace_id)
        if ws is None:
            raise NotFound("Workspace not found.")
        lifting = ws.mfa_required and not required
    if lifting:
        confirm(
            db,
            keyring=keyring,
            audit=audit,
            policy=policy,
            actor=actor,
            password=password,
            denied="workspace.mfa_policy_denied",
            object_type="workspace",
            object_id=actor.workspace_id,
        )
    with db.write() as s:
        ws = identity_repo.workspace(s, actor.workspace_id)
        if ws is None:
            raise NotFound("Workspace not found.")
        if ws.mfa_required and not required and not lifting:
            # Turned on by someone else since the read: lifting it takes the password.
            raise ReauthenticationFailed(
                "Confirm this with your password (`password`).", field="password"
            )
        if required and not ws.mfa_required and actor.user_id is not None:
            me = identity_repo.user(s, actor.workspace_id, actor.user_id)
            if me is None or not me.mfa_enabled:
                raise MfaEnrolFirst(
                    "Turn on two-step sign-in for yourself first: requiring it would hold "
                    "your own session at once."
                )
        if ws.mfa_required != required:
            ws.mfa_required = required
            audit.record(
                s,
                workspace_id=actor.workspace_id,
                actor=actor,
                action="workspace.mfa_policy",
                object_type="workspace",
                object_id=ws.id,
                details={"required": required},
            )
        return MfaPolicyOut(required=ws.mfa_required)


def reset_by_admin(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    actor: Actor,
    user_id: str,
    password: str,
) -> None:
    """Turn a member's two-step sign-in off and end their sessions: they sign in with their
    password again (and enrol again if the workspace requires it). Takes the acting user's
    password (ADR 0042, second addendum)."""
    require(actor.role, actor.scopes, Permission.USERS_MANAGE)
    # Who may reset whom first: a refusal there costs no password guess.
    with db.read() as s:
        _check_may_reset(s, actor, user_id)
    confirm(
        db,
        keyring=keyring,
        audit=audit,
        policy=policy,
        actor=actor,
        password=password,
        denied="user.mfa_reset_denied",
        object_type="user",
        object_id=user_id,
    )
    with db.write() as s:
        _check_may_reset(s, actor, user_id)
        _reset(s, audit=audit, actor=actor, workspace_id=actor.workspace_id, user_id=user_id)


def _check_may_reset(session: Session, actor: Actor, user_id: str) -> None:
    target = identity.get_user_row(session, actor, user_id)
    identity.check_may_manage(actor, target)
    if target.id == actor.user_id:
        raise PermissionDenied(
            "Turn your own two-step sign-in off in your settings (with your password)."
        )


def reset_by_operator(
    session: Session, *, audit: AuditLog, workspace_id: str, user_id: str
) -> None:
    """From the operator's CLI (who holds the server, and its keys, anyway)."""
    if identity_repo.user(session, workspace_id, user_id) is None:
        raise NotFound("User not found.")
    _reset(
        session,
        audit=audit,
        actor=Actor.system(workspace_id, reason="cli"),
        workspace_id=workspace_id,
        user_id=user_id,
    )


def _reset(
    session: Session, *, audit: AuditLog, actor: Actor, workspace_id: str, user_id: str
) -> None:
    user = identity_repo.user(session, workspace_id, user_id)
    assert user is not None
    was_on = user.mfa_enabled
    repo.delete_factor(session, workspace_id, user_id)
    user.mfa_enabled = False
    ended = identity_repo.revoke_user_sessions(
        session, workspace_id, user_id, now=utcnow(), reason="mfa_reset"
    )
    audit.record(
        session,
        workspace_id=workspace_id,
        actor=actor,
        action="user.mfa_reset",
        object_type="user",
        object_id=user_id,
        details={"was_enabled": was_on, "sessions_revoked": ended},
    )
