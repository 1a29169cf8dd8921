"""Which rows each data type's policy expires, and how they are purged.

Retention is the one concern that must see every domain's timestamps and delete across
them, so this module queries their tables directly (ADR 0009) rather than asking each
domain for an "expired ids" use case; deletion itself reuses the domains' own deletion
code (tombstones, search tokens, blob jobs). An item is expired by its own type's policy
or by its parent's (a recording of an expired call, a transcript of an expired voicemail),
so preview, sweep and "items past retention" all count exactly what goes. The audit log is
pruned by the audit service, oldest first, from the front of its hash chain."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, false, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from callvault.audit import service as audit_log
from callvault.audit.models import AuditEvent
from callvault.audit.service import AuditLog
from callvault.comms.audio.stored import discard_after_commit
from callvault.comms.calls import repository as calls_repo
from callvault.comms.calls import service as calls_service
from callvault.comms.calls.models import Call
from callvault.comms.chat import repository as chat_repo
from callvault.comms.chat.content import ATTACHMENT_KIND
from callvault.comms.chat.models import Attachment, Message
from callvault.comms.recordings import repository as recordings_repo
from callvault.comms.recordings.deletion import CallRecordings
from callvault.comms.recordings.models import READY as RECORDING_READY
from callvault.comms.recordings.models import Recording
from callvault.comms.recordings.service import BLOB_KIND as RECORDING_KIND
from callvault.comms.voicemail import repository as voicemail_repo
from callvault.comms.voicemail.media import MESSAGE_KIND as VOICEMAIL_KIND
from callvault.comms.voicemail.models import READY as VOICEMAIL_READY
from callvault.comms.voicemail.models import VoicemailMessage
from callvault.intelligence.models import Transcript
from callvault.retention_clock.data_types import DataType
from callvault.storage.encrypted import EncryptedBlobStore

Cutoffs = dict[DataType, datetime | None]
Condition = ColumnElement[bool]


def _calls(ws: str, c: Cutoffs) -> Condition | None:
    limit = c.get(DataType.CALLS)
    return None if limit is None else and_(Call.workspace_id == ws, Call.started_at < limit)


def _voicemail(ws: str, c: Cutoffs) -> Condition | None:
    limit = c.get(DataType.VOICEMAIL)
    if limit is None:
        return None
    return and_(
        VoicemailMessage.workspace_id == ws,
        VoicemailMessage.state == VOICEMAIL_READY,  # unfinished uploads: the stale sweep's
        VoicemailMessage.received_at < limit,
    )


def _messages(ws: str, c: Cutoffs) -> Condition | None:
    limit = c.get(DataType.CHAT_MESSAGES)
    return None if limit is None else and_(Message.workspace_id == ws, Message.created_at < limit)


def _any(ws_cond: Condition, parts: Sequence[Condition | None]) -> Condition | None:
    given = [p for p in parts if p is not None]
    return and_(ws_cond, or_(*given)) if given else None


def _in(column: InstrumentedAttribute[str | None], ids: Select[Any]) -> Condition:
    return column.in_(ids)


def _recordings(ws: str, c: Cutoffs) -> Condition | None:
    own = c.get(DataType.RECORDINGS)
    calls = _calls(ws, c)
    return _any(
        Recording.workspace_id == ws,
        [
            None
            if own is None
            else and_(Recording.state == RECORDING_READY, Recording.created_at < own),
            None if calls is None else _in(Recording.call_id, select(Call.id).where(calls)),
        ],
    )


def _transcripts(ws: str, c: Cutoffs) -> Condition | None:
    own = c.get(DataType.TRANSCRIPTS)
    calls, voicemail = _calls(ws, c), _voicemail(ws, c)
    return _any(
        Transcript.workspace_id == ws,
        [
            None if own is None else Transcript.created_at < own,
            None if calls is None else _in(Transcript.call_id, select(Call.id).where(calls)),
            None
            if voicemail is None
            else _in(Transcript.voicemail_id, select(VoicemailMessage.id).where(voicemail)),
        ],
    )


def _attachments(ws: str, c: Cutoffs) -> Condition | None:
    own = c.get(DataType.CHAT_ATTACHMENTS)
    messages = _messages(ws, c)
    return _any(
        Attachment.workspace_id == ws,
        [
            None if own is None else Attachment.created_at < own,
            None
            if messages is None
            else _in(Attachment.message_id, select(Message.id).where(messages)),
        ],
    )


@dataclass(frozen=True, slots=True)
class Tools:
    """What purging needs besides the session: blob removal, and the audit log's key."""

    blobs: EncryptedBlobStore
    audit: AuditLog


Purge = Callable[[Session, Tools, str, Sequence[str]], int]


