"""Contact use cases: create, read, list and search, look up, update, delete.

Visibility: a personal contact is visible to its owner only. Admins and owners cannot read
other users' personal contacts either: they are each user's own address book, not business
records (call records are, and admins see those). Shared contacts are visible to everyone in
the workspace who holds `contacts.read` (every role but auditors) and are changed only by
those holding `contacts.manage_shared` (owners and admins). A contact the caller may not see
answers 404 exactly like an unknown id or another workspace's contact."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.contacts import cards, links
from callvault.comms.contacts import phones as phone_numbers
from callvault.comms.contacts import repository as repo
from callvault.comms.contacts.errors import (
    ContactNotFound,
    InvalidContact,
    InvalidCursor,
    InvalidQuery,
)
from callvault.comms.contacts.models import Contact
from callvault.comms.contacts.repository import ContactRow, Visibility
from callvault.comms.contacts.schemas import (
    Card,
    ContactIn,
    ContactOut,
    ContactPageOut,
    ContactUpdateIn,
    DeletionReceipt,
    Scope,
)
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import is_valid_id, new_id
from callvault.core.permissions import Permission, allows, require
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring

MAX_PAGE = 200
MAX_LOOKUP_MATCHES = 50


def visibility(actor: Actor, scope: Scope = "all") -> Visibility:
    """Shared contacts and/or the actor's own personal ones."""
    return Visibility(
        shared=scope in ("all", "shared"),
        owner_id=actor.user_id if scope in ("all", "mine") else None,
    )


def contacts_out(cipher: WorkspaceCipher, rows: Iterable[ContactRow]) -> list[ContactOut]:
    """Output models straight from (id, owner_id, card_sealed, created_at, updated_at) rows,
    validated once each."""
    fields = cards.card_fields(cipher)
    return [
        ContactOut(
            **fields(contact_id, sealed),
            id=contact_id,
            shared=owner_id is None,
            owner_id=owner_id,
            created_at=created_at,
            updated_at=updated_at,
        )
        for contact_id, owner_id, sealed, created_at, updated_at in rows
    ]


def names_of(
    session: Session, *, keyring: Keyring, actor: Actor, contact_ids: Iterable[str]
) -> dict[str, str]:
    """The names of those of these contacts the actor may read (shared ones, their own), for
    a list that shows people rather than numbers (the call log). As the contact list, this is
    not audited per contact: the list that shows them is. Without the permission to read
    contacts, none."""
    if not allows(actor.role, Permission.CONTACTS_READ, actor.scopes):
        return {}
    rows = repo.sealed_cards(session, actor.workspace_id, contact_ids, visibility=visibility(actor))
    if not rows:
        return {}
    fields = cards.card_fields(keyring.cipher(session, actor.workspace_id))
    return {contact_id: str(fields(contact_id, sealed)["name"]) for contact_id, sealed in rows}


class NamedParty(Protocol):
    """A call's or message's party as an output model: a contact's id, a place for its name."""

    contact_id: str | None
    contact_name: str | None


def name_parties(
    session: Session, *, keyring: Keyring, actor: Actor, parties: Sequence[NamedParty]
) -> None:
    """Fill in the names of the parties' contacts the actor may read (`names_of`)."""
    names = names_of(
        session,
        keyring=keyring,
        actor=actor,
        contact_ids=[p.contact_id for p in parties if p.contact_id],
    )
    for p in parties:
        if p.contact_id:
            p.contact_name = names.get(p.contact_id)


def _fields(c: Contact) -> ContactRow:
    return c.id, c.owner_id, c.card_sealed, c.created_at, c.updated_at


def contact_out(cipher: WorkspaceCipher, row: Contact) -> ContactOut:
    return contacts_out(cipher, [_fields(row)])[0]


