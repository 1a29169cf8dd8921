"""Key rotation: a new KEK version, optionally a new content DEK, every DEK re-wrapped under
the newest KEK in small transactions, then the old KEK versions retired. Content is never
re-encrypted: ciphertexts name their DEK version, and old DEKs stay (decrypt-only)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from callvault.core.clock import utcnow
from callvault.crypto.errors import CryptoError
from callvault.crypto.kms import KmsProvider
from callvault.crypto.models import SYSTEM_SCOPE, DataKey, DataKeyStatus, Purpose
from callvault.crypto.unwrap import dek_context
from callvault.db.engine import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RotationReport:
    workspace_id: str  # or "system" for a rotation of the system keys
    kek_version: int  # every DEK of the scope is now wrapped under this version or newer
    content_version: int | None  # the new content DEK version (None for system rotation)
    rewrapped: int  # DEK rows re-wrapped
    retired_below: int  # KEK versions below this one were destroyed
    started_at: datetime
    finished_at: datetime


def rotate_scope(
    db: Database,
    kms: KmsProvider,
    *,
    scope: str,
    ref: str,
    new_dek: Callable[[], bytes],
    add_content_version: bool,
    batch_size: int,
) -> RotationReport:
    """Rotate one scope (a workspace, or the system keys); see the module docstring."""
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    started = utcnow()
    kek_version = kms.rotate_key(ref)
    content_version = None
    if add_content_version:
        content_version = _add_content_version(db, kms, scope, ref, new_dek)
    rewrapped = 0
    while True:
        done = _rewrap_batch(db, kms, scope=scope, ref=ref, below=kek_version, limit=batch_size)
        if done == 0:
            break
        rewrapped += done
    # Nothing is wrapped under an older version any more: destroy that material.
    kms.retire_versions_below(ref, kek_version)
    report = RotationReport(
        workspace_id=scope,
        kek_version=kek_version,
        content_version=content_version,
        rewrapped=rewrapped,
        retired_below=kek_version,
        started_at=started,
        finished_at=utcnow(),
    )
    log.info(
        "keys rotated",
        extra={"scope": scope, "kek_version": kek_version, "rewrapped": rewrapped},
    )
    return report


def due_workspaces(db: Database, *, cutoff: datetime) -> list[str]:
    """Workspaces whose newest content DEK was created before cutoff."""
    newest = func.max(DataKey.created_at)
    stmt = (
        select(DataKey.workspace_id)
        .where(DataKey.purpose == Purpose.CONTENT, DataKey.workspace_id != SYSTEM_SCOPE)
        .group_by(DataKey.workspace_id)
        .having(newest < cutoff)
        .order_by(DataKey.workspace_id)
    )
    with db.read() as session:
        return list(session.scalars(stmt))


def _add_content_version(
    db: Database, kms: KmsProvider, scope: str, ref: str, new_dek: Callable[[], bytes]
) -> int:
    with db.write() as session:
        current = session.scalar(
            select(func.max(DataKey.version)).where(
                DataKey.workspace_id == scope, DataKey.purpose == Purpose.CONTENT
            )
        )
        version = (current or 0) + 1
        context = dek_context(scope, Purpose.CONTENT, version)
        kek_version, wrapped = kms.wrap(ref, new_dek(), context)
        session.execute(
            update(DataKey)
            .where(
                DataKey.workspace_id == scope,
                DataKey.purpose == Purpose.CONTENT,
                DataKey.status == DataKeyStatus.ACTIVE,
            )
            .values(status=DataKeyStatus.DECRYPT_ONLY)
        )
        session.add(
            DataKey(
                workspace_id=scope,
                purpose=Purpose.CONTENT,
                version=version,
                kek_version=kek_version,
                wrapped=wrapped,
                status=DataKeyStatus.ACTIVE,
                created_at=utcnow(),
            )
        )
        session.flush()
    return version


def _rewrap_batch(
    db: Database, kms: KmsProvider, *, scope: str, ref: str, below: int, limit: int
) -> int:
    stmt = (
        select(DataKey)
        .where(DataKey.workspace_id == scope, DataKey.kek_version < below)
        .order_by(DataKey.id)
        .limit(limit)
    )
    with db.write() as session:
        if not db.is_sqlite:
            # Two rotations at once must not write an older wrap over a newer one.
            stmt = stmt.with_for_update()
        rows = list(session.scalars(stmt))
        for row in rows:
            context = dek_context(scope, row.purpose, row.version)
            material = kms.unwrap(ref, row.kek_version, row.wrapped, context)
            row.kek_version, row.wrapped = kms.wrap(ref, material, context)
            if row.kek_version < below:
                raise CryptoError("the KMS wrapped under an older version than it rotated to")
        return len(rows)
