"""The analyse and index stages' work on the redacted transcript: moments, sentiment and notes
(extractive, or an admin's OpenAI-compatible endpoint that only ever sees redacted text, with
the extractive notes as the fallback when it fails), and the keyed token index for search."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring
from callvault.intelligence import sealing
from callvault.intelligence.config import Effective
from callvault.intelligence.models import MomentHit
from callvault.intelligence.models import Transcript as TranscriptRow
from callvault.intelligence.moments import service as moments
from callvault.intelligence.moments.matcher import match_moments
from callvault.intelligence.notes.commitment import for_encoder
from callvault.intelligence.notes.errors import LlmUnavailable
from callvault.intelligence.notes.extractive import extractive_notes
from callvault.intelligence.notes.llm import LlmEndpoint, llm_notes
from callvault.intelligence.notes.models import Notes
from callvault.intelligence.pipeline import state
from callvault.intelligence.search import transcript_tokens
from callvault.intelligence.sentiment.model import SentimentModel
from callvault.intelligence.sentiment.models import CallSentiment
from callvault.intelligence.sentiment.service import analyse as sentiment_of
from callvault.intelligence.transcript import Span, Transcript


@dataclass(frozen=True, slots=True)
class Hit:
    moment_id: str
    version: int
    span: Span


@dataclass(frozen=True, slots=True)
class Analysis:
    notes: Notes
    sentiment: CallSentiment
    hits: tuple[Hit, ...]
    degraded_reason: str | None


def jsonable(value: Any) -> Any:
    """Dataclasses, enums, dates and tuples as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, frozenset | set):
        return sorted(jsonable(v) for v in value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def analyse(
    redacted: Transcript,
    *,
    settings: Effective,
    rules: Sequence[moments.RuleVersion],
    aliases: dict[str, Sequence[str]],
    terms: Sequence[str],
    today: date | None = None,
    refused_ports: frozenset[int] = frozenset(),
    parties: dict[str, str] | None = None,
    people: Sequence[str] = (),
    sentiment_model: SentimentModel | None = None,
    sentiment_fallback: str | None = None,
) -> Analysis:
    """Moments, sentiment and notes of a redacted transcript; `parties` names the person
    behind each speaker label, `people` are the directory's names (owners of action items);
    `sentiment_model` the learned sentiment head, or `sentiment_fallback` why there is none."""
    reference = today or utcnow().date()
    found = match_moments(redacted, [r.rule for r in rules], aliases=aliases)
    versions = {r.rule.key: r.version for r in rules}
    hits = tuple(Hit(h.key, versions[h.key], h.evidence) for h in found)
    sentiment = sentiment_of(redacted, language=settings.language, model=sentiment_model)
    if sentiment_model is None and sentiment_fallback and sentiment.degraded_reason is None:
        sentiment = dataclasses.replace(
            sentiment, degraded_reason=f"rules only, no sentiment model: {sentiment_fallback}"
        )
    degraded: str | None = None
    notes: Notes | None = None
    if settings.llm_base_url and settings.llm_model:
        endpoint = LlmEndpoint(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            refused_ports=refused_ports,
        )
        try:
            notes = llm_notes(redacted, endpoint=endpoint, reference_date=reference)
        except LlmUnavailable as exc:
            degraded = f"notes endpoint unavailable, extractive notes instead: {exc}"
    if notes is None:
        notes = extractive_notes(
            redacted,
            reference_date=reference,
            dictionary_terms=terms,
            parties=parties,
            people=people,
            # The sentiment model's encoder, already loaded: no second copy (ADR 0033).
            classifier=for_encoder(sentiment_model.encoder) if sentiment_model else None,
        )
        if degraded:
            notes = dataclasses.replace(notes, degraded_reason=degraded)
    return Analysis(notes=notes, sentiment=sentiment, hits=hits, degraded_reason=degraded)


def replace_hits(session: Session, row: TranscriptRow, hits: Sequence[Hit]) -> None:
    session.execute(delete(MomentHit).where(MomentHit.transcript_id == row.id))
    session.add_all(
        MomentHit(
            workspace_id=row.workspace_id,
            transcript_id=row.id,
            moment_id=h.moment_id,
            version=h.version,
            utterance=h.span.utterance,
            start=h.span.start,
            end=h.span.end,
        )
        for h in hits
    )


def store(session: Session, keyring: Keyring, row: TranscriptRow, result: Analysis) -> None:
    """Seal the notes and sentiment and replace the moment hits (in the final transaction)."""
    cipher = keyring.cipher(session, row.workspace_id)
    outputs: list[tuple[str, Any, dict[str, object]]] = [
        ("notes", jsonable(result.notes), {"source": result.notes.source}),
        ("sentiment", jsonable(result.sentiment), {"label": result.sentiment.label}),
    ]
    for kind, doc, meta in outputs:
        state.put_output(session, row, kind, sealing.seal(cipher, row.id, kind, doc), meta)
    replace_hits(session, row, result.hits)


def search_tokens(cipher: WorkspaceCipher, redacted: Transcript) -> list[str]:
    return transcript_tokens(cipher, redacted)
