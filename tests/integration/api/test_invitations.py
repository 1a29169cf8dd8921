"""Invitations and admin password resets over real HTTPS: a user added without a password
gets a one-time, expiring link (only its hash at rest); re-sending replaces it; an admin's
reset signs the user out, voids the old password and keeps their API tokens; owners are
reset only by owners; every step is audited."""

from __future__ import annotations

import hashlib
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from callvault.core.clock import utcnow
from callvault.core.permissions import Role
from callvault.identity.invitations.models import Invitation
from tests.support.live import (
    PASSWORD,
    LiveServer,
    Member,
    add_user,
    create_workspace,
    serving,
    sign_in,
)

pytestmark = pytest.mark.slow

NEW_PASSWORD = "a brand new passphrase"


def _invite(live: LiveServer, token: str, email: str, role: str = "member") -> httpx.Response:
    return live.client(token).post(
        "/api/v1/users", json={"email": email, "name": "Nia Newcomer", "role": role}
    )


def _token_of(url: str) -> str:
    return url.rsplit("/invite/", 1)[1].partition("#")[0]


def _accept(live: LiveServer, token: str, password: str = NEW_PASSWORD) -> httpx.Response:
    return live.client().post(
        "/api/v1/invitations/accept", json={"token": token, "password": password}
    )


def _sign_in(live: LiveServer, slug: str, email: str, password: str) -> httpx.Response:
    return live.client().post(
        "/api/v1/auth/sign-in", json={"workspace": slug, "email": email, "password": password}
    )


def _actions(live: LiveServer, owner: Member) -> list[dict[str, Any]]:
    page = live.client(sign_in(live, owner)).get("/api/v1/audit", params={"limit": 200})
    assert page.status_code == 200, page.text
    return list(page.json()["entries"])


def test_a_user_added_without_password_sets_one_through_a_one_time_link(
    live: LiveServer,
) -> None:
    owner = create_workspace(live.container, "acme")
    r = _invite(live, sign_in(live, owner), "nia@acme.example.com")
    assert r.status_code == 201, r.text
    body = r.json()
    invitation = body["invitation"]
    assert body["email"] == "nia@acme.example.com" and invitation["user_id"] == body["id"]
    assert invitation["purpose"] == "invite" and invitation["delivered"] is False
    assert body["awaiting_password"] is True  # cannot sign in until the link is used
    assert invitation["url"].startswith(f"{live.base_url}/invite/cvi_")
    # The page after the link fills the sign-in form: the user is told their workspace.
    assert invitation["url"].endswith("#workspace=acme&email=nia%40acme.example.com")
    token = _token_of(invitation["url"])
    # Nobody can sign in as the invited user before the link is used.
    assert _sign_in(live, "acme", "nia@acme.example.com", NEW_PASSWORD).status_code == 401

    # Only the link's hash is stored: no column holds the token or its secret part.
    with live.container.db.read() as s:
        row = s.scalars(select(Invitation)).one()
        stored = " ".join(str(getattr(row, c.key)) for c in Invitation.__table__.columns)
    verifier = token[len("cvi_") + 32 :]
    assert token not in stored and verifier not in stored
    assert row.verifier_hash == hashlib.sha256(verifier.encode()).hexdigest()
    assert timedelta(hours=71) < row.expires_at - utcnow() <= timedelta(hours=72)

    # The password policy applies, and a refused password does not spend the link.
    weak = _accept(live, token, "password")
    assert weak.status_code == 422 and weak.json()["error"]["code"] == "weak_password"
    assert _accept(live, token).status_code == 204
    signed_in = _sign_in(live, "acme", "nia@acme.example.com", NEW_PASSWORD)
    assert signed_in.status_code == 201
    me = live.client(signed_in.json()["token"]).get("/api/v1/me").json()
    assert me["password_temporary"] is False  # chosen by the user through the link
    assert me["awaiting_password"] is False

    again = _accept(live, token, "yet another long passphrase")
    assert again.status_code == 404 and again.json()["error"]["code"] == "invitation_invalid"
    assert _sign_in(live, "acme", "nia@acme.example.com", NEW_PASSWORD).status_code == 201

    actions = [e["action"] for e in _actions(live, owner) if e["object_id"] == body["id"]]
    assert {"invitation.create", "invitation.accept", "invitation.invalid_use"} <= set(actions)
    entries = _actions(live, owner)
    assert all(token not in str(e) and verifier not in str(e) for e in entries)


