"""Invitations and admin password resets over real HTTPS: a user added without a password
gets a one-time, expiring link (only its hash at rest); re-sending replaces it; an admin's
reset signs the user out, voids the old password and keeps their API tokens; owners are
reset only by owners; every step is audited."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
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

    r = live.client(sign_in(live, admin)).post(
        f"/api/v1/users/{member.user_id}/password-reset", json={"password": PASSWORD}
    )
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
        r = as_admin.post(
            f"/api/v1/users/{target.user_id}/password-reset", json={"password": PASSWORD}
        )
        assert r.status_code == 403 and r.json()["error"]["code"] == "permission_denied"
    invited_admin = _invite(live, owner.token, "boss2@acme.example.com", "admin").json()
    r = as_admin.post(f"/api/v1/users/{invited_admin['id']}/invitation")
    assert r.status_code == 403
    # Owners may; and the owners' accounts were left alone by the refusals.
    assert as_owner.post(f"/api/v1/users/{invited_admin['id']}/invitation").status_code == 201
    assert (
        as_owner.post(
            f"/api/v1/users/{second_owner.user_id}/password-reset", json={"password": PASSWORD}
        ).status_code
        == 201
    )
    assert as_owner.get("/api/v1/me").status_code == 200
    assert _sign_in(live, "acme", other_admin.email, PASSWORD).status_code == 201
    # A member cannot issue links at all.
    member = add_user(live.container, owner, Role.MEMBER)
    as_member = live.client(sign_in(live, member))
    assert (
        as_member.post(
            f"/api/v1/users/{member.user_id}/password-reset", json={"password": PASSWORD}
        ).status_code
        == 403
    )


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


# --- checking a link before using it ---------------------------------------------------


def _check(live: LiveServer, body: Any, *, address: str | None = None) -> httpx.Response:
    return live.client(address=address).post("/api/v1/invitations/check", json=body)


def test_a_check_says_what_a_live_link_is_for_and_leaves_it_usable(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme", name="Acme Plumbing")
    invited = _invite(live, sign_in(live, owner), "nia@acme.example.com").json()
    token = _token_of(invited["invitation"]["url"])

    for _ in range(2):  # asking twice uses nothing
        r = _check(live, {"token": token})
        assert r.status_code == 200, r.text
        assert r.json() == {
            "purpose": "invite",
            "workspace": "acme",
            "workspace_name": "Acme Plumbing",
            "email": "nia@acme.example.com",
            "expires_at": invited["invitation"]["expires_at"],
        }
    with live.container.db.read() as s:
        assert s.scalars(select(Invitation.used_at)).one() is None
    # A live check changes nothing, so it is not audited.
    about_nia = [e["action"] for e in _actions(live, owner) if e["object_id"] == invited["id"]]
    assert sorted(about_nia) == ["invitation.create", "user.create"]

    assert _accept(live, token).status_code == 204
    assert _sign_in(live, "acme", "nia@acme.example.com", NEW_PASSWORD).status_code == 201
    spent = _check(live, {"token": token})
    assert spent.status_code == 404 and spent.json()["error"]["code"] == "invitation_invalid"
    # A genuine, spent link checked is audited as accepting it is (it may have leaked).
    refused = [e for e in _actions(live, owner) if e["action"] == "invitation.invalid_use"]
    assert [e["details"] for e in refused] == [
        {"invitation_id": invited["invitation"]["id"], "reason": "used", "step": "check"}
    ]


def test_a_check_of_a_reset_link_names_the_account(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    member = add_user(live.container, owner, Role.MEMBER)
    link = live.client(sign_in(live, owner)).post(
        f"/api/v1/users/{member.user_id}/password-reset", json={"password": PASSWORD}
    )
    token = _token_of(link.json()["url"])
    r = _check(live, {"token": token})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["purpose"], body["workspace"], body["email"]) == ("reset", "acme", member.email)
    assert body["workspace_name"] == "acme Inc"
    assert _accept(live, token).status_code == 204


def test_a_check_refuses_unknown_replaced_and_expired_links_as_accept_does(
    live: LiveServer,
) -> None:
    owner = create_workspace(live.container, "acme")
    as_owner = live.client(sign_in(live, owner))
    first = _invite(live, owner.token, "nia@acme.example.com").json()
    replaced = _token_of(first["invitation"]["url"])
    current = _token_of(as_owner.post(f"/api/v1/users/{first['id']}/invitation").json()["url"])
    unknown = "cvi_" + "0" * 32 + "A" * 43
    forged = current[:-1] + ("A" if current[-1] != "A" else "B")
    for token in (unknown, forged, replaced, "not a token", "cvi_" + "é" * 75):
        checked, accepted = _check(live, {"token": token}), _accept(live, token)
        assert checked.status_code == accepted.status_code == 404, (token, checked.text)
        assert checked.json() == accepted.json()  # not told apart any further than accept
    with live.container.db.write() as s:
        s.execute(update(Invitation).values(expires_at=utcnow() - timedelta(seconds=1)))
    expired = _check(live, {"token": current})
    assert expired.status_code == 410 and expired.json()["error"]["code"] == "invitation_expired"
    assert _check(live, {"token": current}).json() == _accept(live, current).json()
    entries = [e for e in _actions(live, owner) if e["action"] == "invitation.expired_use"]
    assert sorted(e["details"]["step"] for e in entries) == ["accept", "check", "check"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "token"),
        ({"token": ""}, "token"),
        ({"token": "cvi_" + "a" * 100_000}, "token"),  # under the body limit, over the token's
        ({"token": 12345}, "token"),
        ({"token": None}, "token"),
        ({"token": ["cvi_"]}, "token"),
        ({"token": {"value": "cvi_"}}, "token"),
        ({"token": "cvi_x", "password": "extra"}, "password"),
        ([], None),
        ("cvi_x", None),
    ],
)
def test_a_check_with_a_bad_body_is_a_clear_422(
    live: LiveServer, body: Any, field: str | None
) -> None:
    r = _check(live, body)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "validation_error"
    if field is not None:
        assert [e["loc"] for e in error["errors"]] == [["body", field]]
    assert "cvi_" not in r.text  # what was sent is never echoed


def test_a_check_that_is_not_json_is_a_400(live: LiveServer) -> None:
    r = live.client().post(
        "/api/v1/invitations/check",
        content=b'{"token": ',
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "malformed_json"


def test_checks_count_against_the_addresss_rate_limit(database_url: str, data_dir: Path) -> None:
    # The one per-address limit every route but the probes shares (sign-in and accept
    # included). Per hour: no window's end within the test.
    with serving(database_url, data_dir, rate_limit="5/hour") as live:
        unknown = {"token": "cvi_" + "0" * 32 + "A" * 43}
        client = live.client(address="127.0.0.2")
        codes = [client.post("/api/v1/invitations/check", json=unknown) for _ in range(7)]
        assert [r.status_code for r in codes] == [404] * 5 + [429] * 2
        assert codes[-1].json()["error"]["code"] == "rate_limited"
        assert int(codes[-1].headers["retry-after"]) >= 1
        # Accepting from that address is held too; another address is not.
        assert _accept_from(live, "127.0.0.2", unknown["token"]).status_code == 429
        assert _check(live, unknown, address="127.0.0.3").status_code == 404


def _accept_from(live: LiveServer, address: str, token: str) -> httpx.Response:
    return live.client(address=address).post(
        "/api/v1/invitations/accept", json={"token": token, "password": NEW_PASSWORD}
    )


class _Lines(logging.Handler):
    """Every record, formatted with its traceback, as a handler of these loggers sees it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextmanager
