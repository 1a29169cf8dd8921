"""Two-step sign-in governed by others: the workspace's requirement holds sessions until
their user enrols (HTTP and WebSocket), an admin resets a member's, the operator's CLI
resets anyone's — over real HTTPS, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from websockets.exceptions import ConnectionClosed

from callvault.cli.main import app
from callvault.core.permissions import Role
from tests.integration.comms.chat.helpers import raw_socket
from tests.support.live import PASSWORD, LiveServer, add_user, create_workspace, sign_in
from tests.support.mfa import challenge, enrol, enrolled_member, password_step, second_step

pytestmark = pytest.mark.slow

TOKEN = {"name": "CRM", "scopes": ["calls.read"]}
CONFIRM = {"password": PASSWORD}  # the acting admin's own, again


def test_a_required_workspace_holds_sessions_until_their_user_enrols(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    member = add_user(live.container, owner, Role.MEMBER)
    api = live.client(sign_in(live, owner))
    # Requiring it before turning it on for yourself would hold your own session.
    first = api.put("/api/v1/workspace/mfa-policy", json={"required": True})
    assert first.status_code == 409 and first.json()["error"]["code"] == "mfa_enrol_first"
    held = live.client(sign_in(live, member))  # signed in before the requirement
    enrol(api)
    denied = held.put("/api/v1/workspace/mfa-policy", json={"required": True})
    assert denied.status_code == 403 and denied.json()["error"]["code"] == "permission_denied"
    on = api.put("/api/v1/workspace/mfa-policy", json={"required": True})
    assert on.status_code == 200 and on.json() == {"required": True}
    assert api.get("/api/v1/workspace").json()["mfa_required"] is True
    assert api.get("/api/v1/users").status_code == 200  # the owner has it on

    me = held.get("/api/v1/me")
    assert me.status_code == 200 and me.json()["mfa_enrolment_required"] is True
    for method, path in (
        ("GET", "/api/v1/users"),
        ("GET", "/api/v1/calls"),
        ("GET", "/api/v1/sessions"),
        ("PUT", "/api/v1/me/password"),
        ("POST", "/api/v1/tokens"),  # no token to carry the account past the enrolment
        ("POST", "/api/v1/auth/browser/ws-ticket"),
    ):
        body = TOKEN if path.endswith("tokens") else None
        if path.endswith("password"):
            body = {"current_password": PASSWORD, "new_password": "a fresh long passphrase"}
        r = held.request(method, path, json=body if method != "GET" else None)
        assert r.status_code == 403, (path, r.text)
        assert r.json()["error"]["code"] == "mfa_enrolment_required", path
    with raw_socket(live) as ws:
        ws.send(json.dumps({"type": "auth", "token": member.token}))
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=10)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.reason == "mfa_enrolment_required"
    # A new sign-in with the password alone is held the same way.
    fresh = live.client(sign_in(live, member))
    assert fresh.get("/api/v1/calls").json()["error"]["code"] == "mfa_enrolment_required"
    assert fresh.post("/api/v1/auth/sign-out").status_code == 204

    # The enrolment is open, and once confirmed the same session is released at once.
    assert held.get("/api/v1/me/mfa").json()["required"] is True
    enrolled = enrol(held)
    assert held.get("/api/v1/calls").status_code == 200
    assert held.get("/api/v1/me").json()["mfa_enrolment_required"] is False
    # While required, it cannot be turned off.
    off = held.post("/api/v1/me/mfa/disable", json={"password": PASSWORD})
    assert off.status_code == 409 and off.json()["error"]["code"] == "mfa_required_by_workspace"
    assert held.get("/api/v1/me/mfa").json()["enabled"] is True
    assert enrolled.recovery_codes


def test_admins_reset_whom_they_manage(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    admin = add_user(live.container, owner, Role.ADMIN)
    member = add_user(live.container, owner, Role.MEMBER)
    owner_codes = enrolled_member(live, owner).recovery_codes
    member_codes = enrolled_member(live, member).recovery_codes
    member_session = live.client(member.token)
    as_admin = live.client(sign_in(live, admin))
    opened = second_step(live, challenge(live, member), member_codes[0])
    as_member = live.client(opened.json()["token"])

    r = as_member.post(f"/api/v1/users/{owner.user_id}/mfa-reset", json=CONFIRM)
    assert r.status_code == 403 and r.json()["error"]["code"] == "permission_denied"
    r = as_admin.post(
        f"/api/v1/users/{owner.user_id}/mfa-reset", json=CONFIRM
    )  # admins cannot touch owners
    assert r.status_code == 403
    r = as_admin.post(
        f"/api/v1/users/{admin.user_id}/mfa-reset", json=CONFIRM
    )  # one's own: in settings
    assert r.status_code == 403
    assert password_step(live, owner).status_code == 200  # still on

    assert (
        as_admin.post(f"/api/v1/users/{member.user_id}/mfa-reset", json=CONFIRM).status_code == 204
    )
    for client in (member_session, as_member):  # every session of the member ended
        gone = client.get("/api/v1/me")
        assert gone.status_code == 401 and gone.json()["error"]["code"] == "session_expired"
    assert password_step(live, member).status_code == 201  # the password alone, again
    users = {u["id"]: u for u in as_admin.get("/api/v1/users").json()}
    assert users[member.user_id]["mfa_enabled"] is False
    assert users[owner.user_id]["mfa_enabled"] is True
    opened = second_step(live, challenge(live, owner), owner_codes[0])
    owner_api = live.client(opened.json()["token"])
    entries = owner_api.get("/api/v1/audit", params={"action": "user.mfa_reset"}).json()["entries"]
    assert [(e["object_id"], e["actor_id"]) for e in entries] == [(member.user_id, admin.user_id)]
    # An owner resets an admin.
    enrolled_member(live, admin)
    assert (
        owner_api.post(f"/api/v1/users/{admin.user_id}/mfa-reset", json=CONFIRM).status_code == 204
    )


def test_the_operator_resets_a_locked_out_owner(
    live: LiveServer, database_url: str, data_dir: Path
) -> None:
    env = {"CALLVAULT_DATA_DIR": str(data_dir), "CALLVAULT_DATABASE_URL": database_url}
    owner = create_workspace(live.container, "acme")
    enrolled_member(live, owner)
    assert password_step(live, owner).status_code == 200
    reset = ["user", "reset-mfa", "--workspace", "acme", "--email", owner.email]
    r = CliRunner().invoke(app, reset, env=env)
    assert r.exit_code == 0, r.output
    assert "two-step sign-in turned off" in r.output
    assert live.client(owner.token).get("/api/v1/me").status_code == 401
    again = password_step(live, owner)
    assert again.status_code == 201, again.text
    api = live.client(again.json()["token"])
    [entry] = api.get("/api/v1/audit", params={"action": "user.mfa_reset"}).json()["entries"]
    assert entry["actor_type"] == "system" and entry["object_id"] == owner.user_id
