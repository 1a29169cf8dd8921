"""Sign-in, throttling, password rules, sessions as devices, API tokens — over real HTTPS."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update
from websockets.exceptions import ConnectionClosed

from callvault.core.clock import utcnow
from callvault.core.permissions import Role
from callvault.identity import service as identity
from callvault.identity.models import DeviceSession, User
from tests.integration.comms.chat.helpers import raw_socket
from tests.support.live import (
    PASSWORD,
    LiveServer,
    add_user,
    create_workspace,
    serving,
    sign_in,
)

pytestmark = pytest.mark.slow


def _sign_in(live: LiveServer, slug: str, email: str, password: str, **headers: str) -> object:
    return live.client().post(
        "/api/v1/auth/sign-in",
        headers=headers,
        json={"workspace": slug, "email": email, "password": password},
    )


def test_sign_in_me_and_sign_out(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    r = _sign_in(live, "acme", owner.email.upper(), PASSWORD)  # emails are case-insensitive
    assert r.status_code == 201, r.text
    token = r.json()["token"]
    me = live.client(token).get("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["email"] == owner.email and me.json()["role"] == "owner"
    # A script that names no device is listed as what it is, not as a browser.
    assert [d["name"] for d in live.client(token).get("/api/v1/sessions").json()] == ["API client"]
    assert live.client(token).post("/api/v1/auth/sign-out").status_code == 204
    again = live.client(token).get("/api/v1/me")
    assert again.status_code == 401 and again.json()["error"]["code"] == "session_expired"


def test_wrong_password_and_unknown_account_look_the_same(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    wrong = _sign_in(live, "acme", owner.email, "not the password at all")
    unknown = _sign_in(live, "acme", "nobody@acme.example.com", "not the password at all")
    no_ws = _sign_in(live, "no-such-ws", owner.email, PASSWORD)
    for r in (wrong, unknown, no_ws):
        assert r.status_code == 401
        assert r.json()["error"] == {
            "code": "invalid_credentials",
            "message": "Wrong workspace, email or password.",
        }


def test_wrong_passwords_slow_down_that_account_from_that_address(
    database_url: str, data_dir: Path
) -> None:
    # A first delay that no loaded machine outwaits between two requests: with the default
    # 1 s, a sixth guess that a busy server checked more than a second after the fifth
    # failure was rightly let in, and the test failed.
    first = 60
    with serving(database_url, data_dir, signin_first_delay_seconds=first) as live:
        owner = create_workspace(live.container, "acme")
        for _ in range(4):
            assert _sign_in(live, "acme", owner.email, "wrong password 123").status_code == 401
        fifth = time.monotonic()  # before the fifth failure is counted
        assert _sign_in(live, "acme", owner.email, "wrong password 123").status_code == 401
        r = _sign_in(live, "acme", owner.email, PASSWORD)  # even the right one, for a moment
        since_fifth = time.monotonic() - fifth  # at least the server's time between the two
        assert r.status_code == 429
        assert r.json()["error"]["code"] == "sign_in_throttled"
        # The first step counted from the fifth failure: not doubled, not a 15-minute lock.
        assert first - since_fifth <= int(r.headers["retry-after"]) <= first, since_fifth
        # Another account is not affected by this account's delay.
        other = add_user(live.container, owner, Role.MEMBER)
        assert _sign_in(live, "acme", other.email, PASSWORD).status_code == 201


def test_ip_throttling_across_accounts(database_url: str, data_dir) -> None:
    from tests.support.live import live_server, make_container

    c = make_container(database_url, data_dir, signin_free_failures_per_address=3)
    try:
        with live_server(c) as live:
            owner = create_workspace(c, "acme")
            for i in range(3):
                assert (
                    _sign_in(live, "acme", f"x{i}@acme.example.com", "nope nope").status_code == 401
                )
            r = _sign_in(live, "acme", owner.email, PASSWORD)
            assert r.status_code == 429
    finally:
        from tests.support.databases import empty_all_tables

        empty_all_tables(c.db)
        c.close()


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short", "short"),
        ("password123", "common"),
        ("aaaaaaaaaaaa", "repetitive"),
        ("x" * 129, "long"),
    ],
)
def test_password_rules_reject(live: LiveServer, password: str, reason: str) -> None:
    owner = create_workspace(live.container, "acme")
    token = sign_in(live, owner)
    r = live.client(token).post(
        "/api/v1/users", json={"email": "new@acme.example.com", "name": "New", "password": password}
    )
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "weak_password"
    assert r.json()["error"]["reason"] == reason


@pytest.mark.parametrize("password", ["all lower case passphrase", "Zq8!", "🎧 long emoji pass 🎧"])
def test_password_rules_have_no_composition_rules(live: LiveServer, password: str) -> None:
    owner = create_workspace(live.container, "acme")
    token = sign_in(live, owner)
    r = live.client(token).post(
        "/api/v1/users", json={"email": "new@acme.example.com", "name": "New", "password": password}
    )
    expected = 422 if len(password) < 8 else 201
    assert r.status_code == expected, r.text


def test_rehash_on_sign_in_when_parameters_change(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with live.container.db.write() as s:
        s.execute(update(User).where(User.id == owner.user_id).values(password_hash=weak))
    sign_in(live, owner)
    with live.container.db.read() as s:
        stored = s.scalars(select(User.password_hash).where(User.id == owner.user_id)).one()
    assert stored != weak and "m=19456,t=2,p=1" in stored


def test_sessions_are_devices_listed_and_revocable(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    laptop = _sign_in(live, "acme", owner.email, PASSWORD, **{"user-agent": "Laptop/1.0"}).json()
    phone = _sign_in(live, "acme", owner.email, PASSWORD, **{"user-agent": "Phone/2.0"}).json()
    listed = live.client(laptop["token"]).get("/api/v1/sessions").json()
    agents = {s["user_agent"]: s for s in listed}
    assert set(agents) == {"Laptop/1.0", "Phone/2.0"}
    assert agents["Laptop/1.0"]["current"] and not agents["Phone/2.0"]["current"]
    assert agents["Phone/2.0"]["ip"] == "127.0.0.1"
    r = live.client(laptop["token"]).delete(f"/api/v1/sessions/{phone['session_id']}")
    assert r.status_code == 204
    assert live.client(phone["token"]).get("/api/v1/me").status_code == 401
    assert live.client(laptop["token"]).get("/api/v1/me").status_code == 200


def test_admin_revokes_a_users_sessions_member_cannot(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    member = add_user(live.container, owner, Role.MEMBER)
    other = add_user(live.container, owner, Role.MEMBER)
    member_token, other_token = sign_in(live, member), sign_in(live, other)
    other_sessions = (
        live.client(sign_in(live, owner)).get(f"/api/v1/users/{other.user_id}/sessions").json()
    )
    # A member cannot see or revoke a colleague's session: it answers as if absent.
    r = live.client(member_token).delete(f"/api/v1/sessions/{other_sessions[0]['id']}")
    assert r.status_code == 404
    r = live.client(owner.token).delete(f"/api/v1/users/{other.user_id}/sessions")
    assert r.status_code == 200 and r.json()["revoked"] == 1
    assert live.client(other_token).get("/api/v1/me").status_code == 401
    assert live.client(member_token).get("/api/v1/me").status_code == 200


def test_expired_and_idle_sessions_are_refused(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    token = sign_in(live, owner)
    past = utcnow() - timedelta(seconds=1)
    with live.container.db.write() as s:
        s.execute(update(DeviceSession).values(expires_at=past))
    r = live.client(token).get("/api/v1/me")
    assert r.status_code == 401 and r.json()["error"]["code"] == "session_expired"
    token = sign_in(live, owner)
    with live.container.db.write() as s:
        s.execute(update(DeviceSession).values(last_seen_at=utcnow() - timedelta(days=2)))
    assert live.client(token).get("/api/v1/me").json()["error"]["code"] == "session_expired"


def test_disabling_a_user_revokes_sessions_and_tokens(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    member = add_user(live.container, owner, Role.MEMBER)
    token = sign_in(live, member)
    api = live.client(token).post("/api/v1/tokens", json={"name": "ci", "scopes": ["users.read"]})
    api_token = api.json()["token"]
    assert live.client(api_token).get("/api/v1/users").status_code == 200
    r = live.client(sign_in(live, owner)).post(f"/api/v1/users/{member.user_id}/disable")
    assert r.status_code == 200 and r.json()["status"] == "disabled"
    assert live.client(token).get("/api/v1/me").status_code == 401
    assert live.client(api_token).get("/api/v1/users").status_code == 401
    assert _sign_in(live, "acme", member.email, PASSWORD).status_code == 401


def test_api_tokens_are_scoped_hashed_and_revocable(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    token = sign_in(live, owner)
    r = live.client(token).post("/api/v1/tokens", json={"name": "crm", "scopes": ["users.read"]})
    assert r.status_code == 201
    created = r.json()
    secret = created["token"]
    assert secret.startswith("cvt_")
    api = live.client(secret)
    assert api.get("/api/v1/users").status_code == 200
    denied = api.get("/api/v1/audit")  # the owner may, the token's scopes do not
    assert denied.status_code == 403 and denied.json()["error"]["code"] == "permission_denied"
    assert (
        api.post("/api/v1/tokens", json={"name": "x", "scopes": ["users.read"]}).status_code == 403
    )
    listed = live.client(token).get("/api/v1/tokens").json()
    assert [t["id"] for t in listed] == [created["id"]] and "token" not in listed[0]
    assert live.client(token).delete(f"/api/v1/tokens/{created['id']}").status_code == 204
    assert api.get("/api/v1/users").status_code == 401


def test_token_scopes_cannot_exceed_the_role(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    member = add_user(live.container, owner, Role.MEMBER)
    r = live.client(sign_in(live, member)).post(
        "/api/v1/tokens", json={"name": "x", "scopes": ["audit.read"]}
    )
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_scope"
    r = live.client(member.token).post("/api/v1/tokens", json={"name": "x", "scopes": ["nope"]})
    assert r.status_code == 422


def test_password_change_signs_out_other_devices(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme", password_chosen=False)
    first, second = sign_in(live, owner), sign_in(live, owner)
    # The owner's password was set for them (as `callvault init` generates one): until they
    # choose their own, their profile says so (read here so the cached profile is warm).
    assert live.client(first).get("/api/v1/me").json()["password_temporary"] is True
    r = live.client(first).put(
        "/api/v1/me/password",
        json={"current_password": "wrong one entirely", "new_password": "a fresh long passphrase"},
    )
    assert r.status_code == 401
    r = live.client(first).put(
        "/api/v1/me/password",
        json={"current_password": PASSWORD, "new_password": "a fresh long passphrase"},
    )
    assert r.status_code == 204
    me = live.client(first).get("/api/v1/me")  # no longer the password someone else set
    assert me.status_code == 200 and me.json()["password_temporary"] is False
    assert live.client(second).get("/api/v1/me").status_code == 401
    assert _sign_in(live, "acme", owner.email, "a fresh long passphrase").status_code == 201


TOKEN = {"name": "CRM", "scopes": ["calls.read"]}


def test_a_password_someone_else_set_opens_only_its_change(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    api = live.client(sign_in(live, owner))
    made = api.post(
        "/api/v1/users",
        json={
            "email": "new@acme.example.com",
            "name": "New",
            "role": "admin",
            "password": PASSWORD,
        },
    )
    assert made.status_code == 201, made.text
    new = add_user(live.container, owner, Role.MEMBER)  # for its Member record only
    new.email, new.user_id = "new@acme.example.com", made.json()["id"]
    held = live.client(sign_in(live, new))
    # The admin set that password, so it is a temporary one: the profile answers (and says
    # so), and every route that does anything else refuses with a code the app acts on.
    assert held.get("/api/v1/me").json()["password_temporary"] is True
    for method, path in (
        ("GET", "/api/v1/users"),
        ("GET", "/api/v1/calls"),
        ("GET", "/api/v1/sessions"),
        ("POST", "/api/v1/tokens"),  # no token to carry the account past the change
        ("POST", "/api/v1/auth/browser/ws-ticket"),
    ):
        r = held.request(method, path, json=TOKEN if method == "POST" else None)
        assert r.status_code == 403, (path, r.text)
        assert r.json()["error"]["code"] == "password_change_required", path
    # A socket opened with the session's token is refused the same way.
    with raw_socket(live) as ws:
        ws.send(json.dumps({"type": "auth", "token": new.token}))
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=10)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.reason == "password_change_required"
    # Keeping the password the admin set would keep it temporary in all but name.
    r = held.put(
        "/api/v1/me/password", json={"current_password": PASSWORD, "new_password": PASSWORD}
    )
    assert r.status_code == 422 and r.json()["error"]["reason"] == "unchanged", r.text
    r = held.put(
        "/api/v1/me/password",
        json={"current_password": PASSWORD, "new_password": "a fresh long passphrase"},
    )
    assert r.status_code == 204
    assert held.get("/api/v1/users").status_code == 200  # the same session, at once
    assert held.post("/api/v1/tokens", json=TOKEN).status_code == 201
    # An operator's reset (the CLI) is another password someone else has seen.
    with live.container.db.write() as s:
        identity.set_password_by_operator(
            s,
            audit=live.container.audit,
            workspace_id=owner.workspace_id,
            user_id=new.user_id,
            password="an operator's reset passphrase",
        )
    again = live.client(sign_in(live, new, "an operator's reset passphrase"))
    assert again.get("/api/v1/calls").json()["error"]["code"] == "password_change_required"
    assert again.post("/api/v1/auth/sign-out").status_code == 204


def test_role_rules_admins_cannot_make_owners_last_owner_kept(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    admin = add_user(live.container, owner, Role.ADMIN)
    member = add_user(live.container, owner, Role.MEMBER)
    admin_client = live.client(sign_in(live, admin))
    r = admin_client.patch(f"/api/v1/users/{member.user_id}", json={"role": "owner"})
    assert r.status_code == 403
    r = admin_client.patch(f"/api/v1/users/{owner.user_id}", json={"name": "Hijacked"})
    assert r.status_code == 403
    assert (
        admin_client.patch(f"/api/v1/users/{member.user_id}", json={"role": "supervisor"}).json()[
            "role"
        ]
        == "supervisor"
    )
    owner_client = live.client(sign_in(live, owner))
    r = owner_client.patch(f"/api/v1/users/{owner.user_id}", json={"role": "member"})
    assert r.status_code == 403  # own role
    r = owner_client.post(f"/api/v1/users/{owner.user_id}/disable")
    assert r.status_code == 403