def new_owner(actor: Actor, *, shared: bool) -> str | None:
    """The owner of a contact the actor adds: None for shared ones (admins only)."""
    if shared:
        require(actor.role, actor.scopes, Permission.CONTACTS_MANAGE_SHARED)
        return None
    if actor.user_id is None:
        raise InvalidContact("Only a user has personal contacts; add a shared one.", field="shared")
    return actor.user_id


def insert(
    session: Session,
    *,
    cipher: WorkspaceCipher,
    workspace_id: str,
    owner_id: str | None,
    card: Card,
) -> Contact:
    """Add one validated card with its index entries (flushed, in FK order, with the
    caller's transaction)."""
    now = utcnow()
    row = Contact(id=new_id(), workspace_id=workspace_id, owner_id=owner_id, card_sealed=b"")
    row.card_sealed = cards.seal(cipher, row.id, card)
    row.created_at = row.updated_at = now
    session.add(row)
    repo.add_points(session, workspace_id, row.id, cards.points(cipher, card))
    return row


def create_contact(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, data: ContactIn
) -> ContactOut:
    """Add a personal contact, or a shared one (admins)."""
    require(actor.role, actor.scopes, Permission.CONTACTS_WRITE)
    owner_id = new_owner(actor, shared=data.shared)
    card = cards.build_card(
        name=data.name,
        phones=data.phones,
        emails=data.emails,
        company=data.company,
        notes=data.notes,
        region=data.region,
    )
    cipher = keyring.cipher(session, actor.workspace_id)
    row = insert(
        session, cipher=cipher, workspace_id=actor.workspace_id, owner_id=owner_id, card=card
    )
    links.relink_numbers(session, actor.workspace_id, cards.line_indexes(cipher, card))
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="contact.create",
        object_type="contact",
        object_id=row.id,
        details={"shared": data.shared, "phones": len(card.phones), "emails": len(card.emails)},
    )
    return contact_out(cipher, row)


def _visible(session: Session, actor: Actor, contact_id: str) -> Contact:
    row = repo.contact(session, actor.workspace_id, contact_id) if is_valid_id(contact_id) else None
    if row is None or (row.owner_id is not None and row.owner_id != actor.user_id):
        raise ContactNotFound("Contact not found.", object_type="contact")
    return row


def _writable(session: Session, actor: Actor, contact_id: str) -> Contact:
    require(actor.role, actor.scopes, Permission.CONTACTS_WRITE)
    row = _visible(session, actor, contact_id)
    if row.owner_id is None:
        require(actor.role, actor.scopes, Permission.CONTACTS_MANAGE_SHARED)
    return row


def get_contact(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, contact_id: str
) -> ContactOut:
    """One contact with its details (the read is audited)."""
    require(actor.role, actor.scopes, Permission.CONTACTS_READ)
    row = _visible(session, actor, contact_id)
    audit.record_read(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="contact.read",
        object_type="contact",
        object_id=row.id,
    )
    return contact_out(keyring.cipher(session, actor.workspace_id), row)


