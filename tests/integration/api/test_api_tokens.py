"""Personal API tokens: the scopes a caller may grant, described; every new token expires;
tokens stored before that rule (without an expiry) keep working (ADR 0041)."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx
import pytest

from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import PERMISSIONS, Permission, Role
from callvault.identity import api_tokens, secrets
from callvault.identity.errors import InvalidTokenLifetime
from callvault.identity.models import ApiToken
from tests.support.live import LiveServer, Member, add_user, create_workspace, sign_in

pytestmark = pytest.mark.slow


def _grantable(role: Role) -> list[str]:
    return [p.value for p in Permission if role in PERMISSIONS[p]]


def test_scopes_are_what_the_callers_role_may_grant_each_described(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    admin = add_user(live.container, owner, Role.ADMIN)
    member = add_user(live.container, owner, Role.MEMBER)
    listed: dict[Role, list[str]] = {}
    for who in (owner, admin, member):
        r = live.client(sign_in(live, who)).get("/api/v1/tokens/scopes")
        assert r.status_code == 200, r.text
        assert all(s["description"].strip() for s in r.json())
        listed[who.role] = [s["name"] for s in r.json()]
        assert listed[who.role] == _grantable(who.role)
    # The roles differ where the permission table says they do.
    assert "calls.ingest" in listed[Role.ADMIN] and "calls.ingest" not in listed[Role.MEMBER]
    assert "audit.read" not in listed[Role.MEMBER] and "calls.read" in listed[Role.MEMBER]
    assert "keys.rotate" in listed[Role.OWNER] and "keys.rotate" not in listed[Role.ADMIN]
    # Whatever the list offers, creating a token accepts.
    made = live.client(member.token).post(
        "/api/v1/tokens", json={"name": "all", "scopes": listed[Role.MEMBER]}
    )
    assert made.status_code == 201, made.text
    assert made.json()["scopes"] == sorted(listed[Role.MEMBER])


def test_scopes_need_a_signed_in_caller(live: LiveServer) -> None:
    r = live.client().get("/api/v1/tokens/scopes")
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthenticated"


def _create(live: LiveServer, who: Member, **lifetime: object) -> httpx.Response:
    body = {"name": "pbx", "scopes": ["users.read"], **lifetime}
    return live.client(who.token).post("/api/v1/tokens", json=body)


def _lifetime_refusal(r: httpx.Response) -> str:
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "validation_error"
    [field] = error["errors"]
    assert field["loc"] == ["body", "expires_in_days"] and field["type"] == "token_lifetime"
    return str(field["msg"])


def test_every_new_token_expires_within_a_year(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    sign_in(live, owner)
    assert "must expire" in _lifetime_refusal(_create(live, owner, expires_in_days=None))
    for days in (0, -5, 367, 3650):
        assert "1 to 366 days" in _lifetime_refusal(_create(live, owner, expires_in_days=days))
    for days, sent in ((366, {"expires_in_days": 366}), (1, {"expires_in_days": 1}), (90, {})):
        r = _create(live, owner, **sent)
        assert r.status_code == 201, r.text
        expires = datetime.fromisoformat(r.json()["expires_at"])
        assert abs(expires - (utcnow() + timedelta(days=days))) < timedelta(minutes=5)
    listed = live.client(owner.token).get("/api/v1/tokens").json()
    assert len(listed) == 3 and all(t["expires_at"] for t in listed)


def test_the_service_refuses_an_unbounded_token_for_every_caller(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    actor = Actor(
        workspace_id=owner.workspace_id,
        actor_type="user",
        actor_id=owner.user_id,
        role=Role.OWNER,
        user_id=owner.user_id,
    )
    for days in (0, 367):
        with pytest.raises(InvalidTokenLifetime), live.container.db.write() as s:
            api_tokens.create_api_token(
                s,
                audit=live.container.audit,
                actor=actor,
                name="cli",
                scopes=["users.read"],
                expires_in_days=days,
            )


def test_a_stored_token_without_expiry_keeps_working(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    secret = secrets.new_token(secrets.API_TOKEN_PREFIX)
    # As create_api_token stored `expires_in_days: null` before every token had to expire.
    with live.container.db.write() as s:
        s.add(
            ApiToken(
                workspace_id=owner.workspace_id,
                user_id=owner.user_id,
                name="old pbx",
                token_hash=secrets.token_hash(secret),
                scopes=["users.read"],
                created_at=utcnow() - timedelta(days=800),
                expires_at=None,
            )
        )
    assert live.client(secret).get("/api/v1/users").status_code == 200
    [listed] = live.client(sign_in(live, owner)).get("/api/v1/tokens").json()
    assert listed["name"] == "old pbx" and listed["expires_at"] is None
