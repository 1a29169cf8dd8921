"""Small factories that write fixtures straight through services and tables (no Argon2 where
the test does not need a password, so building hundreds of objects stays fast)."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from typing import Any

from callvault.comms.calls.ingest import ingest_call_event
from callvault.comms.calls.schemas import CallEventIn
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.identity import secrets
from callvault.identity import service as identity
from callvault.identity.models import ApiToken, DeviceSession, Group, GroupMember
from callvault.wiring import Container


def unique(prefix: str) -> str:
    return f"{prefix}-{time.monotonic_ns()}"


def user_without_password(c: Container, workspace_id: str, role: Role = Role.MEMBER) -> str:
    with c.db.write() as s:
        u = identity.add_user(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(workspace_id),
            email=f"{unique('u')}@example.com",
            name="Target User",
            role=role,
            password=None,
        )
    return u.id


def session_token(c: Container, workspace_id: str, user_id: str) -> tuple[str, str]:
    """A device session for the user, as sign-in would make it; returns (token, session id)."""
    token = secrets.new_token(secrets.SESSION_PREFIX)
    now = utcnow()
    with c.db.write() as s:
        row = DeviceSession(
            workspace_id=workspace_id,
            user_id=user_id,
            token_hash=secrets.token_hash(token),
            device_sealed=b"",
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(days=1),
        )
        s.add(row)
        s.flush()
        row.device_sealed = c.keyring.cipher(s, workspace_id).seal(
            json.dumps({"name": "test"}).encode(),
            kind="device_session",
            object_id=row.id,
            field="device",
        )
        return token, row.id


def api_token_row(c: Container, workspace_id: str, user_id: str) -> str:
    with c.db.write() as s:
        row = ApiToken(
            workspace_id=workspace_id,
            user_id=user_id,
            name="t",
            token_hash=secrets.token_hash(secrets.new_token("cvt_")),
            scopes=["users.read"],
        )
        s.add(row)
        s.flush()
        return row.id


def group_with_member(c: Container, workspace_id: str, user_id: str) -> str:
    with c.db.write() as s:
        g = Group(workspace_id=workspace_id, name=unique("group"))
        s.add(g)
        s.flush()
        s.add(GroupMember(group_id=g.id, user_id=user_id, workspace_id=workspace_id))
        return g.id


def ingest_events(
    c: Container, workspace_id: str, external_call_id: str, events: list[dict[str, Any]]
) -> str:
    """One call written as a PBX would: these events in order, by the system; its id."""
    call_id = ""
    with c.db.write() as s:
        for event in events:
            out = ingest_call_event(
                s,
                keyring=c.keyring,
                audit=c.audit,
                actor=Actor.system(workspace_id),
                event=CallEventIn.model_validate({**event, "external_call_id": external_call_id}),
            )
            call_id = out.call_id
    return call_id
