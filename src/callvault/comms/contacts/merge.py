"""Re-importing without duplicating: an imported card that shares a phone number or an email
with an existing contact of the same scope is merged into it rather than added again.

Matching uses the blind indexes already stored for look-ups (no card is opened to find a
match). Merging keeps the existing name and adds only what the contact lacks: numbers and
emails it does not hold, a company or notes where it has none. A card matching several
contacts is left alone (merging them is a person's decision), and so is one that adds
nothing, which is what makes importing the same file twice a no-op."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from callvault.comms.contacts import cards
from callvault.comms.contacts import repository as repo
from callvault.comms.contacts.errors import InvalidContact
from callvault.comms.contacts.models import Contact
from callvault.comms.contacts.schemas import MAX_EMAILS, MAX_PHONES, Card
from callvault.crypto.cipher import WorkspaceCipher


@dataclass(frozen=True, slots=True)
class Merge:
    card: Card  # the existing card with the incoming one's additions
    added: list[str]  # the fields that gained something


def matches(
    session: Session, cipher: WorkspaceCipher, *, owner_id: str | None, card: Card
) -> Sequence[Contact]:
    """Contacts of the import's scope holding one of the card's numbers or emails (at most
    two: one is a merge, more is ambiguous)."""
    keys = [p for p in cards.points(cipher, card) if p[0] in ("phone", "email")]
    scope = repo.Visibility(shared=owner_id is None, owner_id=owner_id)
    return repo.by_any_point(session, cipher.workspace_id, visibility=scope, points=keys, limit=2)


def merge(existing: Card, incoming: Card) -> Merge:
    """What merging incoming into existing gives (added is empty when nothing is new)."""
    phones = existing.phones + [p for p in incoming.phones if p not in existing.phones]
    emails = existing.emails + [e for e in incoming.emails if e not in existing.emails]
    if len(phones) > MAX_PHONES or len(emails) > MAX_EMAILS:
        field = "phones" if len(phones) > MAX_PHONES else "emails"
        raise InvalidContact(
            f"{field}: merging into the existing contact would exceed "
            f"{MAX_PHONES if field == 'phones' else MAX_EMAILS}.",
            field=field,
        )
    merged = Card(
        name=existing.name,
        phones=phones,
        emails=emails,
        company=existing.company or incoming.company,
        notes=existing.notes or incoming.notes,
    )
    added = [
        field
        for field in ("phones", "emails", "company", "notes")
        if getattr(merged, field) != getattr(existing, field)
    ]
    return Merge(card=merged, added=added)
