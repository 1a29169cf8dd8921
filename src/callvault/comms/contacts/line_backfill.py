"""Contacts stored before calls were linked by number carry no "line" points (the call log's
blind index of each number), so no call or voicemail could link to them until they were
edited. This job adds those points, decrypting each such card once, and re-links the calls
and voicemail holding the numbers. It is scheduled: once every contact has its points, a run
is one indexed query per batch that finds nothing."""

from __future__ import annotations

from sqlalchemy import and_, exists, select, tuple_
from sqlalchemy.orm import Session, aliased

from callvault.comms.contacts import cards, links
from callvault.comms.contacts import repository as repo
from callvault.comms.contacts.models import Contact, ContactPoint
from callvault.crypto.errors import KeyDestroyed
from callvault.crypto.keyring import Keyring
from callvault.jobs.context import JobContext
from callvault.jobs.registry import Handler

LINE_BACKFILL_JOB = "contacts.backfill_lines"
BATCH = 200


def backfill_batch(
    session: Session, keyring: Keyring, *, after: tuple[str, str]
) -> tuple[int, tuple[str, str] | None]:
    """Index one batch of contacts after the key `after`; returns (contacts indexed, the
    last key seen, or None when no contact is left to look at)."""
    phone, line = aliased(ContactPoint), aliased(ContactPoint)
    keys = session.execute(
        select(Contact.workspace_id, Contact.id)
        .where(
            tuple_(Contact.workspace_id, Contact.id) > tuple_(*after),
            exists().where(and_(phone.contact_id == Contact.id, phone.kind == "phone")),
            ~exists().where(and_(line.contact_id == Contact.id, line.kind == links.LINE)),
        )
        .order_by(Contact.workspace_id, Contact.id)
        .limit(BATCH)
    ).all()
    if not keys:
        return 0, None
    indexed = 0
    for workspace_id, contact_id in keys:
        row = session.get(Contact, contact_id)
        if row is None:
            continue
        try:
            cipher = keyring.cipher(session, workspace_id)
        except KeyDestroyed:  # a closing workspace: its contacts are about to be purged
            continue
        numbers = cards.line_indexes(cipher, cards.open_card(cipher, row))
        if numbers:
            repo.add_points(session, workspace_id, contact_id, [(links.LINE, n) for n in numbers])
            links.relink_numbers(session, workspace_id, numbers)
            indexed += 1
    last = keys[-1]
    return indexed, (str(last[0]), str(last[1]))


def backfill_handler(keyring: Keyring) -> Handler:
    """Walk every contact once per run, one transaction per batch (a retried run resumes
    where the points already are: indexed contacts no longer match)."""

    def handle(ctx: JobContext) -> None:
        after: tuple[str, str] | None = ("", "")
        while after is not None:
            with ctx.db.write() as s:
                _, after = backfill_batch(s, keyring, after=after)

    return handle
