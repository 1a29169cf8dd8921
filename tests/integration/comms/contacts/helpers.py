"""A workspace with one signed-in client per role, and small contact helpers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import func, select

from callvault.comms.contacts.models import Contact, ContactPoint
from callvault.core.permissions import Role
from tests.support.live import LiveServer, Member, add_user, create_workspace, sign_in

API = "/api/v1/contacts"


@dataclass
class Team:
    members: dict[str, Member]
    clients: dict[str, httpx.Client]

    def __getitem__(self, name: str) -> httpx.Client:
        return self.clients[name]


def team(live: LiveServer, slug: str = "acme") -> Team:
    """owner, admin, supervisor, member, member2, auditor: each signed in."""
    owner = create_workspace(live.container, slug)
    members = {"owner": owner}
    for name, role in (
        ("admin", Role.ADMIN),
        ("supervisor", Role.SUPERVISOR),
        ("member", Role.MEMBER),
        ("member2", Role.MEMBER),
        ("auditor", Role.AUDITOR),
    ):
        members[name] = add_user(live.container, owner, role)
    clients = {name: live.client(sign_in(live, m)) for name, m in members.items()}
    return Team(members, clients)


def create(client: httpx.Client, **body: Any) -> dict[str, Any]:
    r = client.post(API, json=body)
    assert r.status_code == 201, r.text
    out: dict[str, Any] = r.json()
    return out


def names(client: httpx.Client, **params: Any) -> list[str]:
    r = client.get(API, params=params)
    assert r.status_code == 200, r.text
    return sorted(c["name"] for c in r.json()["items"])


def row_counts(live: LiveServer) -> tuple[int, int]:
    with live.container.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Contact)) or 0,
            s.scalar(select(func.count()).select_from(ContactPoint)) or 0,
        )
