"""Two `callvault serve` processes on one data directory and database, as N HTTP workers are:
whatever one of them (or any other process) changes about who may do what, or about a
workspace's keys, holds on the very next request to the other, although both cache resolved
tokens and workspace keys (ADR 0017)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from callvault.comms.contacts.models import Contact
from callvault.core.permissions import Role
from callvault.crypto import aead
from callvault.web.tls import ensure_certificate
from callvault.wiring import Container
from tests.support.databases import empty_all_tables
from tests.support.live import PASSWORD, Member, add_user, create_workspace, make_container
from tests.support.serve_beside import ServeProcess, serve_process

pytestmark = pytest.mark.slow


@dataclass
class Pair:
    container: Container  # this test process: a third process on the same data directory
    a: ServeProcess
    b: ServeProcess


@pytest.fixture(scope="module")
def pair(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    data_dir = tmp_path_factory.mktemp("two-servers") / "data"
    c = make_container(database_url, data_dir)
    ensure_certificate(c.settings)  # made once, before two processes could race to make it
    try:
        with (
            serve_process(data_dir, database_url, name="a") as a,
            serve_process(data_dir, database_url, name="b") as b,
        ):
            yield Pair(c, a, b)
    finally:
        empty_all_tables(c.db)
        c.close()


def _sign_in(server: ServeProcess, m: Member) -> str:
    with server.client() as client:
        r = client.post(
            "/api/v1/auth/sign-in",
            json={"workspace": m.slug, "email": m.email, "password": PASSWORD},
        )
    assert r.status_code == 201, r.text
    token: str = r.json()["token"]
    return token


def _status(server: ServeProcess, token: str, path: str = "/api/v1/me") -> int:
    with server.client(token) as client:
        return client.get(path).status_code


def _warm(server: ServeProcess, *tokens: str) -> None:
    """Get the tokens cached: a process trusts a token's cache entry from its second request
    on (the first only tells it which workspace's epoch to read before the next load)."""
    for token in tokens:
        assert [_status(server, token) for _ in range(2)] == [200, 200]


def test_sign_out_and_revokes_through_one_process_fail_the_next_request_to_another(
    pair: Pair,
) -> None:
    owner = create_workspace(pair.container, "revokes")
    member = add_user(pair.container, owner, Role.MEMBER)
    owner_token = _sign_in(pair.a, owner)
    first, second, third = (_sign_in(pair.a, member) for _ in range(3))
    _warm(pair.a, first, second, third, owner_token)
    _warm(pair.b, first, second, third, owner_token)

    with pair.a.client(first) as client:
        assert client.post("/api/v1/auth/sign-out").status_code == 204
    assert _status(pair.b, first) == 401
    assert _status(pair.b, second) == 200  # only that session went

    with pair.a.client(second) as client:
        sessions = client.get("/api/v1/sessions").json()
        other = next(s["id"] for s in sessions if not s["current"])
        assert client.delete(f"/api/v1/sessions/{other}").status_code == 204
    assert {_status(pair.b, second), _status(pair.b, third)} == {200, 401}

    with pair.a.client(owner_token) as client:
        created = client.post("/api/v1/tokens", json={"name": "pbx", "scopes": ["users.read"]})
        assert created.status_code == 201, created.text
        api_token = created.json()["token"]
        _warm(pair.b, api_token)
        assert client.delete(f"/api/v1/tokens/{created.json()['id']}").status_code == 204
    assert _status(pair.b, api_token) == 401


def test_role_changes_and_disabling_through_one_process_hold_at_once_on_another(
    pair: Pair,
) -> None:
    owner = create_workspace(pair.container, "roles")
    member = add_user(pair.container, owner, Role.MEMBER)
    owner_token, token = _sign_in(pair.a, owner), _sign_in(pair.a, member)
    _warm(pair.b, token)
    assert _status(pair.b, token, "/api/v1/audit") == 403
    with pair.a.client(owner_token) as admin:
        r = admin.patch(f"/api/v1/users/{member.user_id}", json={"role": "auditor"})
        assert r.status_code == 200, r.text
        with pair.b.client(token) as client:
            assert client.get("/api/v1/me").json()["role"] == "auditor"
            assert client.get("/api/v1/audit").status_code == 200
        r = admin.patch(f"/api/v1/users/{member.user_id}", json={"role": "member"})
        assert r.status_code == 200, r.text
        assert _status(pair.b, token, "/api/v1/audit") == 403
        assert _status(pair.b, token) == 200
        assert admin.post(f"/api/v1/users/{member.user_id}/disable").status_code == 200
    assert _status(pair.b, token) == 401


def test_key_rotation_and_shredding_elsewhere_reach_a_process_with_warm_keys(pair: Pair) -> None:
    owner = create_workspace(pair.container, "keys")
    token = _sign_in(pair.a, owner)
    with pair.a.client(token) as a, pair.b.client(token) as b:
        before = b.post("/api/v1/contacts", json={"name": "Before Rotation"})
        assert before.status_code == 201, before.text
        _warm(pair.b, token)  # B's token and cipher are cached
        rotated = a.post("/api/v1/keys/rotate")
        assert rotated.status_code == 200, rotated.text
        new_version = rotated.json()["content_version"]
        assert new_version == 2

        # B seals under the new content version at once, and reads what A sealed under it.
        after_b = b.post("/api/v1/contacts", json={"name": "After Rotation B"})
        after_a = a.post("/api/v1/contacts", json={"name": "After Rotation A"})
        assert after_b.status_code == after_a.status_code == 201
        assert _sealed_version(pair.container, after_b.json()["id"]) == new_version
        assert b.get(f"/api/v1/contacts/{after_a.json()['id']}").json()["name"] == (
            "After Rotation A"
        )
        assert a.get(f"/api/v1/contacts/{after_b.json()['id']}").status_code == 200
        assert b.get(f"/api/v1/contacts/{before.json()['id']}").status_code == 200

        # Shredded by a third process (this one); the workspace row stays open, so only the
        # keys stand between B and the data it has just read.
        with pair.container.db.write() as s:
            pair.container.keyring.shred_workspace(s, owner.workspace_id)
        gone = b.get(f"/api/v1/contacts/{before.json()['id']}")
        assert gone.status_code == 410, gone.text
        assert gone.json()["error"]["code"] == "key_destroyed"
        assert b.get("/api/v1/me").status_code == 410


def _sealed_version(c: Container, contact_id: str) -> int:
    with c.db.read() as s:
        sealed = s.scalars(select(Contact.card_sealed).where(Contact.id == contact_id)).one()
    return aead.sealed_version(sealed)
