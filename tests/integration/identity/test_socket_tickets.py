"""Socket tickets in the database (ADR 0025): of many concurrent redemptions of one ticket
exactly one wins, on both backends; the lifetime is capped; only device sessions get one."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.identity import secrets
from callvault.identity.socket_tickets import service as tickets
from callvault.identity.socket_tickets.errors import NoSessionToTicket, TicketInvalid
from callvault.wiring import Container
from tests.support import factories as f
from tests.support.live import create_workspace


def session_actor(c: Container) -> tuple[Actor, str]:
    owner = create_workspace(c, f.unique("tickets"))
    token, session_id = f.session_token(c, owner.workspace_id, owner.user_id)
    actor = Actor(
        workspace_id=owner.workspace_id,
        actor_type="user",
        actor_id=owner.user_id,
        role="owner",
        user_id=owner.user_id,
        session_id=session_id,
    )
    return actor, token


def test_concurrent_redemptions_of_one_ticket_let_exactly_one_through(
    container: Container,
) -> None:
    actor, token = session_actor(container)
    issued = tickets.issue_ticket(container.db, actor=actor, lifetime=timedelta(seconds=20))
    start = threading.Barrier(8)
    won: list[str] = []
    lost: list[BaseException] = []

    def redeem() -> None:
        start.wait()
        try:
            won.append(tickets.redeem_ticket(container.db, ticket=issued.ticket))
        except TicketInvalid as exc:
            lost.append(exc)

    threads = [threading.Thread(target=redeem) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert won == [secrets.token_hash(token)]  # the session's own hash
    assert len(lost) == 7


def test_lifetime_is_capped_and_only_sessions_get_tickets(container: Container) -> None:
    actor, _ = session_actor(container)
    issued = tickets.issue_ticket(container.db, actor=actor, lifetime=timedelta(hours=1))
    assert issued.expires_at <= utcnow() + tickets.MAX_LIFETIME
    as_api_token = Actor(
        workspace_id=actor.workspace_id,
        actor_type="api_token",
        actor_id=actor.actor_id,
        role="owner",
        user_id=actor.user_id,
        token_id="00000000-0000-4000-8000-000000000000",
    )
    with pytest.raises(NoSessionToTicket):
        tickets.issue_ticket(container.db, actor=as_api_token, lifetime=timedelta(seconds=5))
    for bad in ("", "cvs_" + "a" * 43, "cvw_short", "cvw_" + "!" * 43):
        with pytest.raises(TicketInvalid):
            tickets.redeem_ticket(container.db, ticket=bad)
