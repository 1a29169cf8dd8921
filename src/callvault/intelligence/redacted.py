"""Redacted call transcripts as governance reads them (consent eligibility, review samples,
training exports): plain values and the redacted document, never ORM rows or the raw text,
so that governance depends on what voice intelligence chooses to expose (ADR 0012). No
access checks here: callers are use cases that made their own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from callvault.crypto.cipher import WorkspaceCipher
from callvault.intelligence import sealing
from callvault.intelligence.models import Transcript as TranscriptRow
from callvault.intelligence.transcript import Transcript

CALL = "call"


@dataclass(frozen=True, slots=True)
class TranscriptFacts:
    transcript_id: str
    redacted: bool  # a redacted text exists
    residual_pii: int | None  # spans still recognisable in the redacted audio (None: unverified)


def clean_call_ids(workspace_id: str) -> Select[Any]:
    """A select of the ids of calls whose transcript is redacted and verified clean (for use
    as a subquery: a workspace can have millions)."""
    return select(TranscriptRow.call_id).where(
        TranscriptRow.workspace_id == workspace_id,
        TranscriptRow.source_type == CALL,
        TranscriptRow.redacted_sealed.is_not(None),
        TranscriptRow.residual_pii == 0,
    )


def call_transcripts(
    session: Session, *, workspace_id: str, call_ids: Sequence[str]
) -> dict[str, TranscriptFacts]:
    """Call id -> its transcript's facts, for the calls among these that have one."""
    if not call_ids:
        return {}
    rows = session.execute(
        select(
            TranscriptRow.call_id,
            TranscriptRow.id,
            TranscriptRow.redacted_sealed.is_not(None),
            TranscriptRow.residual_pii,
        ).where(
            TranscriptRow.workspace_id == workspace_id,
            TranscriptRow.source_type == CALL,
            TranscriptRow.call_id.in_(list(call_ids)),
        )
    )
    return {
        str(call_id): TranscriptFacts(transcript_id, bool(redacted), residual)
        for call_id, transcript_id, redacted, residual in rows
    }


def utterance_counts(session: Session, *, transcript_ids: Sequence[str]) -> dict[str, int]:
    """How many utterances each of these transcripts' redacted text has (plaintext metadata;
    transcripts without a redacted text are left out)."""
    if not transcript_ids:
        return {}
    rows = session.execute(
        select(TranscriptRow.id, TranscriptRow.utterances).where(
            TranscriptRow.id.in_(list(transcript_ids)),
            TranscriptRow.redacted_sealed.is_not(None),
        )
    ).all()
    return {t: n for t, n in rows if n is not None}


def redacted_transcript(
    session: Session, *, cipher: WorkspaceCipher, workspace_id: str, transcript_id: str
) -> Transcript | None:
    """The redacted transcript (None when it is gone or not redacted yet)."""
    row = session.get(TranscriptRow, transcript_id)
    if row is None or row.workspace_id != workspace_id or row.redacted_sealed is None:
        return None
    return Transcript.from_json(sealing.unseal(cipher, row.id, "redacted", row.redacted_sealed))
