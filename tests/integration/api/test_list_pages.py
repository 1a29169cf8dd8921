"""List pages through the real HTTPS app: a bounded number of SQL statements whatever their
size (a later N+1, a query per row for its tags, participants or keys, fails here; counted
with SQLAlchemy's `before_cursor_execute` on the app's own engines), and the pre-serialised
body is exactly what the declared response model (still in the OpenAPI schema) describes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import anyio.to_thread
import pytest
from pydantic import BaseModel
from sqlalchemy import Engine, event

from callvault.comms.calls.schemas import CallPageOut
from callvault.comms.contacts import service as contacts
from callvault.comms.contacts.schemas import ContactIn, ContactPageOut
from callvault.core.context import Actor
from callvault.wiring import Container
from tests.integration.comms.calls.helpers import seed, started
from tests.support import factories as f
from tests.support.live import LiveServer, create_workspace

pytestmark = pytest.mark.slow

ROWS = 120
# What `authenticate` reads to resolve a bearer token (its cost is another item's); the list
# paths of an owner read none of these tables.
_AUTH_TABLES = re.compile(r"\b(device_sessions|api_tokens|users|workspaces|group_members)\b")
_CONTROL = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b", re.IGNORECASE)
MAX_LIST_STATEMENTS = 4


@contextmanager
def statements(c: Container) -> Iterator[list[str]]:
    """Every SQL statement the app's engines run meanwhile (the audit writer has its own)."""
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        seen.append(sql)

    engines: list[Engine] = list({id(e): e for e in (c.db.engine, c.db.read_engine)}.values())
    for engine in engines:
        event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", count)


def list_statements(sql: list[str]) -> list[str]:
    """The statements of the list itself: no authentication, no transaction control."""
    return [s for s in sql if not _AUTH_TABLES.search(s) and not _CONTROL.match(s)]


def measure(live: LiveServer, token: str, path: str, **params: Any) -> tuple[int, int, int]:
    """(all statements, the list's own, rows returned) of one GET."""
    client = live.client(token)
    for _ in range(2):  # warm: a token is cached from its second request (ADR 0017)
        client.get(path, params=params).raise_for_status()
    seen: list[tuple[int, int, int]] = []
    # The fewest of three: a cache refill that happens to fall on one request (a key or
    # token entry expiring under a loaded CI machine) is one-off; an N+1 is in every one.
    for _ in range(3):
        with statements(live.container) as sql:
            r = client.get(path, params=params)
        assert r.status_code == 200, r.text
        body = r.json()
        rows = next(len(v) for v in body.values() if isinstance(v, list))
        seen.append((len(sql), len(list_statements(sql)), rows))
    return min(seen)


def owner_token(live: LiveServer) -> tuple[str, str, str]:
    owner = create_workspace(live.container, f.unique("ws")[:30])
    token = f.session_token(live.container, owner.workspace_id, owner.user_id)[0]
    return owner.workspace_id, owner.user_id, token


def test_contacts_page_statements_do_not_grow_with_the_page(live: LiveServer) -> None:
    c = live.container
    ws, _, token = owner_token(live)
    actor = Actor.system(ws)
    with c.db.write() as s:
        for i in range(ROWS):
            contacts.create_contact(
                s,
                keyring=c.keyring,
                audit=c.audit,
                actor=actor,
                data=ContactIn(name=f"Person {i}", phones=[f"+1415555{i:04d}"], shared=True),
            )
    small = measure(live, token, "/api/v1/contacts", limit=5)
    large = measure(live, token, "/api/v1/contacts", limit=ROWS)
    assert (small[2], large[2]) == (5, ROWS)
    assert small[:2] == large[:2], (small, large)
    assert large[1] <= MAX_LIST_STATEMENTS, large


def test_calls_page_statements_do_not_grow_with_the_page(live: LiveServer) -> None:
    c = live.container
    ws, owner_id, token = owner_token(live)
    other = f.user_without_password(c, ws)
    seed(
        c,
        ws,
        [
            started(
                f.unique("ext"),
                minute=i,
                caller={"user_id": owner_id if i % 2 else other},
                callee={"number": f"+1415555{i:04d}"},
                tags=["vip", f"t{i % 3}"],
            )
            for i in range(ROWS)
        ],
    )
    small = measure(live, token, "/api/v1/calls", limit=5)
    large = measure(live, token, "/api/v1/calls", limit=ROWS)
    assert (small[2], large[2]) == (5, ROWS)
    assert small[:2] == large[:2], (small, large)
    assert large[1] <= MAX_LIST_STATEMENTS, large


def test_list_bodies_are_their_declared_models(live: LiveServer) -> None:
    c = live.container
    ws, owner_id, token = owner_token(live)
    with c.db.write() as s:
        contacts.create_contact(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws),
            data=ContactIn(name="Zoë Ng", phones=["+14155550123"], notes="née ✓", shared=True),
        )
    seed(c, ws, [started(f.unique("ext"), caller={"user_id": owner_id}, tags=["vip"])])
    client = live.client(token)
    schema = client.get("/api/v1/openapi.json").json()
    pages: list[tuple[str, type[BaseModel]]] = [
        ("/api/v1/contacts", ContactPageOut),
        ("/api/v1/calls", CallPageOut),
    ]
    for path, model in pages:
        declared = schema["paths"][path]["get"]["responses"]["200"]["content"]
        assert declared["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{model.__name__}"
        }
        r = client.get(path)
        assert r.status_code == 200, r.text
        assert r.headers["content-type"] == "application/json"
        page = model.model_validate_json(r.content)
        assert r.json() == page.model_dump(mode="json")
        assert len(r.json()[next(iter(model.model_fields))]) == 1
    assert client.get("/api/v1/contacts").json()["items"][0]["name"] == "Zoë Ng"


LIST_PATHS = (
    "/api/v1/contacts",
    "/api/v1/calls",
    "/api/v1/voicemail/messages",
    "/api/v1/chat/conversations",
)


def test_a_list_request_hands_off_to_the_thread_pool_at_most_twice(
    live: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Authentication and the list's own blocking work: one hand-off each (every sync
    dependency or handler would add one, as would FastAPI's validation of a sync handler's
    return value), so the loop and the pool threads do not trade places five times."""
    _, _, token = owner_token(live)
    client = live.client(token)
    handoffs: list[object] = []
    original = anyio.to_thread.run_sync

    async def counted(func: Any, *args: Any, **kw: Any) -> Any:
        handoffs.append(func)
        return await original(func, *args, **kw)

    for path in LIST_PATHS:
        client.get(path).raise_for_status()
        monkeypatch.setattr(anyio.to_thread, "run_sync", counted)
        r = client.get(path)
        monkeypatch.undo()
        assert r.status_code == 200, r.text
        assert len(handoffs) <= 2, (path, handoffs)
        handoffs.clear()
