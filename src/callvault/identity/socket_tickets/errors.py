"""Socket ticket errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import NotFound, Unauthenticated


class TicketInvalid(Unauthenticated):
    """Unknown, already used or expired: all answer alike (the socket closes with 1008)."""

    code = "ticket_invalid"


class NoSessionToTicket(NotFound):
    """An API token has no device session to bind a ticket to; it authenticates the socket
    with itself."""

    code = "no_session"
