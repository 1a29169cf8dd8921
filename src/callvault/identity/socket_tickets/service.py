"""Issuing and redeeming socket tickets (ADR 0025).

Tickets live in the database, so a ticket issued by one web process is redeemed by any
other (ADR 0016: processes share state through the database or the bus). Redemption deletes
the row in the same statement that proves it existed: of two processes racing to redeem one
ticket, exactly one deletes a row. It yields the session's token hash, which the socket
authenticates (and re-authenticates on every check) like a bearer token, so a revoked or
expired session closes the socket as it always did.

Issuing is not audited: it is part of holding a session open (every reconnect asks for
one), not an act on anyone's data; the sign-in that opened the session is the record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.db.engine import Database
from callvault.identity import secrets
from callvault.identity.models import DeviceSession
from callvault.identity.socket_tickets.errors import NoSessionToTicket, TicketInvalid
from callvault.identity.socket_tickets.models import SocketTicket

TICKET_PREFIX = "cvw_"
MAX_LIFETIME = timedelta(seconds=30)
INVALID = "Invalid, used or expired socket ticket."


@dataclass(frozen=True, slots=True)
class IssuedTicket:
    ticket: str
    expires_at: datetime


def issue_ticket(db: Database, *, actor: Actor, lifetime: timedelta) -> IssuedTicket:
    """A new ticket for the actor's device session, valid for `lifetime` (30 s at most)."""
    if actor.session_id is None:
        raise NoSessionToTicket(
            "Only a signed-in device session gets a socket ticket; an API token "
            "authenticates the socket with itself."
        )
    now = utcnow()
    ticket = secrets.new_token(TICKET_PREFIX)
    with db.write() as s:
        # Unredeemed tickets die here: no sweeper job for a row that lives seconds.
        s.execute(delete(SocketTicket).where(SocketTicket.expires_at <= now))
        s.add(
            SocketTicket(
                token_hash=secrets.token_hash(ticket),
                workspace_id=actor.workspace_id,
                session_id=actor.session_id,
                expires_at=now + min(lifetime, MAX_LIFETIME),
            )
        )
    return IssuedTicket(ticket=ticket, expires_at=now + min(lifetime, MAX_LIFETIME))


def redeem_ticket(db: Database, *, ticket: str) -> str:
    """The token hash of the session the ticket was issued to; the ticket is spent. Raises
    TicketInvalid for an unknown, used or expired ticket."""
    if not _looks_like_ticket(ticket):
        raise TicketInvalid(INVALID)
    digest = secrets.token_hash(ticket)
    now = utcnow()
    with db.write() as s:
        row = s.execute(
            select(SocketTicket.expires_at, DeviceSession.token_hash)
            .join(DeviceSession, DeviceSession.id == SocketTicket.session_id)
            .where(SocketTicket.token_hash == digest)
        ).first()
        spent = s.execute(delete(SocketTicket).where(SocketTicket.token_hash == digest))
        # rowcount 0: another process redeemed it between the read and the delete.
        if row is None or spent.rowcount != 1 or row.expires_at <= now:  # type: ignore[attr-defined]
            raise TicketInvalid(INVALID)
        return str(row.token_hash)


def _looks_like_ticket(ticket: str) -> bool:
    return (
        ticket.startswith(TICKET_PREFIX)
        and 40 <= len(ticket) <= 64
        and all(c.isalnum() or c in "-_" for c in ticket)
    )
