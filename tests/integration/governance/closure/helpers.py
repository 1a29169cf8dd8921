"""Closure test helpers: a workspace with one of everything, a fresh restore target on the
same backend, and the closure run to its end."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.governance.closure import service as closure
from callvault.governance.closure.completion import complete_due_closures
from callvault.governance.closure.schemas import ClosureOut
from callvault.wiring import Container
from tests.support import chat_factories as chat
from tests.support import factories as f
from tests.support.databases import postgres_database
from tests.support.live import PASSWORD, Member, create_workspace
from tests.support.matrix import personal_contact, recording_of


@dataclass(frozen=True)
class Seeded:
    ws: Member
    member_id: str
    contact_id: str
    recording_id: str
    message_id: str


def seeded_workspace(c: Container, slug: str) -> Seeded:
    """Contacts, a call with a seeded transcript and a recording, a chat message."""
    ws = create_workspace(c, slug)
    member = f.user_without_password(c, ws.workspace_id)
    return Seeded(
        ws=ws,
        member_id=member,
        contact_id=personal_contact(c, ws.workspace_id, member),
        recording_id=recording_of(c, ws.workspace_id, member),
        message_id=chat.message_of(c, ws.workspace_id, member),
    )


def owner_actor(m: Member, session_id: str | None = "s") -> Actor:
    return Actor(
        workspace_id=m.workspace_id,
        actor_type="user",
        actor_id=m.user_id,
        role=Role.OWNER,
        user_id=m.user_id,
        session_id=session_id,
    )


def request(c: Container, m: Member, *, password: str = PASSWORD) -> ClosureOut:
    return closure.request_closure(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        actor=owner_actor(m),
        password=password,
        waiting=timedelta(days=7),
    )


def close_now(c: Container, m: Member, *, batch_size: int = 500) -> list[ClosureOut]:
    """Request the closure and run the job as if the waiting period were over."""
    request(c, m)
    return complete_due_closures(
        c.db,
        keyring=c.keyring,
        blobs=c.blobs,
        audit=c.audit,
        now=utcnow() + timedelta(days=8),
        batch_size=batch_size,
    )


@contextmanager
def fresh_database(c: Container, tmp: Path) -> Iterator[str]:
    """An empty database on the same backend as the container's (no schema)."""
    if c.db.is_sqlite:
        yield f"sqlite:///{tmp / 'restored.db'}"
        return
    with postgres_database() as url:
        yield url