def test_a_resent_link_replaces_the_previous_one(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    admin = add_user(live.container, owner, Role.ADMIN)
    as_admin = live.client(sign_in(live, admin))
    first = _invite(live, admin.token, "nia@acme.example.com").json()
    user_id = first["id"]
    r = as_admin.post(f"/api/v1/users/{user_id}/invitation")
    assert r.status_code == 201, r.text
    second = r.json()
    assert second["purpose"] == "invite" and second["url"] != first["invitation"]["url"]
    old = _accept(live, _token_of(first["invitation"]["url"]))
    assert old.status_code == 404 and old.json()["error"]["code"] == "invitation_invalid"
    assert _accept(live, _token_of(second["url"])).status_code == 204
    # Once a password is set there is nothing to re-send: a reset is the way.
    r = as_admin.post(f"/api/v1/users/{user_id}/invitation")
    assert r.status_code == 409 and r.json()["error"]["code"] == "user_not_invitable"
    actions = [e["action"] for e in _actions(live, owner) if e["object_id"] == user_id]
    assert "invitation.resend" in actions


def test_an_expired_link_is_refused_and_audited(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    invited = _invite(live, sign_in(live, owner), "nia@acme.example.com").json()
    with live.container.db.write() as s:
        s.execute(update(Invitation).values(expires_at=utcnow() - timedelta(seconds=1)))
    r = _accept(live, _token_of(invited["invitation"]["url"]))
    assert r.status_code == 410 and r.json()["error"]["code"] == "invitation_expired"
    assert _sign_in(live, "acme", "nia@acme.example.com", NEW_PASSWORD).status_code == 401
    expired = [e for e in _actions(live, owner) if e["action"] == "invitation.expired_use"]
    assert len(expired) == 1 and expired[0]["object_id"] == invited["id"]


def test_link_lifetime_and_public_address_are_configurable(
    database_url: str, data_dir: Path
) -> None:
    with serving(
        database_url,
        data_dir,
        invitation_ttl_hours=2,
        public_url="https://calls.example.com/office/",
    ) as live:
        c = live.container
        owner = create_workspace(c, "acme")
        r = _invite(live, sign_in(live, owner), "nia@acme.example.com")
        assert r.json()["invitation"]["url"].startswith(
            "https://calls.example.com/office/invite/cvi_"
        )
        with c.db.read() as s:
            expires_at = s.scalars(select(Invitation.expires_at)).one()
        assert timedelta(hours=1) < expires_at - utcnow() <= timedelta(hours=2)


def test_an_admin_reset_signs_out_voids_the_password_and_keeps_api_tokens(
    live: LiveServer,
) -> None:
    owner = create_workspace(live.container, "acme")
    admin = add_user(live.container, owner, Role.ADMIN)
    member = add_user(live.container, owner, Role.MEMBER)
    laptop, phone = sign_in(live, member), sign_in(live, member)
    api = live.client(laptop).post("/api/v1/tokens", json={"name": "crm", "scopes": ["users.read"]})
    api_token = api.json()["token"]

    r = live.client(sign_in(live, admin)).post(f"/api/v1/users/{member.user_id}/password-reset")
    assert r.status_code == 201, r.text
    link = r.json()
    assert link["purpose"] == "reset" and link["url"].startswith(f"{live.base_url}/invite/cvi_")
    for token in (laptop, phone):
        assert live.client(token).get("/api/v1/me").status_code == 401
    assert _sign_in(live, "acme", member.email, PASSWORD).status_code == 401
    # API tokens are separately scoped credentials the user lists and revokes: kept.
    assert live.client(api_token).get("/api/v1/users").status_code == 200

    assert _accept(live, _token_of(link["url"])).status_code == 204
    assert _sign_in(live, "acme", member.email, NEW_PASSWORD).status_code == 201
    reset = [e for e in _actions(live, owner) if e["action"] == "user.password_reset"]
    assert reset[0]["object_id"] == member.user_id
    assert reset[0]["details"]["sessions_revoked"] == 2


def test_a_password_change_keeps_api_tokens_and_signs_out_other_devices(
    live: LiveServer,
) -> None:
    owner = create_workspace(live.container, "acme")
    first, second = sign_in(live, owner), sign_in(live, owner)
    api = live.client(first).post("/api/v1/tokens", json={"name": "crm", "scopes": ["users.read"]})
    r = live.client(first).put(
        "/api/v1/me/password", json={"current_password": PASSWORD, "new_password": NEW_PASSWORD}
    )
    assert r.status_code == 204
    assert live.client(second).get("/api/v1/me").status_code == 401
    assert live.client(api.json()["token"]).get("/api/v1/users").status_code == 200


def test_only_owners_invite_or_reset_owners_and_admins(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    second_owner = add_user(live.container, owner, Role.OWNER)
    admin = add_user(live.container, owner, Role.ADMIN)
    other_admin = add_user(live.container, owner, Role.ADMIN)
    as_admin = live.client(sign_in(live, admin))
    as_owner = live.client(sign_in(live, owner))
    for role in ("owner", "admin"):
        r = _invite(live, admin.token, f"{role}@acme.example.com", role)
        assert r.status_code == 403, r.text
    for target in (owner, second_owner, other_admin):
        r = as_admin.post(f"/api/v1/users/{target.user_id}/password-reset")
        assert r.status_code == 403 and r.json()["error"]["code"] == "permission_denied"
    invited_admin = _invite(live, owner.token, "boss2@acme.example.com", "admin").json()
    r = as_admin.post(f"/api/v1/users/{invited_admin['id']}/invitation")
    assert r.status_code == 403
    # Owners may; and the owners' accounts were left alone by the refusals.
    assert as_owner.post(f"/api/v1/users/{invited_admin['id']}/invitation").status_code == 201
    assert as_owner.post(f"/api/v1/users/{second_owner.user_id}/password-reset").status_code == 201
    assert as_owner.get("/api/v1/me").status_code == 200
    assert _sign_in(live, "acme", other_admin.email, PASSWORD).status_code == 201
    # A member cannot issue links at all.
    member = add_user(live.container, owner, Role.MEMBER)
    as_member = live.client(sign_in(live, member))
    assert as_member.post(f"/api/v1/users/{member.user_id}/password-reset").status_code == 403


@pytest.mark.parametrize(
    ("token", "status", "code"),
    [
        ("cvi_" + "é" * 75, 404, "invitation_invalid"),  # non-ASCII: refused before comparing
        ("not a token", 404, "invitation_invalid"),
        ("cvi_" + "0" * 32 + "A" * 43, 404, "invitation_invalid"),  # well-formed, unknown
        ("", 422, "validation_error"),
    ],
)
def test_bad_tokens_are_refused_cleanly(
    live: LiveServer, token: str, status: int, code: str
) -> None:
    r = _accept(live, token)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code


def test_a_wrong_secret_with_a_real_selector_is_refused(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    invited = _invite(live, sign_in(live, owner), "nia@acme.example.com").json()
    token = _token_of(invited["invitation"]["url"])
    forged = token[:-1] + ("A" if token[-1] != "A" else "B")
    r = _accept(live, forged)
    assert r.status_code == 404 and r.json()["error"]["code"] == "invitation_invalid"
    assert _accept(live, token).status_code == 204


def test_two_simultaneous_acceptances_use_the_link_once(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    invited = _invite(live, sign_in(live, owner), "nia@acme.example.com").json()
    token = _token_of(invited["invitation"]["url"])
    statuses: list[int] = []
    start = threading.Barrier(2)

    def attempt(password: str) -> None:
        client = live.client()
        start.wait()
        statuses.append(
            client.post(
                "/api/v1/invitations/accept", json={"token": token, "password": password}
            ).status_code
        )

    threads = [
        threading.Thread(target=attempt, args=(p,))
        for p in ("first long passphrase", "second long passphrase")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(statuses) == [204, 404]
