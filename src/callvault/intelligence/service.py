"""Reading voice-intelligence results of a call or voicemail, and re-running its pipeline.

Whoever may see the source (the call's visibility, the voicemail's mailbox) reads its
redacted transcript and the outputs made from it; the raw transcript needs
`intelligence.read_raw`. Every read of transcript content is audited."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.calls import service as calls
from callvault.comms.calls.visibility import visibility
from callvault.comms.voicemail import service as voicemail
from callvault.core.context import Actor
from callvault.core.permissions import Permission, allows, require
from callvault.crypto.keyring import Keyring
from callvault.intelligence import config, sealing
from callvault.intelligence.errors import NotReady, TranscriptNotFound
from callvault.intelligence.models import MomentHit
from callvault.intelligence.models import Transcript as TranscriptRow
from callvault.intelligence.moments import service as moments
from callvault.intelligence.notes.owners import name_behind
from callvault.intelligence.pipeline import state
from callvault.intelligence.pipeline.parties import side_of, speaker_names
from callvault.intelligence.schemas import (
    ActionItemOut,
    ArcPointOut,
    LeakFlagOut,
    MomentHitOut,
    MomentsOut,
    NoteLineOut,
    NotesOut,
    PiiOut,
    RerunIn,
    SentimentOut,
    SpeakerSentimentOut,
    StageOut,
    StatusOut,
    TopicOut,
    TranscriptOut,
    UtteranceSentimentOut,
    VerificationOut,
)
from callvault.intelligence.transcript import Span, Transcript
from callvault.intelligence.views import span_from, span_out, spans_out, utterance_out
from callvault.retention_clock.cutoff import is_expired
from callvault.retention_clock.data_types import DataType

SourceType = Literal["call", "voicemail"]
_NOT_FOUND = "No transcript for this item."


def _visible_source(
    session: Session, actor: Actor, source_type: SourceType, source_id: str
) -> None:
    if source_type == "call":
        calls.visible_call(session, actor, visibility(session, actor), source_id)
    else:
        voicemail.visible_message(session, actor, source_id)


def _row(session: Session, actor: Actor, source_type: SourceType, source_id: str) -> TranscriptRow:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_READ)
    _visible_source(session, actor, source_type, source_id)
    row = state.for_source(session, actor.workspace_id, source_type, source_id)
    if row is None or is_expired(session, actor.workspace_id, DataType.TRANSCRIPTS, row.created_at):
        raise TranscriptNotFound(_NOT_FOUND, object_type="transcript")
    return row


def _redacted(session: Session, keyring: Keyring, row: TranscriptRow) -> Transcript:
    if row.redacted_sealed is None:
        raise NotReady("The redacted transcript is not ready yet.", stage="redact")
    cipher = keyring.cipher(session, row.workspace_id)
    return Transcript.from_json(sealing.unseal(cipher, row.id, "redacted", row.redacted_sealed))


def _audit_read(
    session: Session, audit: AuditLog, actor: Actor, row: TranscriptRow, what: str
) -> None:
    audit.record_read(
        session,
        workspace_id=row.workspace_id,
        actor=actor,
        action=f"transcript.read.{what}",
        object_type=row.source_type,
        object_id=row.source_id,
        details={"transcript_id": row.id, "generation": row.generation},
    )


def status(session: Session, *, actor: Actor, source_type: SourceType, source_id: str) -> StatusOut:
    """Where each stage stands (progress, failure reasons); no content."""
    row = _row(session, actor, source_type, source_id)
    return StatusOut(
        transcript_id=row.id,
        source_type=row.source_type,
        source_id=row.source_id,
        generation=row.generation,
        language=row.language,
        model=row.model,
        dictionary_version=row.dictionary_version,
        stages=[
            StageOut(
                stage=s.stage,
                state=s.state,
                progress=s.progress,
                reason=s.reason,
                attempts=s.attempts,
                updated_at=s.updated_at,
            )
            for s in state.stages_of(session, row.id)
        ],
    )


def transcript(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    source_type: SourceType,
    source_id: str,
    view: Literal["redacted", "raw"],
) -> TranscriptOut:
    """The transcript with its redactions; `raw` needs intelligence.read_raw."""
    if view == "raw":
        require(actor.role, actor.scopes, Permission.INTELLIGENCE_READ_RAW)
    row = _row(session, actor, source_type, source_id)
    cipher = keyring.cipher(session, row.workspace_id)
    redacted = _redacted(session, keyring, row)
    found: list[dict[str, Any]] = (
        sealing.unseal(cipher, row.id, "pii", row.pii_sealed) if row.pii_sealed else []
    )
    if view == "raw":
        assert row.raw_sealed is not None  # redacted exists, so raw does
        shown = Transcript.from_json(sealing.unseal(cipher, row.id, "raw", row.raw_sealed))
    else:
        shown = redacted
    _audit_read(session, audit, actor, row, view)
    return TranscriptOut(
        transcript_id=row.id,
        source_type=row.source_type,
        source_id=row.source_id,
        view=view,
        language=shown.language,
        duration_ms=shown.duration_ms,
        utterances=[utterance_out(u) for u in shown.utterances],
        redactions=[
            PiiOut(type=str(f["type"]), span=span_out(shown, span_from(f[view]))) for f in found
        ],
        residual_pii=row.residual_pii,
    )


def _read(
    session: Session,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    source_type: SourceType,
    source_id: str,
    what: str,
) -> tuple[TranscriptRow, Transcript, Any]:
    """The row, its redacted transcript and the `what` output (None for moments); audited."""
    row = _row(session, actor, source_type, source_id)
    t = _redacted(session, keyring, row)
    doc = _output(session, keyring, row, what) if what != "moments" else None
    _audit_read(session, audit, actor, row, what)
    return row, t, doc


def _output(
    session: Session, keyring: Keyring, row: TranscriptRow, kind: str, stage: str = "analyse"
) -> Any:
    out = state.output(session, row.id, kind)
    if out is None or out.generation != row.generation:
        raise NotReady(f"The {kind} are not ready yet.", stage=stage)
    cipher = keyring.cipher(session, row.workspace_id)
    return sealing.unseal(cipher, row.id, kind, out.sealed)


def notes(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    source_type: SourceType,
    source_id: str,
) -> NotesOut:
    row, t, doc = _read(session, keyring, audit, actor, source_type, source_id, "notes")
    owners = _owner_names(session, keyring, actor, row, doc["action_items"])
    said = _said_owners(session, keyring, actor, row, doc["action_items"])
    if said:  # words of the raw transcript are shown: audited as a raw read
        _audit_read(session, audit, actor, row, "raw")
    return NotesOut(
        source=str(doc["source"]),
        degraded_reason=doc.get("degraded_reason"),
        summary=[
            NoteLineOut(
                text=str(n["text"]),
                kind=n.get("kind") or "detail",
                evidence=spans_out(t, n["evidence"]),
            )
            for n in doc["summary"]
        ],
        action_items=[
            ActionItemOut(
                # the third party named where the task was said, then the party's person
                owner=said.get(n)
                or a.get("owner")
                or owners.get(side_of(str(a.get("party") or ""))),
                party=a.get("party"),
                what=str(a["what"]),
                when=a.get("when"),
                due=a.get("due"),
                evidence=spans_out(t, a["evidence"]),
            )
            for n, a in enumerate(doc["action_items"])
        ],
        topics=[
            TopicOut(
                term=str(p["term"]),
                mentions=int(p["mentions"]),
                evidence=spans_out(t, p["evidence"]),
            )
            for p in doc["topics"]
        ],
    )


def _owner_names(
    session: Session,
    keyring: Keyring,
    actor: Actor,
    row: TranscriptRow,
    items: list[dict[str, Any]],
) -> dict[str, str]:
    """Side ("caller", "callee") -> the name this viewer may read for an action item's owner.

    With party names hidden (the default) the stored notes name no party: an item keeps only
    its party reference, resolved here, at display time, to the user or contact on that side
    as the call stands now. The name is shown to those who may read the raw transcript (where
    the name is said); anyone else, the user on the call included, gets the party label
    alone, as in their redacted transcript, so the notes never undo its redaction."""
    sides = {side_of(str(a["party"])) for a in items if a.get("party") and not a.get("owner")}
    if not sides or not allows(actor.role, Permission.INTELLIGENCE_READ_RAW, actor.scopes):
        return {}
    names = speaker_names(
        session,
        keyring,
        workspace_id=row.workspace_id,
        source_type=row.source_type,
        source_id=row.source_id,
    )
    return {s: n for s, n in names.items() if s in sides}


def _said_owners(
    session: Session,
    keyring: Keyring,
    actor: Actor,
    row: TranscriptRow,
    items: list[dict[str, Any]],
) -> dict[int, str]:
    """Item index -> the redacted name of the third party who will do it ("our adjuster,
    [PERSON], will call"), for viewers who may read the raw transcript, where the name is
    said; nobody else gets it (the notes never undo the redaction)."""
    wanted = {n: span_from(a["owner_said"]) for n, a in enumerate(items) if a.get("owner_said")}
    if not wanted or row.pii_sealed is None or row.raw_sealed is None:
        return {}
    if not allows(actor.role, Permission.INTELLIGENCE_READ_RAW, actor.scopes):
        return {}
    cipher = keyring.cipher(session, row.workspace_id)
    found: list[dict[str, Any]] = sealing.unseal(cipher, row.id, "pii", row.pii_sealed)
    raw = Transcript.from_json(sealing.unseal(cipher, row.id, "raw", row.raw_sealed))
    names = {n: name_behind(span, found, raw) for n, span in wanted.items()}
    return {n: name for n, name in names.items() if name}


def sentiment(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    source_type: SourceType,
    source_id: str,
) -> SentimentOut:
    _, t, doc = _read(session, keyring, audit, actor, source_type, source_id, "sentiment")
    return SentimentOut(
        overall=float(doc["overall"]),
        label=str(doc["label"]),
        speakers=[
            SpeakerSentimentOut(
                speaker=str(s["speaker"]),
                baseline=float(s["baseline"]),
                overall=float(s["overall"]),
                label=str(s["label"]),
                arc=[ArcPointOut(**p) for p in s["arc"]],
                evidence=spans_out(t, s["evidence"]),
            )
            for s in doc["speakers"]
        ],
        utterances=[
            UtteranceSentimentOut(
                utterance=int(u["utterance"]),
                speaker=str(u["speaker"]),
                raw=float(u["raw"]),
                score=float(u["score"]),
                label=str(u["label"]),
                evidence=spans_out(t, u["evidence"]),
            )
            for u in doc["utterances"]
        ],
        degraded_reason=doc.get("degraded_reason"),
    )


def moment_hits(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    source_type: SourceType,
    source_id: str,
) -> MomentsOut:
    row, t, _ = _read(session, keyring, audit, actor, source_type, source_id, "moments")
    rows = session.execute(
        select(MomentHit)
        .where(MomentHit.transcript_id == row.id)
        .order_by(MomentHit.utterance, MomentHit.start)
    ).scalars()
    labels = moments.names(session, keyring, row.workspace_id)
    out: list[MomentHitOut] = []
    for h in rows:
        span = Span(h.utterance, h.start, h.end)
        out.append(
            MomentHitOut(
                moment_id=h.moment_id,
                version=h.version,
                name=labels.get((h.moment_id, h.version), ""),
                evidence=span_out(t, span),
                text=t.span_text(span) if h.utterance < len(t.utterances) else "",
            )
        )
    return MomentsOut(hits=out)


def verification(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    source_type: SourceType,
    source_id: str,
) -> VerificationOut:
    """What the leak check flagged: kind, speaker, times, place in the redacted text and
    whether it was hidden, for whoever may read the redacted transcript (the values are never
    shown)."""
    row = _row(session, actor, source_type, source_id)
    t = _redacted(session, keyring, row)
    doc = _output(session, keyring, row, "verification", stage="verify")
    _audit_read(session, audit, actor, row, "verification")
    flags = doc.get("flags", [])
    return VerificationOut(
        flagged=len(flags),
        hidden=sum(bool(f.get("hidden")) for f in flags),
        audio_checked=bool(doc.get("audio_checked", True)),
        kept_numbers=int(doc.get("kept_numbers", 0)),
        flags=[
            LeakFlagOut(
                kind=f["kind"],
                sources=list(f["sources"]),
                speaker=str(f["speaker"]),
                start_ms=int(f["start_ms"]),
                end_ms=int(f["end_ms"]),
                span=span_out(t, span_from(f["redacted"])) if f.get("redacted") else None,
                hidden=bool(f.get("hidden")),
                left_because=f.get("left_because"),
            )
            for f in flags
        ],
    )


def rerun(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    source_type: SourceType,
    source_id: str,
    data: RerunIn,
) -> StatusOut:
    """Run the pipeline again from a stage (say, after a dictionary change); the earlier
    run's queued jobs become stale and leave no effect."""
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    _visible_source(session, actor, source_type, source_id)
    settings = config.effective(session, keyring, actor.workspace_id)
    existing = state.for_source(session, actor.workspace_id, source_type, source_id)
    from_stage = data.from_stage
    if existing is None or (from_stage != "transcribe" and existing.raw_sealed is None):
        from_stage = "transcribe"
    if from_stage == "analyse" and existing is not None and existing.redacted_sealed is None:
        from_stage = "redact"
    row = state.start(
        session,
        workspace_id=actor.workspace_id,
        source_type=source_type,
        source_id=source_id,
        language=settings.language,
        from_stage=from_stage,
    )
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="intelligence.rerun",
        object_type=source_type,
        object_id=source_id,
        details={"from_stage": from_stage, "generation": row.generation},
    )
    return status(session, actor=actor, source_type=source_type, source_id=source_id)
