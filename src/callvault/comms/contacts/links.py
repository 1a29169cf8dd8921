"""Which contact a call's party or a voicemail's caller is, matched by number.

A contact's numbers are also indexed under the call log's number field (point kind "line":
the same keyed blind index calls and voicemail store), so matching is an equality join on
blind indexes and never decrypts a call, a message or a card. A number given at ingestion
links to the workspace's oldest shared contact holding it, else to the oldest personal contact
of a user on the call (or of the mailbox's owner): someone else's address book is never shown
on a call. Links follow the contacts: every change re-links the rows of the numbers involved
(old and new), one indexed UPDATE per chunk of numbers, in the same transaction as the change.
A contact id the telephony side gave explicitly (no number stored) is kept until that contact
is deleted."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import ColumnElement, ScalarSelect, Update, case, exists, false, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from callvault.comms.bulk import chunks
from callvault.comms.calls.models import Call, CallParticipant
from callvault.comms.contacts import repository as repo
from callvault.comms.contacts.errors import UnknownContact
from callvault.comms.contacts.models import Contact, ContactPoint
from callvault.comms.voicemail.models import VoicemailMessage
from callvault.core.ids import is_valid_id

LINE = "line"  # contact point kind: a number under the call log's blind-index field


def _best(
    workspace_id: str,
    number_index: ColumnElement[str | None] | InstrumentedAttribute[str | None] | str,
    personal_ok: ColumnElement[bool],
) -> ScalarSelect[str]:
    shared_first = case((Contact.owner_id.is_(None), 0), else_=1)
    return (
        select(ContactPoint.contact_id)
        .join(Contact, Contact.id == ContactPoint.contact_id)
        .where(
            ContactPoint.workspace_id == workspace_id,
            ContactPoint.kind == LINE,
            ContactPoint.value_index == number_index,
            Contact.workspace_id == workspace_id,
            or_(Contact.owner_id.is_(None), personal_ok),
        )
        .order_by(shared_first, Contact.id)
        .limit(1)
        .scalar_subquery()
    )


def check_contact(session: Session, workspace_id: str, contact_id: str, *, field: str) -> str:
    """The id of a contact of this workspace (shared or anyone's personal one: the telephony
    side names whom a call was with); UnknownContact otherwise, whoever's it is."""
    if not is_valid_id(contact_id) or repo.contact(session, workspace_id, contact_id) is None:
        raise UnknownContact("No such contact in this workspace.", field=field)
    return contact_id


def contact_for_number(
    session: Session, workspace_id: str, *, number_index: str, users: Collection[str]
) -> str | None:
    """The contact a number given at ingestion links to (users: whose personal contacts
    count: the call's participants, or the mailbox owner)."""
    personal = Contact.owner_id.in_(list(users)) if users else false()
    return session.scalar(select(_best(workspace_id, number_index, personal)))


def _call_side(workspace_id: str, side: str, indexes: Sequence[str]) -> Update:
    index_col = getattr(Call, f"{side}_number_index")
    participant = exists().where(
        CallParticipant.workspace_id == workspace_id,
        CallParticipant.call_id == Call.id,
        CallParticipant.user_id == Contact.owner_id,
    )
    return (
        update(Call)
        .where(Call.workspace_id == workspace_id, index_col.in_(indexes))
        .values({f"{side}_contact_id": _best(workspace_id, index_col, participant)})
        .execution_options(synchronize_session=False)
    )


def relink_numbers(session: Session, workspace_id: str, number_indexes: Iterable[str]) -> None:
    """Re-decide the contact of every call party and voicemail caller with these numbers
    (call-log blind indexes), after contacts holding them were added, changed or removed."""
    session.flush()
    for chunk in chunks(sorted(set(number_indexes))):
        for side in ("caller", "callee"):
            session.execute(_call_side(workspace_id, side, chunk))
        mailbox_owner = Contact.owner_id == VoicemailMessage.user_id
        session.execute(
            update(VoicemailMessage)
            .where(
                VoicemailMessage.workspace_id == workspace_id,
                VoicemailMessage.caller_number_index.in_(chunk),
            )
            .values(
                caller_contact_id=_best(
                    workspace_id, VoicemailMessage.caller_number_index, mailbox_owner
                )
            )
            .execution_options(synchronize_session=False)
        )


def line_indexes(session: Session, workspace_id: str, contact_ids: Iterable[str]) -> set[str]:
    """The call-log number indexes these contacts hold (read before they change or go)."""
    out: set[str] = set()
    for chunk in chunks(list(contact_ids)):
        out.update(
            session.scalars(
                select(ContactPoint.value_index).where(
                    ContactPoint.workspace_id == workspace_id,
                    ContactPoint.kind == LINE,
                    ContactPoint.contact_id.in_(chunk),
                )
            )
        )
    return out


def forget_contacts(session: Session, workspace_id: str, contact_ids: Iterable[str]) -> None:
    """Clear explicit references to deleted contacts (rows linked by number are re-linked by
    relink_numbers with the deleted contacts' numbers)."""
    for chunk in chunks(list(contact_ids)):
        for side in ("caller", "callee"):
            column = getattr(Call, f"{side}_contact_id")
            session.execute(
                update(Call)
                .where(Call.workspace_id == workspace_id, column.in_(chunk))
                .values({column: None})
                .execution_options(synchronize_session=False)
            )
        session.execute(
            update(VoicemailMessage)
            .where(
                VoicemailMessage.workspace_id == workspace_id,
                VoicemailMessage.caller_contact_id.in_(chunk),
            )
            .values(caller_contact_id=None)
            .execution_options(synchronize_session=False)
        )
