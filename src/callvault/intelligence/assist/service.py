"""Assist-card definitions: created, edited, disabled and deleted by admins (audited), read
by the live assist module. Sealed with the workspace key like the other voice-intelligence
configuration (moments, the dictionary)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.core.permissions import Permission, require
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring
from callvault.intelligence.assist.errors import AssistCardNotFound
from callvault.intelligence.assist.matcher import AssistCard
from callvault.intelligence.assist.models import AssistCardRow
from callvault.intelligence.assist.schemas import AssistCardIn, AssistCardListOut, AssistCardOut
from callvault.intelligence.dictionary import service as dictionary
from callvault.intelligence.errors import InvalidSettings

_KIND = "vi_assist_card"
MAX_CARDS = 200


def _open(cipher: WorkspaceCipher, row: AssistCardRow) -> AssistCardIn:
    data = json.loads(cipher.open_text(row.sealed, kind=_KIND, object_id=row.id, field="card"))
    return AssistCardIn.model_validate({**data, "enabled": row.enabled})


def _out(cipher: WorkspaceCipher, row: AssistCardRow) -> AssistCardOut:
    card = _open(cipher, row)
    return AssistCardOut(
        id=row.id,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        **card.model_dump(),
    )


def _rows(session: Session, workspace_id: str) -> list[AssistCardRow]:
    return list(
        session.execute(
            select(AssistCardRow)
            .where(AssistCardRow.workspace_id == workspace_id)
            .order_by(AssistCardRow.created_at, AssistCardRow.id)
        ).scalars()
    )


def _row(session: Session, workspace_id: str, card_id: str) -> AssistCardRow:
    row = session.get(AssistCardRow, card_id)
    if row is None or row.workspace_id != workspace_id:
        raise AssistCardNotFound("Assist card not found.", object_type="assist_card")
    return row


def _check(session: Session, keyring: Keyring, workspace_id: str, data: AssistCardIn) -> None:
    if not (data.phrases or data.keywords or data.term_ids):
        raise InvalidSettings("A card needs a phrase, a keyword or a term.", field="phrases")
    if data.term_ids:
        known = dictionary.terms_by_id(session, keyring, workspace_id)
        if any(t not in known for t in data.term_ids):
            raise InvalidSettings("term_ids names terms not in the dictionary.", field="term_ids")


def _seal(keyring: Keyring, session: Session, row: AssistCardRow, data: AssistCardIn) -> None:
    cipher = keyring.cipher(session, row.workspace_id)
    body = data.model_dump(exclude={"enabled"})
    row.sealed = cipher.seal_text(json.dumps(body), kind=_KIND, object_id=row.id, field="card")
    row.enabled = data.enabled


def create_card(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, data: AssistCardIn
) -> AssistCardOut:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    ws = actor.workspace_id
    if len(_rows(session, ws)) >= MAX_CARDS:
        raise InvalidSettings(f"At most {MAX_CARDS} assist cards.", field="title")
    _check(session, keyring, ws, data)
    now = utcnow()
    row = AssistCardRow(
        id=new_id(),
        workspace_id=ws,
        version=1,
        created_by=actor.actor_id,
        created_at=now,
        updated_at=now,
    )
    _seal(keyring, session, row, data)
    session.add(row)
    session.flush()
    _audit(session, audit, actor, "intelligence.assist_card.create", row)
    return _out(keyring.cipher(session, ws), row)


def update_card(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    card_id: str,
    data: AssistCardIn,
) -> AssistCardOut:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    row = _row(session, actor.workspace_id, card_id)
    _check(session, keyring, actor.workspace_id, data)
    _seal(keyring, session, row, data)
    row.version += 1
    row.updated_at = utcnow()
    session.flush()
    _audit(session, audit, actor, "intelligence.assist_card.update", row)
    return _out(keyring.cipher(session, actor.workspace_id), row)


def delete_card(session: Session, *, audit: AuditLog, actor: Actor, card_id: str) -> None:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    row = _row(session, actor.workspace_id, card_id)
    _audit(session, audit, actor, "intelligence.assist_card.delete", row)
    session.delete(row)
    session.flush()


def list_cards(session: Session, *, keyring: Keyring, actor: Actor) -> AssistCardListOut:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    cipher = keyring.cipher(session, actor.workspace_id)
    return AssistCardListOut(cards=[_out(cipher, r) for r in _rows(session, actor.workspace_id)])


def live_cards(
    session: Session, keyring: Keyring, workspace_id: str
) -> tuple[list[AssistCard], dict[str, Sequence[str]]]:
    """The enabled cards (dictionary terms resolved to keywords) and the term -> aliases map,
    for matching live segments (a system read: no actor)."""
    rows = [r for r in _rows(session, workspace_id) if r.enabled]
    if not rows:
        return [], {}
    cipher = keyring.cipher(session, workspace_id)
    terms = dictionary.terms_by_id(session, keyring, workspace_id)
    out: list[AssistCard] = []
    for row in rows:
        c = _open(cipher, row)
        keywords = [*c.keywords, *(terms[t][0] for t in c.term_ids if t in terms)]
        out.append(
            AssistCard(
                id=row.id,
                title=c.title,
                body=c.body,
                link=c.link,
                phrases=tuple(c.phrases),
                keywords=tuple(keywords),
                speaker=c.speaker,
                enabled=True,
            )
        )
    return out, dict(terms.values())


def _audit(
    session: Session, audit: AuditLog, actor: Actor, action: str, row: AssistCardRow
) -> None:
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action=action,
        object_type="assist_card",
        object_id=row.id,
        details={"version": row.version, "enabled": row.enabled},
    )
