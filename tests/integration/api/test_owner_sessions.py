"""Owners' (and admins') devices are protected from admins as the rest of their accounts
are: an admin can neither list nor sign out an owner's sessions; another owner can."""

from __future__ import annotations

import pytest

from callvault.core.permissions import Role
from tests.support.live import LiveServer, add_user, create_workspace, sign_in

pytestmark = pytest.mark.slow


def test_admins_cannot_list_or_revoke_an_owners_sessions(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    owner_token = sign_in(live, owner)
    admin = add_user(live.container, owner, Role.ADMIN)
    other_admin = add_user(live.container, owner, Role.ADMIN)
    member = add_user(live.container, owner, Role.MEMBER)
    other_admin_token, member_token = sign_in(live, other_admin), sign_in(live, member)
    as_admin = live.client(sign_in(live, admin))
    owner_session = live.client(owner_token).get("/api/v1/sessions").json()[0]["id"]

    for target in (owner, other_admin):
        listed = as_admin.get(f"/api/v1/users/{target.user_id}/sessions")
        assert listed.status_code == 403, listed.text
        assert listed.json()["error"]["code"] == "permission_denied"
        revoked = as_admin.delete(f"/api/v1/users/{target.user_id}/sessions")
        assert revoked.status_code == 403
    # One session by id: answered as if absent, as anyone's session one may not manage.
    r = as_admin.delete(f"/api/v1/sessions/{owner_session}")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert live.client(owner_token).get("/api/v1/me").status_code == 200
    assert live.client(other_admin_token).get("/api/v1/me").status_code == 200

    # Admins still manage the users below them.
    assert as_admin.get(f"/api/v1/users/{member.user_id}/sessions").status_code == 200
    assert as_admin.delete(f"/api/v1/users/{member.user_id}/sessions").json() == {"revoked": 1}
    assert live.client(member_token).get("/api/v1/me").status_code == 401


def test_owners_manage_each_others_sessions(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    second = add_user(live.container, owner, Role.OWNER)
    second_token = sign_in(live, second)
    as_owner = live.client(sign_in(live, owner))
    listed = as_owner.get(f"/api/v1/users/{second.user_id}/sessions")
    assert listed.status_code == 200 and len(listed.json()) == 1
    r = as_owner.delete(f"/api/v1/sessions/{listed.json()[0]['id']}")
    assert r.status_code == 204
    assert live.client(second_token).get("/api/v1/me").status_code == 401
    # An owner lists their own through the admin route too.
    assert as_owner.get(f"/api/v1/users/{owner.user_id}/sessions").status_code == 200
