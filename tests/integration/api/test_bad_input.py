"""Bad input gets a clear 4xx with a stable code and leaves nothing half-written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from callvault.audit.models import AuditEvent
from callvault.identity.models import User
from tests.support.live import LiveServer, create_workspace, sign_in

pytestmark = pytest.mark.slow

NASTY = [
    "Robert'); DROP TABLE users;--",
    "<script>alert(1)</script>",
    '" OR 1=1 --',
    "%' AND 1=0 UNION SELECT token_hash FROM device_sessions --",
    "\\x00 nul \u0000 and ünïcödé ✓",
]


@pytest.fixture
def owner_client(live: LiveServer):
    owner = create_workspace(live.container, "acme")
    return live.client(sign_in(live, owner))


def counts(live: LiveServer) -> tuple[int, int]:
    with live.container.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(User)) or 0,
            s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def test_malformed_json(live: LiveServer, owner_client) -> None:
    before = counts(live)
    r = owner_client.post(
        "/api/v1/users",
        content=b'{"email": "a@b.co", "name": ',
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "malformed_json"
    assert counts(live) == before


@pytest.mark.parametrize(
    "body",
    [
        {"email": 12, "name": "x"},
        {"email": "a@b.co", "name": ["x"]},
        {"email": "a@b.co", "name": "x", "role": "emperor"},
        {"email": "a@b.co", "name": "x", "is_admin": True},  # unknown field
        {"email": "a@b.co"},
        {"email": "a@b.co", "name": ""},
        {"email": "a@b.co", "name": "x" * 121},
        [],
        "just a string",
    ],
)
def test_wrong_types_unknown_and_missing_fields(live: LiveServer, owner_client, body) -> None:
    before = counts(live)
    r = owner_client.post("/api/v1/users", json=body)
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["code"] == "validation_error" and err["errors"]
    assert counts(live) == before


def test_validation_errors_never_echo_passwords(live: LiveServer) -> None:
    secret = "hunter2-very-secret-value"
    r = live.client().post(
        "/api/v1/auth/sign-in",
        json={"workspace": "x", "email": 5, "password": secret, "bogus": secret},
    )
    assert r.status_code == 422 and secret not in r.text


@pytest.mark.parametrize("email", ["no-at-sign", "a@b", "two@@x.com", "a b@c.com", "a@-x.com"])
def test_invalid_email(live: LiveServer, owner_client, email: str) -> None:
    before = counts(live)
    r = owner_client.post("/api/v1/users", json={"email": email, "name": "x"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_email"
    assert counts(live) == before


def test_oversized_body(live: LiveServer, owner_client) -> None:
    before = counts(live)
    big = {"email": "a@b.co", "name": "x" * (2 * 1024 * 1024)}
    r = owner_client.post("/api/v1/users", json=big)
    assert r.status_code == 413 and r.json()["error"]["code"] == "payload_too_large"

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(40):
            yield b"x" * 65536

    r = owner_client.post(
        "/api/v1/users", content=chunks(), headers={"content-type": "application/json"}
    )
    assert r.status_code == 413
    assert counts(live) == before


@pytest.mark.parametrize(
    "header",
    [
        "Bearer nonsense",
        "Bearer cvs_" + "A" * 43,
        "Basic dXNlcjpwYXNz",
        "",
        "Bearer",
        "Bearer cvs_" + "'; DROP TABLE device_sessions; --",
    ],
)
def test_bad_tokens(live: LiveServer, header: str) -> None:
    r = live.client().get("/api/v1/me", headers={"authorization": header} if header else {})
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthenticated"
    # RFC 7235 §3.1 / RFC 6750 §3: every 401 names the scheme; a sent token is called invalid.
    challenge = 'Bearer realm="callvault"'
    if header.startswith("Bearer "):
        challenge += ', error="invalid_token"'
    assert r.headers["www-authenticate"] == challenge


def test_wrong_password_401_carries_a_challenge(live: LiveServer) -> None:
    m = create_workspace(live.container, "acme")
    r = live.client().post(
        "/api/v1/auth/sign-in",
        json={"workspace": m.slug, "email": m.email, "password": "not-the-password-42"},
    )
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == 'Bearer realm="callvault"'


@pytest.mark.parametrize("value", NASTY)
def test_metacharacters_are_stored_verbatim(live: LiveServer, owner_client, value: str) -> None:
    value = value.replace("\u0000", "")  # JSON strings may carry NUL; names may not
    r = owner_client.post("/api/v1/users", json={"email": "meta@acme.example.com", "name": value})
    assert r.status_code == 201, r.text
    got = owner_client.get(f"/api/v1/users/{r.json()['id']}").json()
    assert got["name"] == value
    r = owner_client.post("/api/v1/groups", json={"name": value})
    assert r.status_code == 201 and r.json()["name"] == value
    assert owner_client.patch("/api/v1/workspace", json={"name": value}).json()["name"] == value
    # Query-string filters take metacharacters as data too.
    r = owner_client.get("/api/v1/audit", params={"action": value[:60], "actor_id": value[:60]})
    assert r.status_code == 200 and r.json()["entries"] == []
    assert owner_client.get("/api/v1/users").status_code == 200


def test_unknown_ids_and_routes(live: LiveServer, owner_client) -> None:
    for path in (
        "/api/v1/users/00000000-0000-7000-8000-000000000000",
        "/api/v1/users/not-a-uuid",
        "/api/v1/groups/' OR 1=1 --",
    ):
        r = owner_client.get(path)
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert owner_client.get("/api/v1/nope").json()["error"]["code"] == "not_found"
    r = owner_client.put("/api/v1/users")
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"


def test_duplicate_email_leaves_nothing_half_written(live: LiveServer, owner_client) -> None:
    body = {"email": "dup@acme.example.com", "name": "Dup"}
    assert owner_client.post("/api/v1/users", json=body).status_code == 201
    before = counts(live)
    r = owner_client.post("/api/v1/users", json={**body, "email": "DUP@acme.example.com"})
    assert r.status_code == 409 and r.json()["error"]["code"] == "email_taken"
    assert counts(live) == before
