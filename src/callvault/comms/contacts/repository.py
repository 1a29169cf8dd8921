"""Contact queries. Every function takes the workspace id; visibility (whose personal
contacts, whether shared ones) is passed in explicitly by the service."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, delete, false, func, or_, select
from sqlalchemy.orm import Session

from callvault.comms.bulk import chunks
from callvault.comms.contacts.models import Contact, ContactPoint


@dataclass(frozen=True, slots=True)
class Visibility:
    """Which contacts a caller may see: shared ones and/or one user's personal ones."""

    shared: bool
    owner_id: str | None

    def clause(self) -> ColumnElement[bool]:
        parts: list[ColumnElement[bool]] = []
        if self.shared:
            parts.append(Contact.owner_id.is_(None))
        if self.owner_id is not None:
            parts.append(Contact.owner_id == self.owner_id)
        return or_(*parts) if parts else false()


def contact(session: Session, workspace_id: str, contact_id: str) -> Contact | None:
    return session.scalars(
        select(Contact).where(Contact.workspace_id == workspace_id, Contact.id == contact_id)
    ).one_or_none()


def _seen(workspace_id: str, visibility: Visibility) -> tuple[ColumnElement[bool], ...]:
    return Contact.workspace_id == workspace_id, visibility.clause()


def _visible(workspace_id: str, visibility: Visibility) -> Select[Contact]:
    return select(Contact).where(*_seen(workspace_id, visibility))


# What a list page shows of a contact, in this order (no ORM object per row).
ContactRow = tuple[str, str | None, bytes, datetime, datetime]
_ROW = (Contact.id, Contact.owner_id, Contact.card_sealed, Contact.created_at, Contact.updated_at)


def sealed_cards(
    session: Session, workspace_id: str, ids: Iterable[str], *, visibility: Visibility
) -> list[tuple[str, bytes]]:
    """(id, card_sealed) of those of these contacts the visibility allows."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    stmt = select(Contact.id, Contact.card_sealed).where(
        *_seen(workspace_id, visibility), Contact.id.in_(wanted)
    )
    return [(i, c) for i, c in session.execute(stmt).all()]


def _page_conditions(
    workspace_id: str,
    *,
    visibility: Visibility,
    after: str | None,
    name_indexes: Sequence[str],
) -> list[ColumnElement[bool]]:
    conds = list(_seen(workspace_id, visibility))
    if after is not None:
        conds.append(Contact.id > after)
    if name_indexes:
        wanted = set(name_indexes)
        matching = (
            select(ContactPoint.contact_id)
            .where(
                ContactPoint.workspace_id == workspace_id,
                ContactPoint.kind == "name",
                ContactPoint.value_index.in_(wanted),
            )
            .group_by(ContactPoint.contact_id)
            .having(func.count(func.distinct(ContactPoint.value_index)) == len(wanted))
        )
        conds.append(Contact.id.in_(matching))
    return conds


def page(
    session: Session,
    workspace_id: str,
    *,
    visibility: Visibility,
    after: str | None,
    limit: int,
    name_indexes: Sequence[str] = (),
) -> Sequence[Contact]:
    """Contacts in id (creation) order after the cursor; with name_indexes, only contacts
    holding every one of those name-prefix indexes."""
    conds = _page_conditions(
        workspace_id, visibility=visibility, after=after, name_indexes=name_indexes
    )
    return session.scalars(select(Contact).where(*conds).order_by(Contact.id).limit(limit)).all()


def page_rows(
    session: Session,
    workspace_id: str,
    *,
    visibility: Visibility,
    after: str | None,
    limit: int,
    name_indexes: Sequence[str] = (),
) -> Sequence[ContactRow]:
    """`page` as plain (id, owner_id, card_sealed, created_at, updated_at) rows."""
    conds = _page_conditions(
        workspace_id, visibility=visibility, after=after, name_indexes=name_indexes
    )
    return session.execute(select(*_ROW).where(*conds).order_by(Contact.id).limit(limit)).all()


def by_point(
    session: Session, workspace_id: str, *, visibility: Visibility, kind: str, value_index: str
) -> Sequence[Contact]:
    stmt = (
        _visible(workspace_id, visibility)
        .join(
            ContactPoint,
            and_(ContactPoint.contact_id == Contact.id, ContactPoint.workspace_id == workspace_id),
        )
        .where(ContactPoint.kind == kind, ContactPoint.value_index == value_index)
        .order_by(Contact.id)
    )
    return session.scalars(stmt).all()


def by_any_point(
    session: Session,
    workspace_id: str,
    *,
    visibility: Visibility,
    points: Iterable[tuple[str, str]],
    limit: int,
) -> Sequence[Contact]:
    """Visible contacts holding any of these (kind, value_index) entries, oldest first."""
    by_kind: dict[str, set[str]] = {}
    for kind, value in points:
        by_kind.setdefault(kind, set()).add(value)
    if not by_kind:
        return []
    matching = select(ContactPoint.contact_id).where(
        ContactPoint.workspace_id == workspace_id,
        or_(
            *(
                and_(ContactPoint.kind == k, ContactPoint.value_index.in_(sorted(v)))
                for k, v in sorted(by_kind.items())
            )
        ),
    )
    stmt = _visible(workspace_id, visibility).where(Contact.id.in_(matching))
    return session.scalars(stmt.order_by(Contact.id).limit(limit)).all()


def stream(
    session: Session, workspace_id: str, *, visibility: Visibility, batch: int = 500
) -> Iterator[Contact]:
    """Every visible contact in id order, fetched in batches (exports)."""
    after: str | None = None
    while True:
        rows = page(session, workspace_id, visibility=visibility, after=after, limit=batch)
        yield from rows
        if len(rows) < batch:
            return
        after = rows[-1].id


def replace_points(
    session: Session, workspace_id: str, contact_id: str, points: Iterable[tuple[str, str]]
) -> int:
    """Make the contact's index entries exactly `points` ((kind, value_index) pairs)."""
    session.execute(
        delete(ContactPoint).where(
            ContactPoint.workspace_id == workspace_id, ContactPoint.contact_id == contact_id
        )
    )
    return add_points(session, workspace_id, contact_id, points)


