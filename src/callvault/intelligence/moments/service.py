"""Moment definitions: admin-defined phrases and keywords (and dictionary terms, with their
aliases) that tag transcript spans, such as "competitor mentioned" or "cancellation risk".
Definitions are versioned: an edit adds a version and the old one stays, so every tag names
the version that made it. `apply_to_past` re-tags earlier transcripts with the current
versions (as a job) and records which transcripts gained or lost which moments."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.core.permissions import Permission, require
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring
from callvault.intelligence.dictionary import service as dictionary
from callvault.intelligence.errors import InvalidSettings, MomentNotFound
from callvault.intelligence.models import MomentDefinition
from callvault.intelligence.moments.matcher import MomentRule
from callvault.intelligence.schemas import MomentIn, MomentListOut, MomentOut, MomentVersionsOut

_KIND = "vi_moment"
MAX_MOMENTS = 200


@dataclass(frozen=True, slots=True)
class RuleVersion:
    rule: MomentRule
    version: int
    name: str


def _open(cipher: WorkspaceCipher, row: MomentDefinition) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        cipher.open_text(row.sealed, kind=_KIND, object_id=row.id, field="definition")
    )
    return data


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _out(cipher: WorkspaceCipher, row: MomentDefinition) -> MomentOut:
    d = _open(cipher, row)
    speakers = d.get("speakers")
    return MomentOut(
        id=row.moment_id,
        version=row.version,
        name=str(d.get("name", "")),
        phrases=_strings(d.get("phrases")),
        keywords=_strings(d.get("keywords")),
        term_ids=_strings(d.get("term_ids")),
        speakers=_strings(speakers) if isinstance(speakers, list) else None,
        created_at=row.created_at,
    )


def _current(session: Session, workspace_id: str) -> list[MomentDefinition]:
    return list(
        session.execute(
            select(MomentDefinition)
            .where(
                MomentDefinition.workspace_id == workspace_id,
                MomentDefinition.current.is_(True),
                MomentDefinition.deleted.is_(False),
            )
            .order_by(MomentDefinition.created_at, MomentDefinition.id)
        ).scalars()
    )


def _latest(session: Session, workspace_id: str, moment_id: str) -> MomentDefinition:
    row = session.execute(
        select(MomentDefinition).where(
            MomentDefinition.workspace_id == workspace_id,
            MomentDefinition.moment_id == moment_id,
            MomentDefinition.current.is_(True),
            MomentDefinition.deleted.is_(False),
        )
    ).scalar_one_or_none()
    if row is None:
        raise MomentNotFound("Moment not found.", object_type="moment")
    return row


def _add_version(
    session: Session,
    keyring: Keyring,
    actor: Actor,
    moment_id: str,
    version: int,
    data: MomentIn,
) -> MomentDefinition:
    known = dictionary.terms_by_id(session, keyring, actor.workspace_id)
    unknown = [t for t in data.term_ids if t not in known]
    if unknown:
        raise InvalidSettings("term_ids names terms not in the dictionary.", field="term_ids")
    if not (data.phrases or data.keywords or data.term_ids):
        raise InvalidSettings("A moment needs a phrase, a keyword or a term.", field="phrases")
    row = MomentDefinition(
        id=new_id(),
        workspace_id=actor.workspace_id,
        moment_id=moment_id,
        version=version,
        current=True,
        deleted=False,
        created_by=actor.actor_id,
        created_at=utcnow(),
    )
    cipher = keyring.cipher(session, actor.workspace_id)
    row.sealed = cipher.seal_text(
        json.dumps(data.model_dump()), kind=_KIND, object_id=row.id, field="definition"
    )
    session.add(row)
    session.flush()
    return row


def create_moment(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, data: MomentIn
) -> MomentOut:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    if len(_current(session, actor.workspace_id)) >= MAX_MOMENTS:
        raise InvalidSettings(f"At most {MAX_MOMENTS} moments.", field="name")
    row = _add_version(session, keyring, actor, new_id(), 1, data)
    _audit(session, audit, actor, "intelligence.moment.create", row)
    return _out(keyring.cipher(session, actor.workspace_id), row)


def update_moment(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    moment_id: str,
    data: MomentIn,
) -> MomentOut:
    """A new version of the moment; the previous versions stay (tags name their version)."""
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    old = _latest(session, actor.workspace_id, moment_id)
    old.current = False
    session.flush()
    row = _add_version(session, keyring, actor, moment_id, old.version + 1, data)
    _audit(session, audit, actor, "intelligence.moment.update", row)
    return _out(keyring.cipher(session, actor.workspace_id), row)


def delete_moment(session: Session, *, audit: AuditLog, actor: Actor, moment_id: str) -> None:
    """Retire the moment: it tags nothing new; past tags go when transcripts are re-tagged."""
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    row = _latest(session, actor.workspace_id, moment_id)
    row.deleted = True
    session.flush()
    _audit(session, audit, actor, "intelligence.moment.delete", row)


def list_moments(session: Session, *, keyring: Keyring, actor: Actor) -> MomentListOut:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_READ)
    cipher = keyring.cipher(session, actor.workspace_id)
    return MomentListOut(moments=[_out(cipher, r) for r in _current(session, actor.workspace_id)])


def moment_versions(
    session: Session, *, keyring: Keyring, actor: Actor, moment_id: str
) -> MomentVersionsOut:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_READ)
    rows = session.execute(
        select(MomentDefinition)
        .where(
            MomentDefinition.workspace_id == actor.workspace_id,
            MomentDefinition.moment_id == moment_id,
        )
        .order_by(MomentDefinition.version)
    ).scalars()
    cipher = keyring.cipher(session, actor.workspace_id)
    versions = [_out(cipher, r) for r in rows]
    if not versions:
        raise MomentNotFound("Moment not found.", object_type="moment")
    return MomentVersionsOut(versions=versions)


def names(session: Session, keyring: Keyring, workspace_id: str) -> dict[tuple[str, int], str]:
    """(moment id, version) -> name, for every version of the workspace's moments."""
    cipher = keyring.cipher(session, workspace_id)
    rows = session.execute(
        select(MomentDefinition).where(MomentDefinition.workspace_id == workspace_id)
    ).scalars()
    return {(r.moment_id, r.version): str(_open(cipher, r).get("name", "")) for r in rows}


def current_rules(
    session: Session, keyring: Keyring, workspace_id: str
) -> tuple[list[RuleVersion], dict[str, Sequence[str]]]:
    """The current moment rules (dictionary terms resolved) and the term -> aliases map."""
    cipher = keyring.cipher(session, workspace_id)
    terms = dictionary.terms_by_id(session, keyring, workspace_id)
    aliases: dict[str, Sequence[str]] = dict(terms.values())
    out: list[RuleVersion] = []
    for row in _current(session, workspace_id):
        m = _out(cipher, row)
        keywords = [*m.keywords, *(terms[t][0] for t in m.term_ids if t in terms)]
        rule = MomentRule(
            key=m.id,
            phrases=tuple(m.phrases),
            keywords=tuple(keywords),
            speakers=frozenset(m.speakers) if m.speakers else None,
        )
        out.append(RuleVersion(rule=rule, version=m.version, name=m.name))
    return out, aliases


def _audit(
    session: Session, audit: AuditLog, actor: Actor, action: str, row: MomentDefinition
) -> None:
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action=action,
        object_type="moment",
        object_id=row.moment_id,
        details={"version": row.version},
    )
