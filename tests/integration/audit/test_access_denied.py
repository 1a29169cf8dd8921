"""Issue 10 item 5: a request denied by a permission check (403) leaves one audit entry in
the actor's workspace (who, which permission, which route template; never query values or
bodies), and the 403 answers as before."""

from __future__ import annotations

import json

import pytest

from callvault.core.permissions import Role
from tests.support.live import LiveServer, add_user, create_workspace, sign_in

pytestmark = pytest.mark.slow


def test_denied_requests_are_audited_without_values(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "acme")
    member = add_user(c, owner, Role.MEMBER)
    other = create_workspace(c, "other")
    as_member = live.client(sign_in(live, member))

    denied = as_member.get("/api/v1/audit", params={"action": "secret-filter-value"})
    assert denied.status_code == 403
    assert denied.json()["error"]["code"] == "permission_denied"
    body = {"email": "private.person@example.com", "name": "Private Person", "role": "member"}
    assert as_member.post("/api/v1/users", json=body).status_code == 403
    assert as_member.post(f"/api/v1/users/{owner.user_id}/disable").status_code == 403
    assert as_member.get("/api/v1/users/00000000-0000-0000-0000-000000000000").status_code in (
        200,
        404,
    )  # allowed (or not found): not a denial

    as_owner = live.client(sign_in(live, owner))
    page = as_owner.get("/api/v1/audit", params={"action": "access.denied"}).json()
    entries = sorted(page["entries"], key=lambda e: e["seq"])
    assert [e["details"]["route"] for e in entries] == [
        "/api/v1/audit",
        "/api/v1/users",
        "/api/v1/users/{user_id}/disable",  # the template: no id from the request
    ]
    assert [e["object_id"] for e in entries] == ["audit.read", "users.manage", "users.manage"]
    first = entries[0]
    assert first["actor_id"] == member.user_id and first["actor_type"] == "user"
    assert first["details"] == {
        "method": "GET",
        "route": "/api/v1/audit",
        "permission": "audit.read",
        "code": "permission_denied",
    }
    dumped = json.dumps(entries)
    assert "secret-filter-value" not in dumped and "private.person" not in dumped
    assert owner.user_id not in dumped
    # In the actor's workspace only, and the chain (and its anchor) still verify.
    as_other = live.client(sign_in(live, other))
    theirs = as_other.get("/api/v1/audit", params={"action": "access.denied"}).json()
    assert theirs["entries"] == []
    assert as_owner.post("/api/v1/audit/verify").json()["ok"] is True
