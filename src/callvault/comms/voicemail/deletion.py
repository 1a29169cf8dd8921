"""Voicemail uploads whose process died mid-stream: rows left 'uploading' are removed (with
any blob) by a scheduled sweep."""

from __future__ import annotations

from datetime import timedelta

from callvault.comms.audio.stored import discard_after_commit
from callvault.comms.voicemail import repository as repo
from callvault.comms.voicemail.media import GREETING_KIND, MESSAGE_KIND
from callvault.core.clock import utcnow
from callvault.db.engine import Database
from callvault.storage.encrypted import EncryptedBlobStore

STALE_AFTER = timedelta(hours=24)
SWEEP_JOB = "voicemail.sweep_stale_uploads"


def sweep_stale_uploads(db: Database, blobs: EncryptedBlobStore, *, batch: int = 200) -> int:
    """Remove messages and greetings still unfinished after STALE_AFTER; how many."""
    removed = 0
    while True:
        with db.write() as session:
            before = utcnow() - STALE_AFTER
            messages = repo.stale_messages(session, before=before, limit=batch)
            greetings = repo.stale_greetings(session, before=before, limit=batch)
            for kind, rows, delete in (
                (MESSAGE_KIND, messages, repo.delete_messages),
                (GREETING_KIND, greetings, repo.delete_greetings),
            ):
                for row in rows:
                    delete(session, row.workspace_id, [row.id])
                    discard_after_commit(
                        session,
                        blobs,
                        workspace_id=row.workspace_id,
                        kind=kind,
                        object_ids=[row.id],
                    )
        removed += len(messages) + len(greetings)
        if len(messages) < batch and len(greetings) < batch:
            return removed