def _purge_calls(s: Session, t: Tools, ws: str, ids: Sequence[str]) -> int:
    blobs = t.blobs
    # Recordings first (no cascade on their foreign key); transcripts cascade from the call.
    CallRecordings(blobs).purge(s, workspace_id=ws, call_ids=ids)
    return calls_repo.delete_calls(s, ws, ids)["calls"]


def _purge_recordings(s: Session, t: Tools, ws: str, ids: Sequence[str]) -> int:
    blobs = t.blobs
    call_ids = set(
        s.scalars(
            select(Recording.call_id).where(Recording.workspace_id == ws, Recording.id.in_(ids))
        ).all()
    )
    removed = recordings_repo.delete_ids(s, ws, ids)
    discard_after_commit(s, blobs, workspace_id=ws, kind=RECORDING_KIND, object_ids=ids)
    for call_id in sorted(call_ids):  # a call whose last recording went is no longer recorded
        if recordings_repo.count_ready(s, ws, call_id) == 0:
            calls_service.set_recorded(s, workspace_id=ws, call_id=call_id, recorded=False)
    return removed


def _purge_transcripts(s: Session, _t: Tools, ws: str, ids: Sequence[str]) -> int:
    # Stages, outputs, search tokens and moment hits cascade from the transcript row.
    result = s.execute(
        delete(Transcript).where(Transcript.workspace_id == ws, Transcript.id.in_(ids))
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _purge_voicemail(s: Session, t: Tools, ws: str, ids: Sequence[str]) -> int:
    blobs = t.blobs
    removed = voicemail_repo.delete_messages(s, ws, ids)
    discard_after_commit(s, blobs, workspace_id=ws, kind=VOICEMAIL_KIND, object_ids=ids)
    return removed


def _purge_messages(s: Session, t: Tools, ws: str, ids: Sequence[str]) -> int:
    blobs = t.blobs
    removed, files = chat_repo.delete_messages(s, ws, ids)
    discard_after_commit(s, blobs, workspace_id=ws, kind=ATTACHMENT_KIND, object_ids=files)
    return removed["messages"]


def _purge_attachments(s: Session, t: Tools, ws: str, ids: Sequence[str]) -> int:
    blobs = t.blobs
    # The message stays (its own policy decides); it becomes a file message without a file.
    result = s.execute(
        delete(Attachment).where(Attachment.workspace_id == ws, Attachment.id.in_(ids))
    )
    discard_after_commit(s, blobs, workspace_id=ws, kind=ATTACHMENT_KIND, object_ids=ids)
    return int(result.rowcount)  # type: ignore[attr-defined]


def _audit(ws: str, c: Cutoffs) -> Condition | None:
    limit = c.get(DataType.AUDIT_LOG)
    return None if limit is None else audit_log.prunable(ws, limit)


def _purge_audit(s: Session, t: Tools, ws: str, ids: Sequence[str]) -> int:
    # Taken oldest first (Target.order), so they continue the chain from its signed start.
    return t.audit.prune_entries(s, workspace_id=ws, ids=ids)


@dataclass(frozen=True, slots=True)
class Target:
    id_column: InstrumentedAttribute[str]
    expired: Callable[[str, Cutoffs], Condition | None]
    purge: Purge
    order: Any = None  # the order batches are taken in, where it matters


TARGETS: dict[DataType, Target] = {
    DataType.CALLS: Target(Call.id, _calls, _purge_calls),
    DataType.RECORDINGS: Target(Recording.id, _recordings, _purge_recordings),
    DataType.TRANSCRIPTS: Target(Transcript.id, _transcripts, _purge_transcripts),
    DataType.VOICEMAIL: Target(VoicemailMessage.id, _voicemail, _purge_voicemail),
    DataType.CHAT_MESSAGES: Target(Message.id, _messages, _purge_messages),
    DataType.CHAT_ATTACHMENTS: Target(Attachment.id, _attachments, _purge_attachments),
    DataType.AUDIT_LOG: Target(AuditEvent.id, _audit, _purge_audit, order=AuditEvent.seq),
}


def _condition(data_type: DataType, ws: str, cutoffs: Cutoffs) -> Condition:
    cond = TARGETS[data_type].expired(ws, cutoffs)
    return false() if cond is None else cond


def count_expired(s: Session, data_type: DataType, ws: str, cutoffs: Cutoffs) -> int:
    target = TARGETS[data_type]
    stmt = select(func.count(target.id_column)).where(_condition(data_type, ws, cutoffs))
    return int(s.scalar(stmt) or 0)


def expired_ids(
    s: Session, data_type: DataType, ws: str, cutoffs: Cutoffs, *, limit: int | None = None
) -> list[str]:
    target = TARGETS[data_type]
    stmt = select(target.id_column).where(_condition(data_type, ws, cutoffs))
    if target.order is not None:
        stmt = stmt.order_by(target.order)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(s.scalars(stmt).all())
