"""Turning one eligible call into export items: its redacted utterances (scrubbed of the
workspace's known identifiers) with random per-export pseudonyms instead of any id, and a
WAV clip of each cut from the redacted audio rendition. Nothing else about the call is kept."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.comms.audio.stored import redacted_kind
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.review.models import DONE, ReviewSnippet
from callvault.governance.review.sampling import SNIPPET_KIND
from callvault.governance.training.clips import Pcm, clip
from callvault.governance.training.scrub import Scrubber
from callvault.intelligence import sealing
from callvault.intelligence.models import Transcript as TranscriptRow
from callvault.intelligence.pipeline.sources import SourceAudio, SourceGone, audio_objects
from callvault.intelligence.redaction.detect import detect, redact
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.transcript import Transcript
from callvault.storage.encrypted import EncryptedBlobStore

ROLES = frozenset({"caller", "callee"})
ALL_TYPES = frozenset(EntityType)  # a correction is typed by a person: hide every kind


@dataclass
class CallItems:
    lines: list[str] = field(default_factory=list)
    clips: list[Path] = field(default_factory=list)

    def discard(self) -> None:
        for path in self.clips:
            path.unlink(missing_ok=True)
        self.lines.clear()
        self.clips.clear()


def _pseudonym() -> str:
    return uuid.uuid4().hex  # random: unlinkable to any id, and to other exports


def _audio(
    db: Database, blobs: EncryptedBlobStore, workspace_id: str, objects: list[SourceAudio]
) -> list[tuple[SourceAudio, Pcm]] | None:
    out = []
    with db.read() as session:
        for obj in objects:
            kind = redacted_kind(obj.kind)
            if not blobs.exists(workspace_id=workspace_id, kind=kind, object_id=obj.object_id):
                return None  # no redacted rendition: never fall back to the original
            size = blobs.size(workspace_id=workspace_id, kind=kind, object_id=obj.object_id)
            data = b"".join(
                blobs.open_range(
                    session,
                    workspace_id=workspace_id,
                    kind=kind,
                    object_id=obj.object_id,
                    start=0,
                    end=size,
                )
            )
            out.append((obj, Pcm.from_wav(data)))
    return out


def _reviewed(session: Session, cipher: WorkspaceCipher, transcript_id: str) -> dict[int, str]:
    """Reviewers' corrections of this transcript's utterances (index -> sentence)."""
    rows = session.scalars(
        select(ReviewSnippet).where(
            ReviewSnippet.transcript_id == transcript_id,
            ReviewSnippet.state == DONE,
            ReviewSnippet.correction_sealed.is_not(None),
        )
    ).all()
    return {
        r.utterance: cipher.open_text(
            r.correction_sealed or b"", kind=SNIPPET_KIND, object_id=r.id, field="correction"
        )
        for r in rows
    }


def build(
    db: Database,
    keyring: Keyring,
    blobs: EncryptedBlobStore,
    *,
    workspace_id: str,
    call_id: str,
    transcript_id: str,
    scrub: Scrubber,
    clips_dir: Path,
) -> CallItems | None:
    """The call's items (clips already written); None when it cannot be exported safely."""
    with db.read() as session:
        row = session.get(TranscriptRow, transcript_id)
        if row is None or row.redacted_sealed is None:
            return None
        cipher = keyring.cipher(session, workspace_id)
        redacted = Transcript.from_json(
            sealing.unseal(cipher, row.id, "redacted", row.redacted_sealed)
        )
        reviewed = _reviewed(session, cipher, transcript_id)
    try:
        objects = audio_objects(
            db, workspace_id=workspace_id, source_type="call", source_id=call_id
        )
    except SourceGone:
        return None
    audio = _audio(db, blobs, workspace_id, objects)
    if not audio:
        return None
    conversation = _pseudonym()
    speakers: dict[str, str] = {}
    items = CallItems()
    for u in redacted.utterances:
        text = scrub(u.text).strip()
        correction = reviewed.get(u.index, "")
        checked = scrub(redact(correction, detect(correction, types=ALL_TYPES))).strip()
        if not text:
            continue
        obj, pcm = next(((o, p) for o, p in audio if u.speaker in o.speakers), audio[0])
        channel = obj.speakers.index(u.speaker) if u.speaker in obj.speakers else None
        item_id = _pseudonym()
        path = clips_dir / f"{item_id}.wav"
        path.write_bytes(clip(pcm, u.start_ms, u.end_ms, channel))
        items.clips.append(path)
        doc = {
            "id": item_id,
            "conversation": conversation,
            "speaker": speakers.setdefault(u.speaker, _pseudonym()),
            "role": u.speaker if u.speaker in ROLES else "speaker",
            "language": redacted.language,
            "offset_ms": u.start_ms,
            "duration_ms": max(0, u.end_ms - u.start_ms),
            "text": text,
            "audio": f"clips/{path.name}",
        }
        if checked:  # a human reviewer's correction of this sentence
            doc["reviewed_text"] = checked
        items.lines.append(json.dumps(doc, ensure_ascii=False))
    return items