def _server_logs() -> Iterator[_Lines]:
    """The access and error logs of the live server (they do not propagate to the root) and
    every other logger's records, at DEBUG, while the block runs."""
    lines = _Lines()
    loggers = [logging.getLogger(n) for n in ("", "uvicorn.access", "uvicorn.error")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(lines)
        logger.setLevel(logging.DEBUG)
    try:
        yield lines
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(lines)
            logger.setLevel(level)


def test_a_check_never_logs_the_token_or_the_email(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    email = "nia.secret@acme.example.com"
    invited = _invite(live, sign_in(live, owner), email).json()
    token = _token_of(invited["invitation"]["url"])
    verifier = token[len("cvi_") + 32 :]
    with _server_logs() as logs:
        assert _check(live, {"token": token}).status_code == 200
        assert _check(live, {"token": token + "x"}).status_code == 404
        assert _check(live, {"token": [token, email]}).status_code == 422
        assert _accept(live, token).status_code == 204
        assert _check(live, {"token": token}).status_code == 404  # spent: audited
        with live.container.db.write() as s:
            s.execute(update(Invitation).values(used_at=None))
            s.execute(update(Invitation).values(expires_at=utcnow() - timedelta(seconds=1)))
        assert _check(live, {"token": token}).status_code == 410
    text = "\n".join(logs.lines)
    assert "POST /api/v1/invitations/check" in text  # the access log was captured...
    for secret in (token, verifier, email, email.replace("@", "%40")):
        assert secret not in text  # ...but neither the link nor whose it is
