"""Retention policies (admins), a preview of what a change would delete, and sweep health
(admins and auditors)."""

from __future__ import annotations

from fastapi import APIRouter

from callvault.core.permissions import Permission
from callvault.governance.retention import health, service
from callvault.governance.retention.schemas import (
    PolicyChangesIn,
    PolicyOut,
    PreviewOut,
    SweepStatusOut,
)
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep

router = APIRouter(tags=["retention"])


@router.get("/retention/policies", openapi_extra=rule(Permission.RETENTION_READ))
def get_policies(a: ActorDep, c: ContainerDep) -> PolicyOut:
    with c.db.read() as s:
        return service.get_policies(s, actor=a)


@router.put("/retention/policies", openapi_extra=rule(Permission.RETENTION_MANAGE))
def put_policies(body: PolicyChangesIn, a: ActorDep, c: ContainerDep) -> PolicyOut:
    with c.db.write() as s:
        return service.update_policies(s, audit=c.audit, actor=a, changes=body.policies)


@router.post("/retention/preview", openapi_extra=rule(Permission.RETENTION_MANAGE))
def preview(body: PolicyChangesIn, a: ActorDep, c: ContainerDep) -> PreviewOut:
    with c.db.read() as s:
        return service.preview(s, actor=a, targets=c.retention_targets, changes=body.policies)


@router.get("/retention/status", openapi_extra=rule(Permission.RETENTION_READ))
def status(a: ActorDep, c: ContainerDep) -> SweepStatusOut:
    with c.db.read() as s:
        return health.sweep_status(s, actor=a, targets=c.retention_targets)
