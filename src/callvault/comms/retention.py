"""What comms registers for retention: its calls, recordings, voicemail, chat messages and
chat attachments, when each expires and how a batch of them is purged. Deletion reuses the
domain's own deletion code (tombstones, search tokens, blob jobs); wiring registers these
targets with governance's sweep (ADR 0012)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, delete, select
from sqlalchemy.orm import Session

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
from callvault.retention_clock.data_types import DataType
from callvault.retention_clock.purge_target import Condition, PurgeTarget, PurgeTools


def _purge_calls(s: Session, t: PurgeTools, ws: str, ids: Sequence[str]) -> int:
    # Recordings first (no cascade on their foreign key); transcripts cascade from the call.
    CallRecordings(t.blobs).purge(s, workspace_id=ws, call_ids=ids)
    return calls_repo.delete_calls(s, ws, ids)["calls"]


def _recording_expired(_ws: str, limit: datetime) -> Condition:
    return and_(Recording.state == RECORDING_READY, Recording.created_at < limit)


def _purge_recordings(s: Session, t: PurgeTools, ws: str, ids: Sequence[str]) -> int:
    call_ids = set(
        s.scalars(
            select(Recording.call_id).where(Recording.workspace_id == ws, Recording.id.in_(ids))
        ).all()
    )
    removed = recordings_repo.delete_ids(s, ws, ids)
    discard_after_commit(s, t.blobs, workspace_id=ws, kind=RECORDING_KIND, object_ids=ids)
    for call_id in sorted(call_ids):  # a call whose last recording went is no longer recorded
        if recordings_repo.count_ready(s, ws, call_id) == 0:
            calls_service.set_recorded(s, workspace_id=ws, call_id=call_id, recorded=False)
    return removed


def _voicemail_expired(_ws: str, limit: datetime) -> Condition:
    return and_(
        VoicemailMessage.state == VOICEMAIL_READY,  # unfinished uploads: the stale sweep's
        VoicemailMessage.received_at < limit,
    )


def _purge_voicemail(s: Session, t: PurgeTools, ws: str, ids: Sequence[str]) -> int:
    removed = voicemail_repo.delete_messages(s, ws, ids)
    discard_after_commit(s, t.blobs, workspace_id=ws, kind=VOICEMAIL_KIND, object_ids=ids)
    return removed


def _purge_messages(s: Session, t: PurgeTools, ws: str, ids: Sequence[str]) -> int:
    removed, files = chat_repo.delete_messages(s, ws, ids)
    discard_after_commit(s, t.blobs, workspace_id=ws, kind=ATTACHMENT_KIND, object_ids=files)
    return removed["messages"]


def _purge_attachments(s: Session, t: PurgeTools, ws: str, ids: Sequence[str]) -> int:
    # The message stays (its own policy decides); it becomes a file message without a file.
    result = s.execute(
        delete(Attachment).where(Attachment.workspace_id == ws, Attachment.id.in_(ids))
    )
    discard_after_commit(s, t.blobs, workspace_id=ws, kind=ATTACHMENT_KIND, object_ids=ids)
    return int(result.rowcount)  # type: ignore[attr-defined]


def purge_targets() -> tuple[PurgeTarget, ...]:
    """The comms data types retention governs."""
    return (
        PurgeTarget(
            DataType.CALLS,
            Call.id,
            Call.workspace_id,
            lambda _ws, limit: Call.started_at < limit,
            _purge_calls,
        ),
        PurgeTarget(
            DataType.RECORDINGS,
            Recording.id,
            Recording.workspace_id,
            _recording_expired,
            _purge_recordings,
            parents={DataType.CALLS: Recording.call_id},
        ),
        PurgeTarget(
            DataType.VOICEMAIL,
            VoicemailMessage.id,
            VoicemailMessage.workspace_id,
            _voicemail_expired,
            _purge_voicemail,
        ),
        PurgeTarget(
            DataType.CHAT_MESSAGES,
            Message.id,
            Message.workspace_id,
            lambda _ws, limit: Message.created_at < limit,
            _purge_messages,
        ),
        PurgeTarget(
            DataType.CHAT_ATTACHMENTS,
            Attachment.id,
            Attachment.workspace_id,
            lambda _ws, limit: Attachment.created_at < limit,
            _purge_attachments,
            parents={DataType.CHAT_MESSAGES: Attachment.message_id},
        ),
    )
