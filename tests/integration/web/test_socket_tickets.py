"""Socket tickets (ADR 0025) over a real HTTPS server and a real WebSocket client: a browser
session (cookie) gets a single-use, short-lived ticket through a CSRF-checked POST and opens
the socket with it; a used, expired, forged or foreign-origin ticket is refused; the socket
then lives and dies with the session, as a token-authenticated one does."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from sqlalchemy import func, select

from callvault.core.permissions import Role
from callvault.identity.socket_tickets.models import SocketTicket
from callvault.web.browser_session import CSRF_HEADER
from callvault.web.ws import SocketPolicy
from tests.integration.comms.chat.helpers import close_code, conversation, next_event, post
from tests.integration.comms.chat.helpers import raw_socket as open_socket
from tests.support.live import PASSWORD, LiveServer, Member, add_user, create_workspace, sign_in

pytestmark = pytest.mark.slow

TICKET = "/api/v1/auth/browser/ws-ticket"


def browser(live: LiveServer, m: Member) -> httpx.Client:
    """A client holding m's session cookie, as the web app's browser would."""
    client = live.client()
    r = client.post(
        "/api/v1/auth/browser/sign-in",
        json={"workspace": m.slug, "email": m.email, "password": PASSWORD},
        headers={CSRF_HEADER: "1"},
    )
    assert r.status_code == 201, r.text
    return client


def ticket(live: LiveServer, client: httpx.Client) -> str:
    r = client.post(TICKET, headers={CSRF_HEADER: "1", "origin": live.base_url})
    assert r.status_code == 201, r.text
    assert r.headers["cache-control"] == "no-store"
    value: str = r.json()["ticket"]
    return value


def ready(ws: object, value: str) -> dict[str, object]:
    ws.send(json.dumps({"type": "auth", "ticket": value}))  # type: ignore[attr-defined]
    answer: dict[str, object] = json.loads(ws.recv(timeout=10))  # type: ignore[attr-defined]
    return answer


def stored_tickets(live: LiveServer) -> int:
    with live.container.db.read() as s:
        return int(s.execute(select(func.count()).select_from(SocketTicket)).scalar_one())


def test_a_ticket_opens_one_socket_as_its_session_and_only_once(live: LiveServer) -> None:
    owner = create_workspace(live.container, "ticket-a")
    member = add_user(live.container, owner, Role.MEMBER)
    client = browser(live, member)
    value = ticket(live, client)
    assert value.startswith("cvw_")
    with live.container.db.read() as s:  # stored hashed, never as issued
        hashes = list(s.execute(select(SocketTicket.token_hash)).scalars())
    assert len(hashes) == 1 and value not in hashes[0]

    with open_socket(live, origin=live.base_url) as ws:
        assert ready(ws, value) == {"type": "ready", "user_id": member.user_id}
        # It carries the session's events like any socket.
        sign_in(live, owner)
        conv = conversation(live, owner, [member])
        sent = post(live, owner, conv, "over a ticketed socket")
        assert next_event(ws, within=5, kind="message.created")["message_id"] == sent["id"]
    assert stored_tickets(live) == 0  # spent

    with open_socket(live, origin=live.base_url) as again:  # the same ticket a second time
        again.send(json.dumps({"type": "auth", "ticket": value}))
        assert close_code(again, within=5) == 1008
    for forged in ("cvw_" + "A" * 43, "not a ticket", ""):
        with open_socket(live) as ws:
            ws.send(json.dumps({"type": "auth", "ticket": forged}))
            assert close_code(ws, within=5) == 1008


def test_an_expired_ticket_is_refused(live: LiveServer) -> None:
    live.server.config.app.state.socket_policy = SocketPolicy(ticket_seconds=0.2)
    owner = create_workspace(live.container, "ticket-b")
    client = browser(live, owner)
    value = ticket(live, client)
    time.sleep(0.4)  # past the ticket's 0.2 s (waiting out a lifetime is the point)
    with open_socket(live, origin=live.base_url) as ws:
        ws.send(json.dumps({"type": "auth", "ticket": value}))
        assert close_code(ws, within=5) == 1008
    # An expired ticket is swept when the next one is issued; that one still works.
    live.server.config.app.state.socket_policy = SocketPolicy()
    fresh = ticket(live, client)
    assert stored_tickets(live) == 1
    with open_socket(live, origin=live.base_url) as ws:
        assert ready(ws, fresh)["type"] == "ready"


def test_tickets_are_for_the_app_itself_and_sessions_only(live: LiveServer) -> None:
    owner = create_workspace(live.container, "ticket-c")
    client = browser(live, owner)
    no_header = client.post(TICKET)
    assert no_header.status_code == 403
    assert no_header.json()["error"]["code"] == "csrf_rejected"
    foreign = client.post(TICKET, headers={CSRF_HEADER: "1", "origin": "https://evil.example"})
    assert foreign.status_code == 403
    assert foreign.json()["error"]["code"] == "csrf_rejected"
    assert live.client().post(TICKET, headers={CSRF_HEADER: "1"}).status_code == 401
    assert stored_tickets(live) == 0
    # An API token has no session to bind a ticket to: it opens the socket with itself.
    api_token = live.client(sign_in(live, owner)).post(
        "/api/v1/tokens", json={"name": "bot", "scopes": ["sessions.own", "chat.read"]}
    )
    assert api_token.status_code == 201, api_token.text
    refused = live.client(api_token.json()["token"]).post(TICKET)
    assert refused.status_code == 404
    assert refused.json()["error"]["code"] == "no_session"

    # A page of another origin that somehow holds a ticket cannot open a socket with it,
    # and the ticket is not spent by the attempt.
    value = ticket(live, client)
    with open_socket(live, origin="https://evil.example") as ws:
        ws.send(json.dumps({"type": "auth", "ticket": value}))
        assert close_code(ws, within=5) == 1008
    with open_socket(live, origin=live.base_url) as ws:
        assert ready(ws, value)["type"] == "ready"


def test_signing_out_kills_its_tickets_and_closes_its_sockets(live: LiveServer) -> None:
    live.server.config.app.state.socket_policy = SocketPolicy(check_interval=0.3)
    owner = create_workspace(live.container, "ticket-d")
    client = browser(live, owner)
    unused = ticket(live, client)
    with open_socket(live, origin=live.base_url) as ws:
        assert ready(ws, ticket(live, client))["type"] == "ready"
        out = client.post("/api/v1/auth/browser/sign-out", headers={CSRF_HEADER: "1"})
        assert out.status_code == 204, out.text
        assert close_code(ws, within=5) == 1008
    with open_socket(live, origin=live.base_url) as ws:  # issued before the sign-out
        ws.send(json.dumps({"type": "auth", "ticket": unused}))
        assert close_code(ws, within=5) == 1008
