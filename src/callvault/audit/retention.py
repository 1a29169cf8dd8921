"""The audit log as a retention target: pruned oldest first, from the front of its signed
hash chain, by the audit log itself (ADR 0007, ADR 0012)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from callvault.audit.models import AuditEvent
from callvault.audit.service import prunable
from callvault.retention_clock.data_types import DataType
from callvault.retention_clock.purge_target import PurgeTarget, PurgeTools


def _purge(s: Session, t: PurgeTools, ws: str, ids: Sequence[str]) -> int:
    # Taken oldest first (PurgeTarget.order), so they continue the chain from its signed start.
    return t.audit.prune_entries(s, workspace_id=ws, ids=ids)


PURGE_TARGET = PurgeTarget(
    DataType.AUDIT_LOG,
    AuditEvent.id,
    AuditEvent.workspace_id,
    prunable,
    _purge,
    order=AuditEvent.seq,
)