def add_points(
    session: Session, workspace_id: str, contact_id: str, points: Iterable[tuple[str, str]]
) -> int:
    rows = [
        ContactPoint(workspace_id=workspace_id, contact_id=contact_id, kind=k, value_index=v)
        for k, v in sorted(set(points))
    ]
    session.add_all(rows)
    return len(rows)


def delete_contact(session: Session, workspace_id: str, contact_id: str) -> dict[str, int]:
    """Remove the contact and its index entries; the counts make the deletion receipt."""
    points = session.execute(
        delete(ContactPoint).where(
            ContactPoint.workspace_id == workspace_id, ContactPoint.contact_id == contact_id
        )
    )
    rows = session.execute(
        delete(Contact).where(Contact.workspace_id == workspace_id, Contact.id == contact_id)
    )
    return {
        "contacts": int(rows.rowcount),  # type: ignore[attr-defined]
        "contact_points": int(points.rowcount),  # type: ignore[attr-defined]
    }


@dataclass(frozen=True, slots=True)
class BulkFilter:
    """Contacts of a bulk deletion: shared and/or personal (one owner's, or any owner's)."""

    shared: bool
    personal: bool
    owner_id: str | None = None
    created_since: datetime | None = None
    created_until: datetime | None = None

    def conditions(self, workspace_id: str) -> list[ColumnElement[bool]]:
        personal: ColumnElement[bool] = (
            Contact.owner_id == self.owner_id
            if self.owner_id is not None
            else Contact.owner_id.is_not(None)
        )
        kinds: list[ColumnElement[bool]] = []
        if self.shared:
            kinds.append(Contact.owner_id.is_(None))
        if self.personal:
            kinds.append(personal)
        conds = [Contact.workspace_id == workspace_id, or_(*kinds) if kinds else false()]
        if self.created_since is not None:
            conds.append(Contact.created_at >= self.created_since)
        if self.created_until is not None:
            conds.append(Contact.created_at < self.created_until)
        return conds


def count(session: Session, workspace_id: str, f: BulkFilter) -> int:
    stmt = select(func.count()).select_from(Contact).where(*f.conditions(workspace_id))
    return int(session.scalar(stmt) or 0)


def matching_ids(session: Session, workspace_id: str, f: BulkFilter) -> list[str]:
    return list(session.scalars(select(Contact.id).where(*f.conditions(workspace_id))).all())


def delete_contacts(session: Session, workspace_id: str, ids: Sequence[str]) -> dict[str, int]:
    """Remove the contacts and their index entries, in chunks; counts per table."""
    removed = {"contacts": 0, "contact_points": 0}
    for chunk in chunks(ids):
        points = session.execute(
            delete(ContactPoint).where(
                ContactPoint.workspace_id == workspace_id, ContactPoint.contact_id.in_(chunk)
            )
        )
        rows = session.execute(
            delete(Contact).where(Contact.workspace_id == workspace_id, Contact.id.in_(chunk))
        )
        removed["contacts"] += int(rows.rowcount)  # type: ignore[attr-defined]
        removed["contact_points"] += int(points.rowcount)  # type: ignore[attr-defined]
    return removed
