"""A second outside review of sign-in and the admin surface, fixed (ADR 0041 and 0042,
addenda): API tokens kept from every route that changes how someone signs in, a token's
lifetime and the policy's switch taken only as what they are, the acting admin's password
re-asked before a protection is stripped, and recovery codes that an attacker who knows the
password cannot lock away — over real HTTPS, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from callvault.core.clock import utcnow
from callvault.core.permissions import Role
from callvault.identity import throttle
from callvault.identity.models import SignInFailure
from tests.support.live import PASSWORD, LiveServer, Member, add_user, create_workspace, sign_in
from tests.support.mfa import challenge, enrol, enrolled_member, password_step, second_step

pytestmark = pytest.mark.slow

NEW_PASSWORD = "a fresh long passphrase"


def _audit(live: LiveServer, token: str, action: str) -> list[dict[str, object]]:
    r = live.client(token).get("/api/v1/audit", params={"action": action})
    assert r.status_code == 200, r.text
    entries: list[dict[str, object]] = r.json()["entries"]
    return entries


def _failures(live: LiveServer) -> int:
    with live.container.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(SignInFailure)) or 0)


def test_api_tokens_cannot_change_passwords_make_tokens_or_end_sessions(
    live: LiveServer,
) -> None:
    owner = create_workspace(live.container, "acme")
    member = add_user(live.container, owner, Role.MEMBER)
    session = live.client(sign_in(live, owner))
    member_session = live.client(sign_in(live, member))
    disabled = add_user(live.container, owner, Role.MEMBER)
    assert session.post(f"/api/v1/users/{disabled.user_id}/disable").status_code == 200
    invited = session.post("/api/v1/users", json={"email": "inv@example.com", "name": "Inv"})
    assert invited.status_code == 201, invited.text
    invited_id = invited.json()["id"]
    scopes = ["sessions.own", "sessions.manage", "tokens.own", "users.read", "users.manage"]
    made = session.post("/api/v1/tokens", json={"name": "CRM", "scopes": scopes})
    assert made.status_code == 201, made.text
    by_token = live.client(made.json()["token"])
    own_session = session.get("/api/v1/sessions").json()[0]["id"]

    refused = [
        (
            "PUT",
            "/api/v1/me/password",
            {"current_password": PASSWORD, "new_password": NEW_PASSWORD},
        ),
        ("POST", "/api/v1/tokens", {"name": "wider", "scopes": ["users.manage"]}),
        ("POST", "/api/v1/tokens", {"name": "longer", "scopes": ["users.read"]}),
        ("DELETE", f"/api/v1/sessions/{own_session}", None),
        ("DELETE", f"/api/v1/users/{member.user_id}/sessions", None),
        # An account the token's holder could sign in to: a password, or a link that sets one.
        (
            "POST",
            "/api/v1/users",
            {"email": "new@example.com", "name": "New", "password": PASSWORD},
        ),
        ("POST", "/api/v1/users", {"email": "new@example.com", "name": "New", "role": "owner"}),
        ("POST", f"/api/v1/users/{invited_id}/invitation", None),
        # A disabled account back in, and the workspace's end started or called off.
        ("POST", f"/api/v1/users/{disabled.user_id}/enable", None),
        ("POST", "/api/v1/workspace/closure", {"password": PASSWORD}),
        ("DELETE", "/api/v1/workspace/closure", None),
    ]
    for method, path, body in refused:
        r = by_token.request(method, path, json=body)
        assert r.status_code == 403, (method, path, r.text)
        assert r.json()["error"]["code"] == "session_required", (method, path)
    # Nothing changed: the password, the sessions, the token list.
    assert password_step(live, owner).status_code == 201
    assert session.get("/api/v1/me").status_code == 200
    assert member_session.get("/api/v1/me").status_code == 200
    assert len(session.get("/api/v1/tokens").json()) == 1
    # owner, member, the disabled one (still disabled) and the invited one
    users = {u["id"]: u for u in session.get("/api/v1/users").json()}
    assert len(users) == 4
    assert users[disabled.user_id]["status"] == "disabled"
    assert session.get("/api/v1/workspace/closure").json()["closure"] is None
    # Still open to the token: reading what it may read, and revoking itself.
    assert by_token.get("/api/v1/sessions").status_code == 200
    assert by_token.delete(f"/api/v1/tokens/{made.json()['id']}").status_code == 204

    spec = live.client().get("/api/v1/openapi.json").json()["paths"]
    for method, path in (
        ("put", "/api/v1/me/password"),
        ("post", "/api/v1/tokens"),
        ("delete", "/api/v1/sessions/{session_id}"),
        ("delete", "/api/v1/users/{user_id}/sessions"),
        ("post", "/api/v1/users"),
        ("post", "/api/v1/users/{user_id}/invitation"),
        ("post", "/api/v1/users/{user_id}/enable"),
        ("post", "/api/v1/workspace/closure"),
        ("delete", "/api/v1/workspace/closure"),
    ):
        listed = spec[path][method]["responses"]["403"]["x-error-codes"]
        assert "session_required" in listed, (method, path, listed)


@pytest.mark.parametrize("days", [True, False, "30", 30.0, "thirty", [30]])
def test_a_token_lifetime_is_a_number_of_days_only(live: LiveServer, days: object) -> None:
    owner = create_workspace(live.container, "acme")
    api = live.client(sign_in(live, owner))
    r = api.post(
        "/api/v1/tokens", json={"name": "CRM", "scopes": ["users.read"], "expires_in_days": days}
    )
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "validation_error"
    assert "whole number of days" in r.text
    assert api.get("/api/v1/tokens").json() == []


def test_switches_take_true_or_false_only(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    api = live.client(sign_in(live, owner))
    enrol(api)
    for value in ("true", 1, "yes"):
        r = api.put("/api/v1/workspace/mfa-policy", json={"required": value})
        assert r.status_code == 422, (value, r.text)
    assert api.get("/api/v1/workspace").json()["mfa_required"] is False


def _lift(client: object, password: str | None) -> object:
    body: dict[str, object] = {"required": False}
    if password is not None:
        body["password"] = password
    return client.put("/api/v1/workspace/mfa-policy", json=body)  # type: ignore[attr-defined]


def test_lifting_the_requirement_takes_the_admins_password(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    token = sign_in(live, owner)
    api = live.client(token)
    enrol(api)
    # Requiring it takes nothing more.
    assert api.put("/api/v1/workspace/mfa-policy", json={"required": True}).status_code == 200
    before = _failures(live)
    missing = _lift(api, None)
    assert missing.status_code == 403, missing.text
    assert missing.json()["error"]["code"] == "reauthentication_failed"
    assert _failures(live) == before  # nothing guessed, nothing counted
    wrong = _lift(api, "not my password at all")
    assert wrong.status_code == 403, wrong.text
    assert wrong.json()["error"]["code"] == "reauthentication_failed"
    assert _failures(live) == before + 1  # counted like any password guess
    assert api.get("/api/v1/workspace").json()["mfa_required"] is True
    denied = _audit(live, token, "workspace.mfa_policy_denied")
    assert len(denied) == 2 and all(e["actor_id"] == owner.user_id for e in denied)

    lifted = _lift(api, PASSWORD)
    assert lifted.status_code == 200 and lifted.json() == {"required": False}
    assert len(_audit(live, token, "workspace.mfa_policy")) == 2  # on, then off
    # Guessing through this route is throttled like the password change.
    for _ in range(30):
        r = api.put("/api/v1/workspace/mfa-policy", json={"required": True})
        assert r.status_code == 200
        r = _lift(api, "still not my password")
        if r.status_code == 429:
            break
        assert r.status_code == 403
    assert r.status_code == 429 and r.json()["error"]["code"] == "sign_in_throttled"


def test_resetting_a_members_factor_takes_the_admins_password(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    admin = add_user(live.container, owner, Role.ADMIN)
    member = add_user(live.container, owner, Role.MEMBER)
    codes = enrolled_member(live, member).recovery_codes
    as_admin = live.client(sign_in(live, admin))
    path = f"/api/v1/users/{member.user_id}/mfa-reset"

    assert as_admin.post(path).status_code == 422  # no body: the password is required
    wrong = as_admin.post(path, json={"password": "not my password at all"})
    assert wrong.status_code == 403, wrong.text
    assert wrong.json()["error"]["code"] == "reauthentication_failed"
    assert password_step(live, member).status_code == 200  # still on
    # Whom one may not reset is refused before any password is checked.
    before = _failures(live)
    r = as_admin.post(f"/api/v1/users/{owner.user_id}/mfa-reset", json={"password": "x"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "permission_denied"
    assert _failures(live) == before

    assert as_admin.post(path, json={"password": PASSWORD}).status_code == 204
    assert password_step(live, member).status_code == 201  # the password alone, again
    owner_token = sign_in(live, owner)
    denied = _audit(live, owner_token, "user.mfa_reset_denied")
    assert [(e["object_id"], e["actor_id"]) for e in denied] == [(member.user_id, admin.user_id)]
    assert len(_audit(live, owner_token, "user.mfa_reset")) == 1
    assert codes  # unused: the reset took them with the factor


def test_a_password_reset_link_takes_the_admins_password(live: LiveServer) -> None:
    # The link signs in as the member: a hijacked admin session alone must not mint one.
    owner = create_workspace(live.container, "acme")
    admin = add_user(live.container, owner, Role.ADMIN)
    member = add_user(live.container, owner, Role.MEMBER)
    as_admin = live.client(sign_in(live, admin))
    path = f"/api/v1/users/{member.user_id}/password-reset"

    assert as_admin.post(path).status_code == 422  # no body: the password is required
    wrong = as_admin.post(path, json={"password": "not my password at all"})
    assert wrong.status_code == 403, wrong.text
    assert wrong.json()["error"]["code"] == "reauthentication_failed"
    assert sign_in(live, member)  # the member's password still works: nothing was reset
    # Whom one may not reset is refused before any password is checked.
    before = _failures(live)
    r = as_admin.post(f"/api/v1/users/{owner.user_id}/password-reset", json={"password": "x"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "permission_denied"
    assert _failures(live) == before

    r = as_admin.post(path, json={"password": PASSWORD})
    assert r.status_code == 201 and r.json()["purpose"] == "reset", r.text
    refused = live.client().post(
        "/api/v1/auth/sign-in",
        json={"workspace": member.slug, "email": member.email, "password": PASSWORD},
    )
    assert refused.status_code == 401  # the old password stopped working
    owner_token = sign_in(live, owner)
    denied = _audit(live, owner_token, "user.password_reset_denied")
    assert [(e["object_id"], e["actor_id"]) for e in denied] == [(member.user_id, admin.user_id)]
    assert len(_audit(live, owner_token, "user.password_reset")) == 1


def _guessed_elsewhere(live: LiveServer, m: Member, account: str, count: int) -> None:
    """`count` wrong codes for m's account from an attacker's address, as the throttle keeps
    them (keyed hashes), within the day."""
    with live.container.db.write() as s:
        guess = throttle.guess(s, live.container.keyring, account=account, address="203.0.113.9")
        for _ in range(count):
            throttle.hold(s, guess, now=utcnow())


def test_recovery_codes_outlast_guessed_authenticator_codes(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    member = add_user(live.container, owner, Role.MEMBER)
    enrolled = enrolled_member(live, member)
    # Someone who knows the password spent a day's authenticator codes from elsewhere: 30,
    # the smaller cap that codes of a million values get (ADR 0042, second addendum).
    _guessed_elsewhere(live, member, throttle.second_step_account(member.user_id), 30)
    locked = second_step(live, challenge(live, member), enrolled.code(steps_ahead=1))
    assert locked.status_code == 429, locked.text
    # The real user's recovery code still opens a session: counted apart, with no cap an
    # attacker could spend.
    opened = second_step(live, challenge(live, member), enrolled.recovery_codes[0])
    assert opened.status_code == 201, opened.text
    # Wrong recovery codes are throttled per address like passwords (5 free, then a delay
    # that doubles): the challenges first, so no password step's hashing outlasts it.
    first, second = challenge(live, member), challenge(live, member)
    answers = [second_step(live, first, "aaaa-bbbb-cccc-dddd").status_code for _ in range(5)]
    assert answers == [401] * 5
    waited = second_step(live, second, "aaaa-bbbb-cccc-dddd")
    assert waited.status_code == 429, waited.text
