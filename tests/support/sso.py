"""Single sign-on as a browser does it, over real HTTPS to callvault and real HTTP to the
test provider (oidc_provider.py): every redirect followed by hand, cookies kept per client."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx

from tests.support.live import PASSWORD, LiveServer, Member
from tests.support.oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider


def configure(
    live: LiveServer, owner: Member, provider: Provider, *, enabled: bool = True
) -> httpx.Response:
    r = live.client(owner.token).put(
        "/api/v1/workspace/sso",
        json={
            "issuer": provider.issuer,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "allowed_domains": [f"{owner.slug}.example.com"],
            "label": "Test IdP",
            "enabled": enabled,
            "password": PASSWORD,  # the owner's, again (ADR 0043, addendum)
        },
    )
    assert r.status_code == 200, r.text
    return r


def to_provider(browser: httpx.Client, slug: str) -> str:
    """The start: the provider's authorize URL (the binding cookie is now in browser)."""
    r = browser.get(f"/api/v1/auth/sso/{slug}/start")
    assert r.status_code == 303, r.text
    return r.headers["location"]


def through_provider(authorize_url: str) -> str:
    """The provider approves at once: the callback URL it sends the browser back to."""
    r = httpx.get(authorize_url, timeout=10)
    assert r.status_code == 302, r.text
    return r.headers["location"]


def back(browser: httpx.Client, callback_url: str) -> httpx.Response:
    parts = urlsplit(callback_url)
    r = browser.get(f"{parts.path}?{parts.query}")
    assert r.status_code == 303, r.text
    return r


def sso_sign_in(browser: httpx.Client, slug: str) -> httpx.Response:
    """The whole round trip; the last answer (callvault's redirect into the app or not)."""
    return back(browser, through_provider(to_provider(browser, slug)))


def refusal(r: httpx.Response) -> str | None:
    """The reason on the sign-in page a refusal redirects to; None for anything else."""
    parts = urlsplit(r.headers["location"])
    if parts.path != "/sign-in":
        return None
    return parse_qs(parts.query).get("sso_error", [None])[0]


def signed_in_user(browser: httpx.Client) -> str | None:
    r = browser.get("/api/v1/auth/browser/session")
    assert r.status_code == 200, r.text
    user = r.json()["user"]
    return None if user is None else str(user["id"])
