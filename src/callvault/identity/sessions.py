"""Device sessions: list your own (admins: those of users they manage), revoke one or all."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, allows, require
from callvault.crypto.keyring import Keyring, WorkspaceCipher
from callvault.identity import repository as repo
from callvault.identity.models import DeviceSession
from callvault.identity.schemas import DeviceSessionOut
from callvault.identity.service import check_may_manage, may_manage


def _device_out(cipher: WorkspaceCipher, row: DeviceSession, actor: Actor) -> DeviceSessionOut:
    info = json.loads(
        cipher.open(row.device_sealed, kind="device_session", object_id=row.id, field="device")
    )
    return DeviceSessionOut(
        id=row.id,
        user_id=row.user_id,
        name=info.get("name") or "device",
        user_agent=info.get("user_agent"),
        ip=info.get("ip"),
        created_at=row.created_at,
        last_seen_at=row.last_seen_at,
        expires_at=row.expires_at,
        current=row.id == actor.session_id,
    )


def list_sessions(
    session: Session, *, keyring: Keyring, actor: Actor, user_id: str | None = None
) -> list[DeviceSessionOut]:
    """The actor's own devices, or (admins) another user's."""
    target = _target_user(session, actor, user_id)
    cipher = keyring.cipher(session, actor.workspace_id)
    rows = repo.device_sessions(session, actor.workspace_id, target, now=utcnow())
    return [_device_out(cipher, r, actor) for r in rows]


def _target_user(session: Session, actor: Actor, user_id: str | None) -> str:
    if user_id is None or user_id == actor.user_id:
        require(actor.role, actor.scopes, Permission.SESSIONS_OWN)
        assert actor.user_id is not None
        return actor.user_id
    require(actor.role, actor.scopes, Permission.SESSIONS_MANAGE)
    target = repo.user(session, actor.workspace_id, user_id)
    if target is None:
        raise NotFound("User not found.", object_type="user")
    # An owner's (or another admin's) devices are theirs and other owners' to see and sign
    # out, as the rest of their account is: 403, like changing them (the user is listed).
    check_may_manage(actor, target)
    return user_id


def revoke_session(session: Session, *, audit: AuditLog, actor: Actor, session_id: str) -> None:
    """Revoke one device session: your own, or (admins) anyone's in the workspace."""
    row = repo.device_session(session, actor.workspace_id, session_id)
    own = row is not None and row.user_id == actor.user_id
    if own:
        require(actor.role, actor.scopes, Permission.SESSIONS_OWN)
    elif allows(actor.role, Permission.SESSIONS_MANAGE, actor.scopes):
        holder = repo.user(session, actor.workspace_id, row.user_id) if row else None
        if holder is not None and not may_manage(actor, holder):
            row = None  # a session of someone you may not manage: as if it did not exist
    else:
        require(actor.role, actor.scopes, Permission.SESSIONS_OWN)
        row = None  # someone else's session: answer as if it did not exist
    if row is None or row.revoked_at is not None:
        raise NotFound("Session not found.", object_type="session")
    row.revoked_at, row.revoked_reason = utcnow(), "revoked"
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="session.revoke",
        object_type="session",
        object_id=row.id,
        details={"user_id": row.user_id},
    )


def revoke_all_sessions(session: Session, *, audit: AuditLog, actor: Actor, user_id: str) -> int:
    target = _target_user(session, actor, user_id)
    count = repo.revoke_user_sessions(
        session,
        actor.workspace_id,
        target,
        now=utcnow(),
        reason="revoked",
        except_id=actor.session_id,
    )
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="session.revoke_all",
        object_type="user",
        object_id=target,
        details={"count": count},
    )
    return count
