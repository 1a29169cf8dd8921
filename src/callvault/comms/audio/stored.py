"""Audio as encrypted blobs: store a stream and vouch for it (`store_audio`), read it back
by range (`open_audio`), and remove blobs once the rows that named them are gone
(`discard_after_commit`).

Blob removal is tied to the deleting transaction: a job that deletes the blobs is enqueued in
it (so it exists exactly when the deletion committed, and a crash after the commit cannot
leave an orphan unnoticed), and the same deletion is tried at once after the commit so the
bytes normally disappear before the response is sent; the job then finds nothing to do."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import event
from sqlalchemy.orm import Session

from callvault.comms.audio.blobfile import BlobFile
from callvault.comms.audio.probe import AudioInfo, probe
from callvault.db.engine import Database
from callvault.jobs.context import JobContext
from callvault.jobs.queue import enqueue
from callvault.jobs.registry import Handler
from callvault.storage.blobstore import Chunk
from callvault.storage.encrypted import EncryptedBlobStore

log = logging.getLogger("callvault.audio")

DELETE_BLOBS_JOB = "audio.delete_blobs"
_IDS_PER_JOB = 200


@dataclass(frozen=True, slots=True)
class StoredAudio:
    info: AudioInfo
    size: int  # plaintext bytes


def store_audio(
    db: Database,
    blobs: EncryptedBlobStore,
    *,
    workspace_id: str,
    kind: str,
    object_id: str,
    chunks: Iterable[Chunk],
) -> StoredAudio:
    """Encrypt chunks into the blob for (kind, object_id), then decode it back through the
    decrypting reader; the blob is removed again if anything fails (including a cut-off
    stream: the store itself never keeps a partial blob)."""
    # A read session only fetches the workspace's key (no write lock held while bytes arrive).
    with db.read() as session:
        blob = blobs.put(
            session, workspace_id=workspace_id, kind=kind, object_id=object_id, chunks=chunks
        )
    try:
        with db.read() as session:
            reader = BlobFile(
                blobs, session, workspace_id=workspace_id, kind=kind, object_id=object_id
            )
            info = probe(reader, size=reader.size)  # type: ignore[arg-type]
    except BaseException:
        blobs.delete(workspace_id=workspace_id, kind=kind, object_id=object_id)
        raise
    return StoredAudio(info=info, size=blob.size)


def open_audio(
    session: Session,
    blobs: EncryptedBlobStore,
    *,
    workspace_id: str,
    kind: str,
    object_id: str,
    start: int,
    end: int,
) -> Iterator[bytes]:
    """Plaintext bytes [start, end): keys are fetched now (inside session), bytes as the
    iterator is consumed (after the session may have ended)."""
    return blobs.open_range(
        session, workspace_id=workspace_id, kind=kind, object_id=object_id, start=start, end=end
    )


def redacted_kind(kind: str) -> str:
    """The blob kind of an audio object's redacted rendition (made by voice intelligence);
    it lives under the same object id and is deleted with the original."""
    return f"{kind}.redacted"


def _delete(blobs: EncryptedBlobStore, workspace_id: str, kind: str, ids: Sequence[str]) -> int:
    removed = blobs.delete_many(workspace_id=workspace_id, kind=kind, object_ids=ids)
    if not kind.endswith(".redacted"):
        blobs.delete_many(workspace_id=workspace_id, kind=redacted_kind(kind), object_ids=ids)
    return removed


def discard_after_commit(
    session: Session,
    blobs: EncryptedBlobStore,
    *,
    workspace_id: str,
    kind: str,
    object_ids: Sequence[str],
) -> None:
    """Remove these blobs once session commits (nothing happens if it rolls back)."""
    if not object_ids:
        return
    for start in range(0, len(object_ids), _IDS_PER_JOB):
        enqueue(
            session,
            kind=DELETE_BLOBS_JOB,
            workspace_id=workspace_id,
            payload={
                "workspace_id": workspace_id,
                "kind": kind,
                "object_ids": list(object_ids[start : start + _IDS_PER_JOB]),
            },
        )
    ids = list(object_ids)

    def now_committed(_: Session) -> None:
        # Best effort: the job above retries whatever this misses.
        with contextlib.suppress(Exception):
            _delete(blobs, workspace_id, kind, ids)

    event.listen(session, "after_commit", now_committed, once=True)


def delete_blobs_handler(blobs: EncryptedBlobStore) -> Handler:
    """The job handler for DELETE_BLOBS_JOB: idempotent (a missing blob is already done)."""

    def handle(ctx: JobContext) -> None:
        p = ctx.payload
        removed = _delete(blobs, str(p["workspace_id"]), str(p["kind"]), list(p["object_ids"]))
        log.info("deleted %d %s blob(s)", removed, p["kind"])

    return handle
