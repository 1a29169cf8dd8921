"""Retention fixtures: one item of each data type, aged by moving its timestamp back, and
what is left of it in the database and the blob store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from callvault.comms.calls.models import Call
from callvault.comms.chat.models import Attachment, Message
from callvault.comms.recordings.models import Recording
from callvault.comms.recordings.upload import upload_recording
from callvault.comms.voicemail.ingest import ingest_message
from callvault.comms.voicemail.models import VoicemailMessage
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.governance.retention import service
from callvault.intelligence.models import Transcript
from callvault.retention_clock.data_types import DataType
from callvault.wiring import Container
from tests.support import audio
from tests.support import chat_factories as chat
from tests.support import factories as f
from tests.support import vi_factories as vi
from tests.support.blobs import blob_files
from tests.support.live import create_workspace
from tests.support.matrix import plain_call

OLD = timedelta(days=40)  # past a 30-day policy
POLICY_DAYS = 30

# Each type's table, its id column and the timestamp its retention is measured from.
TABLES: dict[DataType, tuple[Any, Any]] = {
    DataType.CALLS: (Call, Call.started_at),
    DataType.RECORDINGS: (Recording, Recording.created_at),
    DataType.TRANSCRIPTS: (Transcript, Transcript.created_at),
    DataType.VOICEMAIL: (VoicemailMessage, VoicemailMessage.received_at),
    DataType.CHAT_MESSAGES: (Message, Message.created_at),
    DataType.CHAT_ATTACHMENTS: (Attachment, Attachment.created_at),
}


@dataclass
class Shop:
    workspace_id: str
    admin: Actor
    member_id: str


def shop(c: Container, slug: str = "retain", *, workspace_id: str | None = None) -> Shop:
    """A workspace (new, or the one given) with an admin and a member."""
    ws = workspace_id or create_workspace(c, f.unique(slug)).workspace_id
    admin_id = f.user_without_password(c, ws, Role.ADMIN)
    admin = Actor(
        workspace_id=ws, actor_type="user", actor_id=admin_id, role="admin", user_id=admin_id
    )
    return Shop(ws, admin, f.user_without_password(c, ws))


def age(c: Container, data_type: DataType, object_id: str, by: timedelta = OLD) -> None:
    model, column = TABLES[data_type]
    with c.db.write() as s:
        s.execute(update(model).where(model.id == object_id).values({column.key: utcnow() - by}))


def call(c: Container, s: Shop) -> str:
    return plain_call(c, s.workspace_id, s.member_id)


def recording(c: Container, s: Shop, call_id: str) -> str:
    return upload_recording(
        c.db,
        blobs=c.blobs,
        audit=c.audit,
        actor=Actor.system(s.workspace_id),
        call_id=call_id,
        party=None,
        channel_map=None,
        chunks=[audio.wav_bytes(0.2)],
    ).id


def transcript(c: Container, s: Shop, source_type: str, source_id: str) -> str:
    return vi.seed_transcript(c, s.workspace_id, source_type, source_id)


def voicemail(c: Container, s: Shop) -> str:
    return ingest_message(
        c.db,
        keyring=c.keyring,
        blobs=c.blobs,
        audit=c.audit,
        hooks=c.voicemail_hooks,
        actor=Actor.system(s.workspace_id),
        mailbox_id=s.member_id,
        caller_number="+14155550100",
        caller_user_id=None,
        caller_contact_id=None,
        received_at=None,
        chunks=[audio.wav_bytes(0.2)],
    ).id


def message(c: Container, s: Shop) -> str:
    return chat.message_of(c, s.workspace_id, s.member_id)


def attachment(c: Container, s: Shop) -> tuple[str, str]:
    """(attachment id, its message id)."""
    attachment_id = chat.attachment_of(c, s.workspace_id, s.member_id)
    with c.db.read() as session:
        message_id = session.scalar(
            select(Attachment.message_id).where(Attachment.id == attachment_id)
        )
    assert message_id is not None
    return attachment_id, message_id


def present(c: Container, data_type: DataType, ids: list[str]) -> set[str]:
    """Which of these ids still have a row."""
    model, _ = TABLES[data_type]
    with c.db.read() as s:
        return set(s.scalars(select(model.id).where(model.id.in_(ids))).all())


def all_ids(c: Container, workspace_id: str) -> dict[DataType, set[str]]:
    out = {}
    with c.db.read() as s:
        for data_type, (model, _) in TABLES.items():
            out[data_type] = set(
                s.scalars(select(model.id).where(model.workspace_id == workspace_id)).all()
            )
    return out


def blob_names(c: Container) -> set[str]:
    """Object ids that have a blob file (original or redacted rendition) on disk."""
    root: Path = c.settings.effective_blob_dir
    return {p.name.split(".")[0] for p in blob_files(root)}


def set_policy(c: Container, s: Shop, **days: int | None) -> None:
    with c.db.write() as session:
        service.update_policies(session, audit=c.audit, actor=s.admin, changes=days)


def derived_rows(c: Container, transcript_id: str) -> int:
    """Stage, output and search-token rows of a transcript (they cascade with it)."""
    from callvault.intelligence.models import Output, SearchToken, StageRun

    with c.db.read() as s:
        return sum(
            len(s.scalars(select(m.transcript_id).where(m.transcript_id == transcript_id)).all())
            for m in (StageRun, Output, SearchToken)
        )


def chat_tokens(c: Container, message_id: str) -> int:
    from callvault.comms.chat.models import SearchToken

    with c.db.read() as s:
        return len(
            s.scalars(select(SearchToken.token).where(SearchToken.message_id == message_id)).all()
        )
