"""Writing the transcribe, redact and verify stages' results onto a transcript row (inside
the stage's final transaction): the raw transcript with its dictionary corrections, then the
redacted transcript with where each piece of PII was, then the same after the leak check hid
what it flagged."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from callvault.crypto.keyring import Keyring
from callvault.intelligence import sealing
from callvault.intelligence.dictionary.correct import Correction
from callvault.intelligence.models import Transcript as TranscriptRow
from callvault.intelligence.pipeline import state
from callvault.intelligence.redaction.apply import RedactedTranscript
from callvault.intelligence.transcript import Transcript


def store_raw(
    session: Session,
    keyring: Keyring,
    row: TranscriptRow,
    raw: Transcript,
    *,
    model: str,
    dictionary_version: int,
    corrections: Sequence[Correction] = (),
) -> None:
    cipher = keyring.cipher(session, row.workspace_id)
    row.raw_sealed = sealing.seal(cipher, row.id, "raw", raw.to_json())
    row.redacted_sealed = row.pii_sealed = None
    row.pii_count = row.residual_pii = None
    row.model = model
    row.dictionary_version = dictionary_version
    row.duration_ms = raw.duration_ms
    row.utterances = len(raw.utterances)
    fixes = [[c.utterance, c.start, c.end, c.before, c.after] for c in corrections]
    sealed = sealing.seal(cipher, row.id, "corrections", fixes)
    state.put_output(session, row, "corrections", sealed, {"count": len(fixes)})


def store_redaction(
    session: Session, keyring: Keyring, row: TranscriptRow, result: RedactedTranscript
) -> None:
    cipher = keyring.cipher(session, row.workspace_id)
    found = [f.as_json() for f in result.found]
    row.redacted_sealed = sealing.seal(cipher, row.id, "redacted", result.transcript.to_json())
    row.pii_sealed = sealing.seal(cipher, row.id, "pii", found)
    row.pii_count = len(found)
    row.residual_pii = None


def store_hidden(
    session: Session,
    keyring: Keyring,
    row: TranscriptRow,
    redacted: Transcript,
    redactions: Sequence[Mapping[str, Any]],
) -> None:
    """The redacted transcript after the leak check hid what it flagged (pipeline.flagged),
    with the redaction's record moved along and the hidden runs added; pii_count stays the
    redaction's own count."""
    cipher = keyring.cipher(session, row.workspace_id)
    row.redacted_sealed = sealing.seal(cipher, row.id, "redacted", redacted.to_json())
    row.pii_sealed = sealing.seal(cipher, row.id, "pii", [dict(r) for r in redactions])
