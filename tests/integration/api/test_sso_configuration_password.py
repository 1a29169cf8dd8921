"""Saving the single sign-on settings takes the acting owner's password (ADR 0043,
addendum): whoever sets the provider can sign in as anyone of the workspace, so a hijacked
owner session alone must not repoint it — over real HTTPS, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from callvault.core.permissions import Role
from callvault.identity.models import SignInFailure
from tests.support.live import PASSWORD, LiveServer, add_user, create_workspace, sign_in

pytestmark = pytest.mark.slow

PATH = "/api/v1/workspace/sso"
CONFIG = {
    "issuer": "https://idp.example.com",
    "client_id": "callvault",
    "client_secret": "a client secret",
    "allowed_domains": ["acme.example.com"],
    "label": "Acme IdP",
    "enabled": True,
}


def _failures(live: LiveServer) -> int:
    with live.container.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(SignInFailure)) or 0)


def _audit(live: LiveServer, token: str, action: str) -> list[dict[str, object]]:
    r = live.client(token).get("/api/v1/audit", params={"action": action})
    assert r.status_code == 200, r.text
    entries: list[dict[str, object]] = r.json()["entries"]
    return entries


def test_saving_takes_the_owners_password(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    token = sign_in(live, owner)
    api = live.client(token)
    before = _failures(live)

    missing = api.put(PATH, json=CONFIG)
    assert missing.status_code == 403, missing.text
    assert missing.json()["error"]["code"] == "reauthentication_failed"
    assert missing.json()["error"]["field"] == "password"
    assert _failures(live) == before  # nothing guessed, nothing counted
    wrong = api.put(PATH, json=CONFIG | {"password": "not my password at all"})
    assert wrong.status_code == 403, wrong.text
    assert wrong.json()["error"]["code"] == "reauthentication_failed"
    assert _failures(live) == before + 1  # counted like any password guess
    # Refused before anything was written.
    assert api.get(PATH).json()["configured"] is False
    denied = _audit(live, token, "sso.configure_denied")
    assert len(denied) == 2
    assert all(e["actor_id"] == owner.user_id for e in denied)
    assert all(e["details"] == {"reason": "reauthentication_failed"} for e in denied)
    assert _audit(live, token, "sso.configure") == []

    saved = api.put(PATH, json=CONFIG | {"password": PASSWORD})
    assert saved.status_code == 200, saved.text
    assert saved.json()["issuer"] == CONFIG["issuer"] and saved.json()["enabled"] is True
    assert len(_audit(live, token, "sso.configure")) == 1

    # Every save, not only the first: a new issuer, a new label, turning it off.
    for change in (
        {"issuer": "https://evil.example.net"},
        {"label": "Another label"},
        {"enabled": False},
    ):
        r = api.put(PATH, json=CONFIG | change)
        assert r.status_code == 403, (change, r.text)
        assert r.json()["error"]["code"] == "reauthentication_failed"
    kept = api.get(PATH).json()
    assert (kept["issuer"], kept["label"], kept["enabled"]) == (
        CONFIG["issuer"],
        CONFIG["label"],
        True,
    )
    assert len(_audit(live, token, "sso.configure")) == 1


def test_wrong_passwords_are_throttled(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    api = live.client(sign_in(live, owner))
    for _ in range(30):
        r = api.put(PATH, json=CONFIG | {"password": "still not my password"})
        if r.status_code == 429:
            break
        assert r.status_code == 403, r.text
    assert r.status_code == 429 and r.json()["error"]["code"] == "sign_in_throttled"
    assert api.get(PATH).json()["configured"] is False


def test_who_may_not_configure_is_refused_before_the_password(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    admin = add_user(live.container, owner, Role.ADMIN)
    as_admin = live.client(sign_in(live, admin))
    before = _failures(live)
    r = as_admin.put(PATH, json=CONFIG | {"password": "a guess at someone's password"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "permission_denied"
    assert _failures(live) == before
    assert _audit(live, sign_in(live, owner), "sso.configure_denied") == []
