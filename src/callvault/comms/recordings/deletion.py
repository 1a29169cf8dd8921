"""Recordings go with their call: `CallRecordings` plugs into the calls domain's deletion
(`DerivedData`), and `sweep_stale_uploads` clears uploads whose process died mid-stream."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy.orm import Session

from callvault.comms.audio.stored import discard_after_commit
from callvault.comms.recordings import repository as repo
from callvault.comms.recordings.service import BLOB_KIND
from callvault.core.clock import utcnow
from callvault.db.engine import Database
from callvault.storage.encrypted import EncryptedBlobStore

STALE_AFTER = timedelta(hours=24)
SWEEP_JOB = "recordings.sweep_stale_uploads"


class CallRecordings:
    """A call's recordings, deleted with it: rows in the call's transaction, blobs after."""

    name = "recordings"

    def __init__(self, blobs: EncryptedBlobStore) -> None:
        self._blobs = blobs

    def purge(self, session: Session, *, workspace_id: str, call_ids: Sequence[str]) -> int:
        removed = 0
        for start in range(0, len(call_ids), 500):
            ids = repo.ids_for_calls(session, workspace_id, call_ids[start : start + 500])
            removed += repo.delete_ids(session, workspace_id, ids)
            discard_after_commit(
                session, self._blobs, workspace_id=workspace_id, kind=BLOB_KIND, object_ids=ids
            )
        return removed


def sweep_stale_uploads(db: Database, blobs: EncryptedBlobStore, *, batch: int = 200) -> int:
    """Remove uploads still unfinished after STALE_AFTER (their process died); how many."""
    removed = 0
    while True:
        with db.write() as session:
            rows = repo.stale_uploads(session, before=utcnow() - STALE_AFTER, limit=batch)
            for row in rows:
                repo.delete_ids(session, row.workspace_id, [row.id])
                discard_after_commit(
                    session,
                    blobs,
                    workspace_id=row.workspace_id,
                    kind=BLOB_KIND,
                    object_ids=[row.id],
                )
        removed += len(rows)
        if len(rows) < batch:
            return removed
