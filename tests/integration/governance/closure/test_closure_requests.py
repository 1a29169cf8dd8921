"""Closing a workspace through the API: re-authentication, the waiting period (owners only
may sign in), cancelling, and a second request while closing."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from callvault.core.clock import utcnow
from callvault.core.permissions import Role
from tests.support.live import PASSWORD, LiveServer, add_user, create_workspace, sign_in

pytestmark = pytest.mark.slow

CLOSURE = "/api/v1/workspace/closure"


def test_request_cancel_and_bad_input(live: LiveServer) -> None:
    owner = create_workspace(live.container, "closing-api")
    admin = add_user(live.container, owner, Role.ADMIN)
    member = add_user(live.container, owner, Role.MEMBER)
    for m in (owner, admin, member):
        sign_in(live, m)
    as_owner, as_member = live.client(owner.token), live.client(member.token)

    # Wrong password: refused, nothing started, the session stays valid.
    r = as_owner.post(CLOSURE, json={"password": "not my password"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "reauthentication_failed"
    state = as_owner.get(CLOSURE).json()
    assert state == {"workspace_status": "active", "closure": None}
    # Admins may not close; members neither.
    r = live.client(admin.token).post(CLOSURE, json={"password": PASSWORD})
    assert r.status_code == 403 and r.json()["error"]["code"] == "permission_denied"
    # A dry run checks and starts nothing.
    r = as_owner.post(CLOSURE, json={"password": PASSWORD, "dry_run": True})
    assert r.status_code == 200 and r.json()["status"] == "preview"
    assert as_owner.get(CLOSURE).json()["closure"] is None

    r = as_owner.post(CLOSURE, json={"password": PASSWORD})
    assert r.status_code == 202, r.text
    closure = r.json()
    assert closure["status"] == "pending"
    due = closure["due_at"]
    assert (
        abs((utcnow() + timedelta(days=7)).timestamp() - datetime.fromisoformat(due).timestamp())
        < 60
    )  # the default waiting period

    # Closing an already-closing workspace: a clear 409, the first request untouched.
    r = as_owner.post(CLOSURE, json={"password": PASSWORD})
    assert r.status_code == 409 and r.json()["error"]["code"] == "workspace_already_closing"
    # While closing, only owners get in: others' sessions and sign-ins answer 401.
    r = as_member.get("/api/v1/users")
    assert r.status_code == 401 and r.json()["error"]["code"] == "workspace_closing"
    r = live.client().post(
        "/api/v1/auth/sign-in",
        json={
            "workspace": member.slug,
            "email": member.email,
            "password": PASSWORD,
        },
    )
    assert r.status_code == 401 and r.json()["error"]["code"] == "workspace_closing"
    assert as_owner.get("/api/v1/workspace").json()["status"] == "closing"

    # The owner cancels; everyone is back; cancelling again changes nothing.
    r = as_owner.delete(CLOSURE)
    assert r.status_code == 200
    assert r.json()["workspace_status"] == "active"
    assert r.json()["closure"]["status"] == "cancelled"
    assert as_member.get("/api/v1/users").status_code == 200
    assert as_owner.delete(CLOSURE).json() == {"workspace_status": "active", "closure": None}
    # A new request after a cancel is allowed.
    r = as_owner.post(CLOSURE, json={"password": PASSWORD})
    assert r.status_code == 202 and r.json()["id"] != closure["id"]


def test_wrong_passwords_are_throttled(live: LiveServer) -> None:
    """A stolen owner session cannot be used to guess the password by closing attempts."""
    owner = create_workspace(live.container, "closing-guess")
    sign_in(live, owner)
    as_owner = live.client(owner.token)
    allowed = live.container.auth_policy.throttle.free_per_pair
    for _ in range(allowed):
        r = as_owner.post(CLOSURE, json={"password": "guess", "dry_run": True})
        assert r.status_code == 403 and r.json()["error"]["code"] == "reauthentication_failed"
    r = as_owner.post(CLOSURE, json={"password": PASSWORD})  # even the right one, for now
    assert r.status_code == 429 and r.json()["error"]["code"] == "sign_in_throttled"
    assert int(r.headers["retry-after"]) > 0
    assert as_owner.get(CLOSURE).json() == {"workspace_status": "active", "closure": None}
    assert as_owner.get("/api/v1/users").status_code == 200  # the session itself is fine
