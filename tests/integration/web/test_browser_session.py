"""The browser's cookie session (ADR 0018) over a real HTTPS server: the cookie's flags, the
token never in the body, CSRF refusals that change nothing, sign-out, throttling."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from callvault.web.browser_session import COOKIE, CSRF_HEADER
from tests.support.live import PASSWORD, LiveServer, Member, create_workspace, serving

CSRF = {CSRF_HEADER: "1"}


def browser(live: LiveServer) -> httpx.Client:
    return live.client()


def browser_sign_in(live: LiveServer, m: Member, client: httpx.Client) -> httpx.Response:
    return client.post(
        "/api/v1/auth/browser/sign-in",
        json={"workspace": m.slug, "email": m.email, "password": PASSWORD},
        headers=CSRF,
    )


def contact_count(live: LiveServer, m: Member, client: httpx.Client) -> int:
    r = client.get("/api/v1/contacts")
    assert r.status_code == 200, r.text
    return len(r.json()["items"])


def test_sign_in_sets_a_host_only_httponly_strict_cookie_and_no_token(live: LiveServer) -> None:
    owner = create_workspace(live.container, "cookie-a")
    client = browser(live)
    r = browser_sign_in(live, owner, client)
    assert r.status_code == 201, r.text
    assert "token" not in r.json()
    assert r.json()["user_id"] == owner.user_id
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=cvs_") or cookie.startswith(f"{COOKIE}=")
    flags = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "secure", "samesite=strict", "path=/"} <= flags
    assert not any(f.startswith("domain=") for f in flags)
    me = client.get("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["email"] == owner.email


def test_sign_in_without_the_csrf_header_is_refused(live: LiveServer) -> None:
    owner = create_workspace(live.container, "cookie-b")
    r = browser(live).post(
        "/api/v1/auth/browser/sign-in",
        json={"workspace": owner.slug, "email": owner.email, "password": PASSWORD},
    )
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "csrf_rejected"
    assert "set-cookie" not in r.headers


def test_cross_site_unsafe_requests_riding_the_cookie_change_nothing(live: LiveServer) -> None:
    owner = create_workspace(live.container, "cookie-c")
    client = browser(live)
    assert browser_sign_in(live, owner, client).status_code == 201
    body = {"name": "Forged"}
    # A form post from another site: no custom header (a browser cannot add one cross-site).
    no_header = client.post("/api/v1/contacts", json=body)
    assert no_header.status_code == 403
    assert no_header.json()["error"]["code"] == "csrf_rejected"
    # The header, but sent from a page of another origin.
    foreign = client.post(
        "/api/v1/contacts", json=body, headers={**CSRF, "origin": "https://evil.example"}
    )
    assert foreign.status_code == 403
    assert contact_count(live, owner, client) == 0
    # The app itself: header and its own origin.
    ok = client.post("/api/v1/contacts", json=body, headers={**CSRF, "origin": live.base_url})
    assert ok.status_code == 201, ok.text
    assert contact_count(live, owner, client) == 1


def test_bearer_clients_need_no_csrf_header(live: LiveServer) -> None:
    owner = create_workspace(live.container, "cookie-d")
    r = live.client().post(
        "/api/v1/auth/sign-in",
        json={"workspace": owner.slug, "email": owner.email, "password": PASSWORD},
    )
    token = r.json()["token"]
    created = live.client(token).post("/api/v1/contacts", json={"name": "Via bearer"})
    assert created.status_code == 201


def test_sign_out_ends_the_session_and_clears_the_cookie(live: LiveServer) -> None:
    owner = create_workspace(live.container, "cookie-e")
    client = browser(live)
    assert browser_sign_in(live, owner, client).status_code == 201
    stolen = client.cookies.get(COOKIE)
    assert stolen
    out = client.post("/api/v1/auth/browser/sign-out", headers=CSRF)
    assert out.status_code == 204
    assert f"{COOKIE}=" in out.headers["set-cookie"]
    assert "max-age=0" in out.headers["set-cookie"].lower()
    # The token itself is dead, not just forgotten by this browser.
    replay = live.client().get("/api/v1/me", headers={"cookie": f"{COOKIE}={stolen}"})
    assert replay.status_code == 401
    assert replay.json()["error"]["code"] in {"unauthenticated", "session_expired"}


def test_throttled_browser_sign_in_says_when_to_retry(database_url: str, data_dir: Path) -> None:
    # A first delay long enough that a slow machine cannot outwait it between two guesses.
    with serving(
        database_url, data_dir, signin_free_failures_per_pair=2, signin_first_delay_seconds=60
    ) as live:
        owner = create_workspace(live.container, "cookie-f")
        client = browser(live)
        wrong = {"workspace": owner.slug, "email": owner.email, "password": "not the password"}
        codes = [
            client.post("/api/v1/auth/browser/sign-in", json=wrong, headers=CSRF).status_code
            for _ in range(3)
        ]
        assert codes[:2] == [401, 401]
        assert codes[2] == 429
        r = client.post("/api/v1/auth/browser/sign-in", json=wrong, headers=CSRF)
        assert r.status_code == 429
        assert int(r.headers["retry-after"]) >= 1
        assert r.json()["error"]["code"] == "sign_in_throttled"


@pytest.mark.parametrize("origin", ["https://evil.example", "null"])
def test_sign_in_from_another_origin_is_refused(live: LiveServer, origin: str) -> None:
    owner = create_workspace(live.container, f"cookie-o{len(origin)}")
    r = browser(live).post(
        "/api/v1/auth/browser/sign-in",
        json={"workspace": owner.slug, "email": owner.email, "password": PASSWORD},
        headers={**CSRF, "origin": origin},
    )
    assert r.status_code == 403
    assert "set-cookie" not in r.headers
