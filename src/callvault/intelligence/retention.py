"""What voice intelligence registers for retention: transcripts (and everything derived from
them) expire by their own policy or with the call or voicemail message they came from
(ADR 0012)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete
from sqlalchemy.orm import Session

from callvault.intelligence.models import Transcript
from callvault.retention_clock.data_types import DataType
from callvault.retention_clock.purge_target import PurgeTarget, PurgeTools


def _purge_transcripts(s: Session, _t: PurgeTools, ws: str, ids: Sequence[str]) -> int:
    # Stages, outputs, search tokens and moment hits cascade from the transcript row.
    result = s.execute(
        delete(Transcript).where(Transcript.workspace_id == ws, Transcript.id.in_(ids))
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def purge_targets() -> tuple[PurgeTarget, ...]:
    """The intelligence data types retention governs."""
    return (
        PurgeTarget(
            DataType.TRANSCRIPTS,
            Transcript.id,
            Transcript.workspace_id,
            lambda _ws, limit: Transcript.created_at < limit,
            _purge_transcripts,
            parents={
                DataType.CALLS: Transcript.call_id,
                DataType.VOICEMAIL: Transcript.voicemail_id,
            },
        ),
    )