def list_contacts(
    session: Session,
    *,
    keyring: Keyring,
    actor: Actor,
    scope: Scope = "all",
    query: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> ContactPageOut:
    """A page of visible contacts in creation order, optionally matching a name search."""
    require(actor.role, actor.scopes, Permission.CONTACTS_READ)
    if cursor is not None and not is_valid_id(cursor):
        raise InvalidCursor("Not a cursor from a previous page.", field="cursor")
    limit = max(1, min(limit, MAX_PAGE))
    cipher = keyring.cipher(session, actor.workspace_id)
    indexes: list[str] = []
    if query is not None and query.strip():
        indexes = [
            cipher.blind_index(p, field=cards.NAME_FIELD) for p in cards.query_prefixes(query)
        ]
    rows = repo.page_rows(
        session,
        actor.workspace_id,
        visibility=visibility(actor, scope),
        after=cursor,
        limit=limit + 1,
        name_indexes=indexes,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return ContactPageOut(
        items=contacts_out(cipher, rows),
        next_cursor=rows[-1][0] if more and rows else None,
    )


def lookup_contacts(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    phone: str | None = None,
    email: str | None = None,
    region: str | None = None,
) -> list[ContactOut]:
    """Visible contacts holding exactly this number or email (blind-index match); asking
    for neither finds nothing, asking for both is an error."""
    require(actor.role, actor.scopes, Permission.CONTACTS_READ)
    if phone is not None and email is not None:
        raise InvalidQuery("Give one of phone or email, not both.", field="phone")
    if phone is None and email is None:
        return []
    cipher = keyring.cipher(session, actor.workspace_id)
    if phone is not None:
        kind = "phone"
        value = phone_numbers.normalise(
            phone, region=phone_numbers.check_region(region), field="phone"
        )
        index = cipher.blind_index(value, field=cards.PHONE_FIELD)
    else:
        kind = "email"
        index = cipher.blind_index(
            cards.normalise_email(email or "", field="email"), field=cards.EMAIL_FIELD
        )
    rows: Sequence[Contact] = repo.by_point(
        session, actor.workspace_id, visibility=visibility(actor), kind=kind, value_index=index
    )[:MAX_LOOKUP_MATCHES]
    audit.record_read(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="contact.lookup",
        object_type="contact",
        details={"by": kind, "matches": len(rows), "contact_ids": [r.id for r in rows]},
    )
    return contacts_out(cipher, map(_fields, rows))


def update_contact(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    contact_id: str,
    data: ContactUpdateIn,
) -> ContactOut:
    """Change the given fields; phones and emails, when given, replace the lists."""
    row = _writable(session, actor, contact_id)
    cipher = keyring.cipher(session, actor.workspace_id)
    current = cards.open_card(cipher, row)
    given = data.model_fields_set - {"region"}
    merged = current.model_dump() | {k: getattr(data, k) for k in given}
    card = cards.build_card(
        name=merged["name"],
        phones=merged["phones"] or [],
        emails=merged["emails"] or [],
        company=merged["company"],
        notes=merged["notes"],
        region=data.region,
    )
    row.card_sealed = cards.seal(cipher, row.id, card)
    row.updated_at = utcnow()
    before = links.line_indexes(session, actor.workspace_id, [row.id])
    repo.replace_points(session, actor.workspace_id, row.id, cards.points(cipher, card))
    links.relink_numbers(
        session, actor.workspace_id, before | set(cards.line_indexes(cipher, card))
    )
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="contact.update",
        object_type="contact",
        object_id=row.id,
        details={"fields": sorted(given), "shared": row.owner_id is None},
    )
    return contact_out(cipher, row)


def delete_contact(
    session: Session, *, audit: AuditLog, actor: Actor, contact_id: str
) -> DeletionReceipt:
    """Remove the contact and every index entry; the audit keeps that it happened, not what
    the contact held."""
    row = _writable(session, actor, contact_id)
    shared = row.owner_id is None
    numbers = links.line_indexes(session, actor.workspace_id, [row.id])
    deleted = repo.delete_contact(session, actor.workspace_id, row.id)
    links.forget_contacts(session, actor.workspace_id, [row.id])
    links.relink_numbers(session, actor.workspace_id, numbers)
    now = utcnow()
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="contact.delete",
        object_type="contact",
        object_id=contact_id,
        details={"shared": shared, "deleted": deleted},
    )
    return DeletionReceipt(deleted=deleted, object_id=contact_id, deleted_at=now)


def contact_names(
    session: Session, *, keyring: Keyring, workspace_id: str, contact_ids: Sequence[str]
) -> list[str]:
    """The names of these contacts, personal ones included, for hiding them in a call's
    transcript (a system use: the names go to no reader, so the read is not audited)."""
    cipher = keyring.cipher(session, workspace_id)
    out: list[str] = []
    for contact_id in contact_ids:
        row = repo.contact(session, workspace_id, contact_id) if is_valid_id(contact_id) else None
        if row is not None:
            out.append(contact_out(cipher, row).name)
    return out
