"""Switches, counts and rates in request bodies are taken only as what they are: `"false"`,
`0` or `"yes"` for a yes/no, `"5"` for a count, `"0.5"` for a rate answer 422 and change
nothing. Lax parsing turned `"dry_run": "no"` into a real deletion and `"shared": "false"`
into a personal contact: a client's mistake must be an error, not a guess."""

from __future__ import annotations

import pytest

from tests.support.live import LiveServer, create_workspace, sign_in

pytestmark = pytest.mark.slow

# (method, path, a valid body, the field, values refused)
CASES: list[tuple[str, str, dict[str, object], str, tuple[object, ...]]] = [
    (
        "POST",
        "/api/v1/contacts/bulk-delete",
        {"filter": {"scope": "shared"}, "dry_run": True, "expected_count": 0},
        "dry_run",
        ("false", 0, "no"),
    ),
    (
        "POST",
        "/api/v1/calls/bulk-delete",
        {"filter": {"tag": "none"}, "dry_run": True, "expected_count": 0},
        "dry_run",
        ("false", 0),
    ),
    (
        "POST",
        "/api/v1/workspace/closure",
        {"password": "whatever it is", "dry_run": True},
        "dry_run",
        ("true", 1),
    ),
    (
        "PUT",
        "/api/v1/consent/workspace",
        {"setting": "ai_training", "allowed": False},
        "allowed",
        ("false", 0, "off"),
    ),
    ("POST", "/api/v1/contacts", {"name": "Ann", "shared": True}, "shared", ("true", 1)),
    ("POST", "/api/v1/intelligence/search", {"q": "refund", "limit": 5}, "limit", ("5", 5.5)),
    ("POST", "/api/v1/chat/search", {"q": "refund", "limit": 5}, "limit", ("5", True)),
    ("POST", "/api/v1/review/samples", {"rate": 1}, "rate", ("0.5", True)),
]


def test_yes_no_counts_and_rates_are_refused_in_any_other_shape(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    api = live.client(sign_in(live, owner))
    for method, path, body, field, values in CASES:
        for value in values:
            r = api.request(method, path, json={**body, field: value})
            assert r.status_code == 422, (path, field, value, r.text)
            assert r.json()["error"]["code"] == "validation_error", (path, value)
            assert field in r.text, (path, value)
    # Nothing was created or changed by the refused bodies; the right shapes are taken.
    assert api.get("/api/v1/contacts").json()["items"] == []
    assert api.post("/api/v1/contacts", json={"name": "Ann", "shared": True}).status_code == 201
    assert api.post("/api/v1/intelligence/search", json={"q": "refund", "limit": 5}).is_success


def test_query_string_switches_are_true_or_false_only(live: LiveServer) -> None:
    """`?unread=no` read as true (pydantic's lax bool takes "no" as false, but "1", "on", "y"
    as true): a query switch takes the two words its schema names, anything else is a 422
    that names it, and an import refused so creates nothing."""
    owner = create_workspace(live.container, "acme")
    api = live.client(sign_in(live, owner))
    for value in ("1", "0", "yes", "no", "on", "True", ""):
        r = api.get("/api/v1/voicemail/messages", params={"unread": value})
        assert r.status_code == 422, (value, r.text)
        assert r.json()["error"]["code"] == "validation_error" and "unread" in r.text, r.text
        r = api.post(
            "/api/v1/contacts/import",
            params={"shared": value},
            content=b"name\nAnn\n",
            headers={"content-type": "text/csv"},
        )
        assert r.status_code == 422 and "shared" in r.text, (value, r.text)
    assert api.get("/api/v1/contacts").json()["items"] == []
    for value in ("true", "false"):
        r = api.get("/api/v1/voicemail/messages", params={"unread": value})
        assert r.status_code == 200, r.text
    r = api.post(
        "/api/v1/contacts/import",
        params={"shared": "true"},
        content=b"name\nAnn\n",
        headers={"content-type": "text/csv"},
    )
    assert r.status_code == 200 and r.json()["created"] == 1, r.text
