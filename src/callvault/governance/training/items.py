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

from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.review.models import DONE, ReviewSnippet
from callvault.governance.review.sampling import SNIPPET_KIND
from callvault.governance.training.clips import redacted_audio_exists, speaker_clip
from callvault.governance.training.scrub import Scrubber
from callvault.intelligence import redacted as transcripts
from callvault.intelligence.pipeline.sources import SourceGone, audio_objects
from callvault.intelligence.redaction.detect import detect, redact
from callvault.intelligence.redaction.entities import EntityType
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
        cipher = keyring.cipher(session, workspace_id)
        redacted = transcripts.redacted_transcript(
            session, cipher=cipher, workspace_id=workspace_id, transcript_id=transcript_id
        )
        if redacted is None:
            return None
        reviewed = _reviewed(session, cipher, transcript_id)
    try:
        objects = audio_objects(
            db, workspace_id=workspace_id, source_type="call", source_id=call_id
        )
    except SourceGone:
        return None
    if not redacted_audio_exists(blobs, workspace_id, objects):
        return None
    conversation = _pseudonym()
    speakers: dict[str, str] = {}
    items = CallItems()
    with db.read() as session:
        for u in redacted.utterances:
            text = scrub(u.text).strip()
            if not text:
                continue
            item_id = _pseudonym()
            path = clips_dir / f"{item_id}.wav"
            path.write_bytes(
                speaker_clip(
                    blobs,
                    session,
                    workspace_id=workspace_id,
                    objects=objects,
                    speaker=u.speaker,
                    start_ms=u.start_ms,
                    end_ms=u.end_ms,
                )
            )
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
            correction = reviewed.get(u.index, "")
            checked = scrub(redact(correction, detect(correction, types=ALL_TYPES))).strip()
            if checked:  # a human reviewer's correction of this sentence
                doc["reviewed_text"] = checked
            items.lines.append(json.dumps(doc, ensure_ascii=False))
    return items
