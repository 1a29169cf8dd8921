"""Workspace key status and on-demand rotation (owners)."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter

from callvault.core.permissions import Permission
from callvault.governance import keys
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep

router = APIRouter(tags=["keys"])


@router.get("/keys", openapi_extra=rule(Permission.KEYS_READ))
def key_status(a: ActorDep, c: ContainerDep) -> keys.KeyStatusOut:
    with c.db.read() as s:
        return keys.key_status(
            s,
            keyring=c.keyring,
            actor=a,
            rotation_every=timedelta(days=c.settings.key_rotation_days),
        )


@router.post("/keys/rotate", openapi_extra=rule(Permission.KEYS_ROTATE))
def rotate(a: ActorDep, c: ContainerDep) -> keys.RotationOut:
    return keys.rotate_workspace_keys(
        c.db, keyring=c.keyring, audit=c.audit, workspace_id=a.workspace_id, actor=a
    )
