"""Transcript search over a keyed token index: each distinct word of a transcript's REDACTED
text is stored only as a workspace-keyed HMAC (`vi.word`), so neither the database nor a
search can reveal redacted PII, and a query matches transcripts holding every query word.
Results are limited to the calls and voicemail the actor may see."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.calls import service as calls
from callvault.comms.calls.visibility import Visibility
from callvault.comms.calls.visibility import visibility as call_visibility
from callvault.comms.chat.search import MAX_QUERY_WORDS, words
from callvault.comms.voicemail import service as voicemail
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, require
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring
from callvault.intelligence import sealing
from callvault.intelligence.errors import InvalidSettings
from callvault.intelligence.models import SearchToken
from callvault.intelligence.models import Transcript as TranscriptRow
from callvault.intelligence.schemas import SearchHitOut, SearchIn, SearchOut
from callvault.intelligence.transcript import Transcript
from callvault.intelligence.views import utterance_out
from callvault.retention_clock.cutoff import cutoff
from callvault.retention_clock.data_types import DataType

WORD_FIELD = "vi.word"
SCAN_MAX = 500  # candidate transcripts looked at per query before visibility filtering


def transcript_tokens(cipher: WorkspaceCipher, redacted: Transcript) -> list[str]:
    return [cipher.blind_index(w, field=WORD_FIELD) for w in words(redacted.text)]


def search(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, query: SearchIn
) -> SearchOut:
    """Transcripts (redacted) holding every word of the query, among those the actor sees."""
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_READ)
    cipher = keyring.cipher(session, actor.workspace_id)
    found = words(query.q)[:MAX_QUERY_WORDS]
    if not found:
        raise InvalidSettings("Search needs a word of 2 to 32 letters or digits.", field="q")
    wanted = [cipher.blind_index(w, field=WORD_FIELD) for w in found]
    stmt = (
        select(SearchToken.transcript_id)
        .where(SearchToken.workspace_id == actor.workspace_id, SearchToken.token.in_(wanted))
        .group_by(SearchToken.transcript_id)
        .having(func.count(func.distinct(SearchToken.token)) == len(set(wanted)))
        .limit(SCAN_MAX)
    )
    ids = list(session.execute(stmt).scalars())
    rows: Sequence[TranscriptRow] = (
        session.execute(
            select(TranscriptRow)
            .where(TranscriptRow.workspace_id == actor.workspace_id, TranscriptRow.id.in_(ids))
            .order_by(TranscriptRow.created_at.desc(), TranscriptRow.id)
        )
        .scalars()
        .all()
        if ids
        else []
    )
    seen = call_visibility(session, actor)
    oldest = cutoff(session, actor.workspace_id, DataType.TRANSCRIPTS)  # expired: invisible
    hits: list[SearchHitOut] = []
    wanted_words = set(found)
    for row in rows:
        if query.source_type and row.source_type != query.source_type:
            continue
        if oldest is not None and row.created_at < oldest:
            continue
        if not _may_see(session, actor, seen, row) or row.redacted_sealed is None:
            continue
        t = Transcript.from_json(sealing.unseal(cipher, row.id, "redacted", row.redacted_sealed))
        matching = [u for u in t.utterances if wanted_words & set(words(u.text))]
        hits.append(
            SearchHitOut(
                transcript_id=row.id,
                source_type=row.source_type,
                source_id=row.source_id,
                utterances=[utterance_out(u) for u in matching[:20]],
            )
        )
        if len(hits) >= query.limit:
            break
    audit.record_read(  # never the query itself: it is content
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="transcript.search",
        object_type="transcript",
        details={"returned": len(hits), "transcript_ids": [h.transcript_id for h in hits]},
    )
    return SearchOut(hits=hits)


def _may_see(
    session: Session,
    actor: Actor,
    seen: Visibility,
    row: TranscriptRow,
) -> bool:
    try:
        if row.source_type == "call":
            calls.visible_call(session, actor, seen, row.source_id)
        else:
            voicemail.visible_message(session, actor, row.source_id)
    except NotFound:
        return False
    return True
