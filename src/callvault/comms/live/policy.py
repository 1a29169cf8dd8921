"""Live-call recording policy (issue #13 item 3, ADR 0027): `always`, `on_demand` or `never`,
set for the workspace, a group or a user by an admin (audited).

The rule is *the strictest setting that applies wins*, not the most specific one:
`never` > `always` > `on_demand`. A call's settings are the workspace's, those of every group
either party belongs to, and both parties' own. So a prohibition (a jurisdiction, a works
council agreement, an HR line: `never`) cannot be undone by a narrower `always`, and a
recording duty (`always`, e.g. a trading desk) cannot be opted out of by a narrower
`on_demand`. With nothing set the call is `on_demand` (a party may start recording)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.live.models import RecordingPolicy
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, require
from callvault.identity import repository as identity_repo
from callvault.identity.models import GroupMember


class Mode(StrEnum):
    ALWAYS = "always"
    ON_DEMAND = "on_demand"
    NEVER = "never"


class Scope(StrEnum):
    WORKSPACE = "workspace"
    GROUP = "group"
    USER = "user"


_STRICTNESS = {Mode.NEVER: 2, Mode.ALWAYS: 1, Mode.ON_DEMAND: 0}


def strictest(modes: Iterable[Mode]) -> Mode:
    """never > always > on_demand; on_demand when nothing is set."""
    return max(modes, key=_STRICTNESS.__getitem__, default=Mode.ON_DEMAND)


def call_mode(session: Session, workspace_id: str, user_ids: Sequence[str]) -> Mode:
    """The recording mode of a call between these users."""
    groups = session.scalars(
        select(GroupMember.group_id).where(
            GroupMember.workspace_id == workspace_id, GroupMember.user_id.in_(user_ids)
        )
    ).all()
    wanted = {
        (Scope.WORKSPACE.value, workspace_id),
        *((Scope.GROUP.value, g) for g in groups),
        *((Scope.USER.value, u) for u in user_ids),
    }
    rows = session.scalars(
        select(RecordingPolicy).where(RecordingPolicy.workspace_id == workspace_id)
    ).all()
    return strictest(Mode(r.mode) for r in rows if (r.scope, r.scope_id) in wanted)


def list_policies(session: Session, *, actor: Actor) -> list[RecordingPolicy]:
    require(actor.role, actor.scopes, Permission.RECORDING_POLICY_READ)
    return list(
        session.scalars(
            select(RecordingPolicy)
            .where(RecordingPolicy.workspace_id == actor.workspace_id)
            .order_by(RecordingPolicy.scope, RecordingPolicy.scope_id)
        ).all()
    )


def set_policy(
    session: Session,
    *,
    audit: AuditLog,
    actor: Actor,
    scope: Scope,
    scope_id: str | None,
    mode: Mode | None,
) -> RecordingPolicy | None:
    """Set (mode) or clear (None) the setting at one level; audited. NotFound for a group or
    user not in the workspace."""
    require(actor.role, actor.scopes, Permission.RECORDING_POLICY_MANAGE)
    ws = actor.workspace_id
    if scope is Scope.WORKSPACE:
        key = ws
    elif scope is Scope.GROUP:
        if scope_id is None or identity_repo.group(session, ws, scope_id) is None:
            raise NotFound("Group not found.", object_type="group")
        key = scope_id
    else:
        if scope_id is None or identity_repo.user(session, ws, scope_id) is None:
            raise NotFound("User not found.", object_type="user")
        key = scope_id
    row = session.get(RecordingPolicy, (ws, scope.value, key))
    before = row.mode if row is not None else None
    if mode is None:
        if row is not None:
            session.delete(row)
        row = None
    elif row is None:
        row = RecordingPolicy(
            workspace_id=ws,
            scope=scope.value,
            scope_id=key,
            mode=mode.value,
            updated_by=actor.user_id,
            updated_at=utcnow(),
        )
        session.add(row)
    else:
        row.mode, row.updated_by, row.updated_at = mode.value, actor.user_id, utcnow()
    session.flush()
    audit.record(
        session,
        workspace_id=ws,
        actor=actor,
        action="recording_policy.set",
        object_type="recording_policy",
        object_id=f"{scope.value}:{key}",
        details={"scope": scope.value, "before": before, "mode": mode.value if mode else None},
    )
    return row
