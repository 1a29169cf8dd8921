"""Live-call recording policy (ADR 0027: admins set it per workspace, group or user; the
strictest setting that applies wins) and a call's consent ledger (who heard the recording
announcement, and when)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel

from callvault.comms.calls.schemas import Uuid
from callvault.comms.live import policy
from callvault.comms.live.consent import ConsentLedgerOut, read_ledger
from callvault.comms.live.models import RecordingPolicy
from callvault.core.errors import NotFound
from callvault.core.inputs import Input
from callvault.core.permissions import Permission
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import documented

router = APIRouter(tags=["live calls"])


class RecordingPolicyOut(BaseModel):
    scope: Literal["workspace", "group", "user"]
    scope_id: str  # the workspace, group or user id
    mode: Literal["always", "on_demand", "never"]
    updated_by: str | None
    updated_at: datetime


class RecordingPoliciesOut(BaseModel):
    policies: list[RecordingPolicyOut]
    rule: str = "strictest wins: never > always > on_demand (on_demand when nothing is set)"


class RecordingPolicyIn(Input):
    scope: Literal["workspace", "group", "user"]
    """Which level this setting is for."""
    scope_id: Uuid | None = None
    """The group's or user's id (none for the workspace)."""
    mode: Literal["always", "on_demand", "never"] | None
    """The setting; null clears it (nothing said at this level)."""


def _out(row: RecordingPolicy) -> RecordingPolicyOut:
    return RecordingPolicyOut.model_validate(
        {
            "scope": row.scope,
            "scope_id": row.scope_id,
            "mode": row.mode,
            "updated_by": row.updated_by,
            "updated_at": row.updated_at,
        }
    )


@router.get("/recording-policies", openapi_extra=rule(Permission.RECORDING_POLICY_READ))
def list_policies(a: ActorDep, c: ContainerDep) -> RecordingPoliciesOut:
    """Every recording-policy setting of the workspace."""
    with c.db.read() as s:
        return RecordingPoliciesOut(policies=[_out(r) for r in policy.list_policies(s, actor=a)])


@router.put(
    "/recording-policies",
    openapi_extra=rule(Permission.RECORDING_POLICY_MANAGE),
    responses=documented(NotFound),
)
def set_policy(body: RecordingPolicyIn, a: ActorDep, c: ContainerDep) -> RecordingPoliciesOut:
    """Set or clear one level's setting (audited); the workspace's settings after it."""
    with c.db.write() as s:
        policy.set_policy(
            s,
            audit=c.audit,
            actor=a,
            scope=policy.Scope(body.scope),
            scope_id=body.scope_id,
            mode=policy.Mode(body.mode) if body.mode else None,
        )
    with c.db.read() as s:
        return RecordingPoliciesOut(policies=[_out(r) for r in policy.list_policies(s, actor=a)])


@router.get("/calls/{call_id}/consent-ledger", openapi_extra=rule(Permission.RECORDINGS_READ))
def consent_ledger(call_id: str, a: ActorDep, c: ContainerDep) -> ConsentLedgerOut:
    """Who was told the call was being recorded, and when (visible as the call's recordings
    are; every read audited)."""
    return read_ledger(c.db, audit=c.audit, actor=a, call_id=call_id)
