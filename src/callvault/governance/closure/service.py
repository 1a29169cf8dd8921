"""Closure use cases for the owner: request (re-authenticated), cancel, show; and the
operator's list of receipts.

A request puts the workspace in ``closing``: only owners may sign in while the waiting period
runs (to cancel, or to take their data out). When it is over, the closure job (completion.py)
destroys the keys first, then purges rows and blobs.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.closure.errors import ClosureAlreadyRequested, ClosureInProgress
from callvault.governance.closure.models import WorkspaceClosure
from callvault.governance.closure.schemas import ClosureOut, ClosureStateOut
from callvault.identity import lifecycle, reauthentication
from callvault.identity.auth import AuthPolicy

SLUG_KEY_NAME = "closure-receipts"
PENDING = "pending"
RUNNING = frozenset({"shredding", "purging"})


def closure_out(row: WorkspaceClosure) -> ClosureOut:
    return ClosureOut(
        id=row.id,
        workspace_id=row.workspace_id,
        status=row.status,
        requested_at=row.requested_at,
        due_at=row.due_at,
        cancelled_at=row.cancelled_at,
        keys_destroyed_at=row.keys_destroyed_at,
        completed_at=row.completed_at,
        counts={k: int(v) for k, v in (row.counts or {}).items()},
        slug_hash=row.slug_hash,
    )


def slug_hash(session: Session, keyring: Keyring, slug: str) -> str:
    """Keyed, so a receipt does not name the workspace to whoever reads it, yet an operator
    can still answer "was workspace X closed?" by hashing X again."""
    key = keyring.system_key(session, SLUG_KEY_NAME)
    return hmac.new(key, slug.encode(), hashlib.sha256).hexdigest()


def open_closure(
    session: Session,
    keyring: Keyring,
    state: lifecycle.WorkspaceState,
    *,
    status: str,
    now: datetime,
    due_at: datetime,
) -> WorkspaceClosure:
    """A new closure of the workspace (its row holds the workspace's active key: one at a
    time, enforced by the unique constraint)."""
    row = WorkspaceClosure(
        workspace_id=state.workspace_id,
        active_key=state.workspace_id,
        status=status,
        slug_hash=slug_hash(session, keyring, state.slug),
        requested_at=now,
        due_at=due_at,
        counts={},
    )
    session.add(row)
    session.flush()
    return row


def active_closure(session: Session, workspace_id: str) -> WorkspaceClosure | None:
    return session.scalars(
        select(WorkspaceClosure).where(WorkspaceClosure.active_key == workspace_id)
    ).one_or_none()


def request_closure(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    password: str,
    waiting: timedelta,
    dry_run: bool = False,
    policy: AuthPolicy | None = None,
) -> ClosureOut:
    """Start the waiting period after re-authentication; a dry run only checks."""
    require(actor.role, actor.scopes, Permission.WORKSPACE_CLOSE)
    ws_id = actor.workspace_id
    with db.read() as s:
        if active_closure(s, ws_id) is not None:
            raise ClosureAlreadyRequested("This workspace is already closing.")
    reauthentication.confirm(
        db,
        keyring=keyring,
        audit=audit,
        policy=policy,
        actor=actor,
        password=password,
        denied="workspace.close_denied",
        object_type="workspace",
        object_id=ws_id,
    )
    now = utcnow()
    if dry_run:
        return ClosureOut(
            id=None, workspace_id=ws_id, status="preview", requested_at=None, due_at=now + waiting
        )
    try:
        with db.write() as s:
            state = lifecycle.workspace_state(s, ws_id, lock=True)
            if state is None:
                raise NotFound("Workspace not found.")
            if state.status != lifecycle.ACTIVE or active_closure(s, ws_id) is not None:
                raise ClosureAlreadyRequested("This workspace is already closing.")
            row = open_closure(s, keyring, state, status=PENDING, now=now, due_at=now + waiting)
            lifecycle.set_status(s, ws_id, lifecycle.CLOSING)
            audit.record(
                s,
                workspace_id=ws_id,
                actor=actor,
                action="workspace.close_request",
                object_type="workspace",
                object_id=ws_id,
                details={"closure_id": row.id, "due_at": row.due_at.isoformat()},
            )
            return closure_out(row)
    except IntegrityError:
        # Another request won the race for the unique active_key.
        raise ClosureAlreadyRequested("This workspace is already closing.") from None


def cancel_closure(session: Session, *, audit: AuditLog, actor: Actor) -> ClosureStateOut:
    """Cancel a pending closure (idempotent: nothing pending answers the current state)."""
    require(actor.role, actor.scopes, Permission.WORKSPACE_CLOSE)
    ws_id = actor.workspace_id
    state = lifecycle.workspace_state(session, ws_id, lock=True)
    if state is None:
        raise NotFound("Workspace not found.")
    row = active_closure(session, ws_id)
    if row is None:
        return ClosureStateOut(workspace_status=state.status, closure=None)
    if row.status != PENDING:
        raise ClosureInProgress("The closure has started; it can no longer be cancelled.")
    row.status, row.cancelled_at, row.active_key = "cancelled", utcnow(), None
    lifecycle.set_status(session, ws_id, lifecycle.ACTIVE)
    audit.record(
        session,
        workspace_id=ws_id,
        actor=actor,
        action="workspace.close_cancel",
        object_type="workspace",
        object_id=ws_id,
        details={"closure_id": row.id},
    )
    return ClosureStateOut(workspace_status=lifecycle.ACTIVE, closure=closure_out(row))


def closure_state(session: Session, *, actor: Actor) -> ClosureStateOut:
    require(actor.role, actor.scopes, Permission.WORKSPACE_CLOSE)
    state = lifecycle.workspace_state(session, actor.workspace_id)
    if state is None:
        raise NotFound("Workspace not found.")
    row = active_closure(session, actor.workspace_id)
    return ClosureStateOut(workspace_status=state.status, closure=closure_out(row) if row else None)


def list_closures(session: Session, *, workspace_id: str | None = None) -> list[ClosureOut]:
    """Every closure request and receipt on this installation (operator CLI only)."""
    stmt = select(WorkspaceClosure).order_by(WorkspaceClosure.requested_at)
    if workspace_id is not None:
        stmt = stmt.where(WorkspaceClosure.workspace_id == workspace_id)
    return [closure_out(r) for r in session.scalars(stmt).all()]
