"""Building call-log fixtures: events through the API, or many calls at once through the
ingestion service (one transaction) when a test needs hundreds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from callvault.comms.calls.ingest import ingest_call_event
from callvault.comms.calls.schemas import CallEventIn
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.identity.models import GroupMember
from callvault.wiring import Container
from tests.support import factories as f
from tests.support.live import LiveServer, Member, add_user, create_workspace

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def at(minutes: float) -> str:
    return (T0 + timedelta(minutes=minutes)).isoformat()


def started(
    external: str,
    *,
    minute: float = 0,
    direction: str = "inbound",
    caller: dict[str, str] | None = None,
    callee: dict[str, str] | None = None,
    tags: list[str] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "call.started",
        "external_call_id": external,
        "occurred_at": at(minute),
        "direction": direction,
        "caller": caller or {"number": "+14155550100"},
        "callee": callee or {"number": "+14155550101"},
    }
    if tags is not None:
        body["tags"] = tags
    return body


def answered(external: str, *, minute: float) -> dict[str, Any]:
    return {"type": "call.answered", "external_call_id": external, "occurred_at": at(minute)}


def ended(
    external: str, *, minute: float, disposition: str = "answered", **kw: Any
) -> dict[str, Any]:
    return {
        "type": "call.ended",
        "external_call_id": external,
        "occurred_at": at(minute),
        "disposition": disposition,
        **kw,
    }


def seed(c: Container, workspace_id: str, events: list[dict[str, Any]]) -> list[str]:
    """Ingest events in one transaction; the call ids, in order."""
    actor = Actor.system(workspace_id)
    with c.db.write() as s:
        return [
            ingest_call_event(
                s,
                keyring=c.keyring,
                audit=c.audit,
                actor=actor,
                event=CallEventIn.model_validate(e),
            ).call_id
            for e in events
        ]


def full_call(c: Container, workspace_id: str, *, minute: float, talk: float = 2, **kw: Any) -> str:
    """A started, answered and ended call; its id."""
    ext = f.unique("ext")
    ids = seed(
        c,
        workspace_id,
        [
            started(ext, minute=minute, **kw),
            answered(ext, minute=minute + 0.5),
            ended(ext, minute=minute + 0.5 + talk),
        ],
    )
    return ids[0]


@dataclass
class Office:
    """A workspace with an owner, an admin, two members, a supervisor of member one's team,
    a supervisor of nobody, and an auditor, all signed in."""

    owner: Member
    admin: Member
    alice: Member
    bob: Member
    sup: Member
    lonely_sup: Member
    auditor: Member

    def client(self, live: LiveServer, m: Member) -> httpx.Client:
        return live.client(m.token)


def office(live: LiveServer, slug: str = "acme") -> Office:
    c = live.container
    owner = create_workspace(c, slug)
    people = [add_user(c, owner, r) for r in (Role.ADMIN, Role.MEMBER, Role.MEMBER)]
    people += [add_user(c, owner, Role.SUPERVISOR) for _ in range(2)]
    people.append(add_user(c, owner, Role.AUDITOR))
    admin, alice, bob, sup, lonely, auditor = people
    team = f.group_with_member(c, owner.workspace_id, alice.user_id)
    with c.db.write() as s:
        s.add(
            GroupMember(
                group_id=team,
                user_id=sup.user_id,
                workspace_id=owner.workspace_id,
                is_supervisor=True,
            )
        )
    for m in (owner, *people):
        m.token = f.session_token(c, owner.workspace_id, m.user_id)[0]
    return Office(owner, admin, alice, bob, sup, lonely, auditor)
