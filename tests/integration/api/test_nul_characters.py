"""A NUL character in a query value or a JSON body is a clear 422 on every backend, never a
500 from PostgreSQL (which cannot store one in text), and nothing is written."""

from __future__ import annotations

import pytest

from tests.support.live import LiveServer, create_workspace, sign_in

pytestmark = pytest.mark.slow


def test_nul_characters_are_refused_everywhere(live: LiveServer) -> None:
    owner = create_workspace(live.container, "nul")
    client = live.client(sign_in(live, owner))
    anonymous = live.client()

    r = anonymous.post(
        "/api/v1/auth/sign-in",
        json={"workspace": "\x00nul", "email": "a@b.co", "password": "x"},
    )
    assert r.status_code == 422 and r.json()["error"]["code"] == "nul_character", r.text

    r = client.post("/api/v1/groups", json={"name": "a\x00b"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "nul_character", r.text
    assert client.get("/api/v1/groups").json() == []

    r = client.get("/api/v1/audit", params={"action": "a\x00b"})
    assert r.status_code == 422, r.text
    assert r.json()["error"] == {
        "code": "nul_character",
        "message": "Text may not contain NUL characters.",
        "parameters": ["action"],
    }

    # An escaped backslash before "u0000" is text, not a NUL.
    r = client.post("/api/v1/groups", json={"name": "a\\u0000b"})
    assert r.status_code == 201 and r.json()["name"] == "a\\u0000b", r.text
