"""Key-management use cases: rotation (manual and the scheduled job) and status, audited."""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.crypto.rotation import RotationReport
from callvault.db.engine import Database


class RotationOut(BaseModel):
    workspace_id: str
    kek_version: int
    content_version: int | None
    rewrapped: int
    retired_below: int
    started_at: datetime
    finished_at: datetime

    @classmethod
    def of(cls, r: RotationReport) -> RotationOut:
        return cls(
            workspace_id=r.workspace_id,
            kek_version=r.kek_version,
            content_version=r.content_version,
            rewrapped=r.rewrapped,
            retired_below=r.retired_below,
            started_at=r.started_at,
            finished_at=r.finished_at,
        )


class DataKeyOut(BaseModel):
    purpose: str
    version: int
    kek_version: int
    status: str
    created_at: datetime
    age_days: float


class KeyStatusOut(BaseModel):
    workspace_id: str
    destroyed: bool
    kek_versions: list[int]
    content_version: int | None
    content_age_days: float | None
    keys: list[DataKeyOut]
    rotation_days: int
    """The scheduled rotation's period: a workspace rotates once its newest key is this old."""
    last_rotated_at: datetime | None
    """When the newest key was made (the last rotation, or the workspace's creation)."""
    next_rotation_at: datetime | None
    """When the scheduled rotation becomes due (it checks daily, so within a day after)."""


def _days(delta: timedelta) -> float:
    return round(delta.total_seconds() / 86400, 3)


def rotate_workspace_keys(
    db: Database, *, keyring: Keyring, audit: AuditLog, workspace_id: str, actor: Actor | None
) -> RotationOut:
    """Rotate one workspace's KEK and data key now (no downtime, content untouched)."""
    if actor is not None:
        require(actor.role, actor.scopes, Permission.KEYS_ROTATE)
    report = RotationOut.of(keyring.rotate_workspace(db, workspace_id))
    with db.write() as session:
        audit.record(
            session,
            workspace_id=workspace_id,
            actor=actor,
            action="keys.rotate",
            actor_type=None if actor else "system",
            actor_id=None if actor else "cli",
            object_type="workspace",
            object_id=workspace_id,
            details=report.model_dump(mode="json"),
        )
    return report


def rotate_due_keys(
    db: Database, *, keyring: Keyring, audit: AuditLog, max_age: timedelta
) -> list[RotationOut]:
    """The scheduled job: rotate every workspace whose newest key is older than max_age."""
    reports = [RotationOut.of(r) for r in keyring.rotate_due(db, max_age=max_age)]
    if reports:
        with db.write() as session:
            for report in reports:
                audit.record(
                    session,
                    workspace_id=report.workspace_id,
                    actor_type="system",
                    actor_id="scheduler",
                    action="keys.rotate",
                    object_type="workspace",
                    object_id=report.workspace_id,
                    details=report.model_dump(mode="json"),
                )
    return reports


def key_status(
    session: Session, *, keyring: Keyring, actor: Actor, rotation_every: timedelta
) -> KeyStatusOut:
    require(actor.role, actor.scopes, Permission.KEYS_READ)
    st = keyring.status(session, actor.workspace_id)
    last = max((k.created_at for k in st.keys), default=None)
    return KeyStatusOut(
        workspace_id=st.workspace_id,
        destroyed=st.destroyed,
        kek_versions=list(st.kek_versions),
        content_version=st.content_version,
        content_age_days=_days(st.content_age) if st.content_age is not None else None,
        keys=[
            DataKeyOut(
                purpose=k.purpose,
                version=k.version,
                kek_version=k.kek_version,
                status=k.status,
                created_at=k.created_at,
                age_days=_days(k.age),
            )
            for k in st.keys
        ],
        rotation_days=round(rotation_every.total_seconds() / 86400),
        last_rotated_at=last,
        next_rotation_at=None if last is None or st.destroyed else last + rotation_every,
    )
