"""The export as a worker job (large exports should not tie up the operator's shell)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.crypto.keyring import Keyring
from callvault.governance.training.service import EXPORT_JOB, request_export, run_export
from callvault.jobs.context import JobContext
from callvault.jobs.queue import enqueue
from callvault.jobs.registry import Handler
from callvault.storage.encrypted import EncryptedBlobStore


def queue_export(session: Session, *, requested_by: str, to: Path) -> str:
    """Record an export and enqueue its job (same transaction); the export id."""
    export_id = request_export(session, requested_by=requested_by)
    enqueue(
        session,
        kind=EXPORT_JOB,
        payload={"export_id": export_id, "to": str(to)},
        idempotency_key=f"training-export:{export_id}",
        max_attempts=1,  # a half-written directory is not retried into; the operator re-runs
    )
    return export_id


def export_handler(keyring: Keyring, blobs: EncryptedBlobStore, audit: AuditLog) -> Handler:
    def handle(ctx: JobContext) -> None:
        run_export(
            ctx.db,
            keyring=keyring,
            blobs=blobs,
            audit=audit,
            export_id=str(ctx.payload["export_id"]),
            to=Path(str(ctx.payload["to"])),
            progress=lambda _done, _total: ctx.heartbeat(),
        )

    return handle
