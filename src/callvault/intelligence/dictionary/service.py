"""The company dictionary: terms (products, competitors, jargon) with their aliases and
misspellings, sealed at rest, one row per term (blind index on the normalised term). Every
change bumps the workspace's dictionary version, which transcripts record, so an admin can
see which calls were transcribed with an older dictionary and re-run them.

`vocabulary()` is what the recogniser is fed: the terms plus the names in the workspace's
directory (users and shared contacts)."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.contacts import service as contacts
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.core.permissions import Permission, require
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring
from callvault.identity import service as identity
from callvault.intelligence import config
from callvault.intelligence.errors import DictionaryTermNotFound, DuplicateTerm
from callvault.intelligence.models import DictionaryTerm
from callvault.intelligence.schemas import TermIn, TermListOut, TermOut, TermUpdateIn

MAX_TERMS = 2000
MAX_DIRECTORY_NAMES = 2000
_KIND = "vi_term"
_INDEX_FIELD = "vi.term"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    terms: tuple[tuple[str, tuple[str, ...]], ...]  # (term, aliases)
    names: tuple[str, ...]  # people in the directory
    version: int


def _norm(term: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", term).casefold().split())


def _open(cipher: WorkspaceCipher, row: DictionaryTerm) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        cipher.open_text(row.sealed, kind=_KIND, object_id=row.id, field="term")
    )
    return data


def _term_out(cipher: WorkspaceCipher, row: DictionaryTerm) -> TermOut:
    data = _open(cipher, row)
    aliases = data.get("aliases")
    return TermOut(
        id=row.id,
        term=str(data["term"]),
        aliases=[str(a) for a in aliases] if isinstance(aliases, list) else [],
        category=row.category,
        updated_at=row.updated_at,
    )


def _rows(session: Session, workspace_id: str) -> list[DictionaryTerm]:
    return list(
        session.execute(
            select(DictionaryTerm)
            .where(DictionaryTerm.workspace_id == workspace_id)
            .order_by(DictionaryTerm.created_at, DictionaryTerm.id)
        ).scalars()
    )


def _row(session: Session, workspace_id: str, term_id: str) -> DictionaryTerm:
    row = session.get(DictionaryTerm, term_id)
    if row is None or row.workspace_id != workspace_id:
        raise DictionaryTermNotFound("Dictionary term not found.", object_type="dictionary_term")
    return row


def _seal(cipher: WorkspaceCipher, row: DictionaryTerm, term: str, aliases: list[str]) -> None:
    clean = sorted({a for a in aliases if _norm(a) != _norm(term)}, key=str.casefold)
    row.term_index = cipher.blind_index(_norm(term), field=_INDEX_FIELD)
    row.sealed = cipher.seal_text(
        json.dumps({"term": term, "aliases": clean}), kind=_KIND, object_id=row.id, field="term"
    )


def _changed(session: Session, audit: AuditLog, actor: Actor, action: str, term_id: str) -> None:
    try:
        session.flush()
    except IntegrityError:
        raise DuplicateTerm("That term is already in the dictionary.", field="term") from None
    version = config.bump_dictionary_version(session, actor.workspace_id)
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action=action,
        object_type="dictionary_term",
        object_id=term_id,
        details={"dictionary_version": version},
    )


def list_terms(session: Session, *, keyring: Keyring, actor: Actor) -> TermListOut:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    cipher = keyring.cipher(session, actor.workspace_id)
    version = config.effective(session, keyring, actor.workspace_id).dictionary_version
    return TermListOut(
        terms=[_term_out(cipher, r) for r in _rows(session, actor.workspace_id)],
        dictionary_version=version,
    )


def add_term(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, data: TermIn
) -> TermOut:
    """Add a term (unique per workspace, case-insensitively)."""
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    ws = actor.workspace_id
    if len(_rows(session, ws)) >= MAX_TERMS:
        raise DuplicateTerm(f"The dictionary holds at most {MAX_TERMS} terms.", field="term")
    cipher = keyring.cipher(session, ws)
    now = utcnow()
    row = DictionaryTerm(
        id=new_id(), workspace_id=ws, category=data.category, created_at=now, updated_at=now
    )
    _seal(cipher, row, data.term, data.aliases)
    session.add(row)
    _changed(session, audit, actor, "intelligence.dictionary.add", row.id)
    return _term_out(cipher, row)


def update_term(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    term_id: str,
    data: TermUpdateIn,
) -> TermOut:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    cipher = keyring.cipher(session, actor.workspace_id)
    row = _row(session, actor.workspace_id, term_id)
    current = _term_out(cipher, row)
    _seal(
        cipher,
        row,
        data.term if data.term is not None else current.term,
        data.aliases if data.aliases is not None else current.aliases,
    )
    if data.category is not None:
        row.category = data.category
    row.updated_at = utcnow()
    _changed(session, audit, actor, "intelligence.dictionary.update", row.id)
    return _term_out(cipher, row)


def delete_term(session: Session, *, audit: AuditLog, actor: Actor, term_id: str) -> None:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    row = _row(session, actor.workspace_id, term_id)
    session.delete(row)
    _changed(session, audit, actor, "intelligence.dictionary.delete", term_id)


def terms_by_id(
    session: Session, keyring: Keyring, workspace_id: str
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every term of the workspace: id -> (term, aliases)."""
    cipher = keyring.cipher(session, workspace_id)
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in _rows(session, workspace_id):
        t = _term_out(cipher, row)
        out[row.id] = (t.term, tuple(t.aliases))
    return out


def vocabulary(session: Session, keyring: Keyring, workspace_id: str) -> Vocabulary:
    """The dictionary terms and directory names the recogniser is fed (system read)."""
    system = Actor.system(workspace_id, reason="intelligence")
    names: dict[str, None] = {}
    for user in identity.list_users(session, keyring=keyring, actor=system):
        names[user.name] = None
    cursor: str | None = None
    while len(names) < MAX_DIRECTORY_NAMES:
        page = contacts.list_contacts(
            session, keyring=keyring, actor=system, scope="shared", cursor=cursor, limit=200
        )
        for c in page.items:
            names[c.name] = None
        cursor = page.next_cursor
        if cursor is None:
            break
    version = config.effective(session, keyring, workspace_id).dictionary_version
    return Vocabulary(
        terms=tuple(terms_by_id(session, keyring, workspace_id).values()),
        names=tuple(n for n in list(names)[:MAX_DIRECTORY_NAMES] if n.strip()),
        version=version,
    )
