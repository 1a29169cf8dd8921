"""The browser's session: an HttpOnly cookie instead of a bearer header, with CSRF defence.

The web app never sees its session token: `POST /auth/browser/sign-in` sets it in a
`__Host-` cookie (Secure, HttpOnly, SameSite=Strict, Path=/, no Domain), so script on the page
(or injected into it) cannot read it, and no other site's page can make the browser send it.
SameSite=Strict alone would leave sibling subdomains ("same site") able to post; so every
unsafe request that authenticates by cookie must also carry the custom header `X-Callvault-CSRF`
(a cross-origin page cannot add one without a CORS preflight, which this server never allows)
and, when the browser sends an `Origin`, it must be this server's own. API clients keep
sending `Authorization: Bearer`, which wins over a cookie and needs neither (ADR 0018).
"""

from __future__ import annotations

from datetime import datetime

from fastapi import Request, Response

from callvault.core.clock import utcnow
from callvault.core.errors import PermissionDenied

COOKIE = "__Host-callvault_session"
CSRF_HEADER = "x-callvault-csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class CsrfRejected(PermissionDenied):
    code = "csrf_rejected"
    # Nobody is signed in yet when a forged request is refused; nothing to record against.
    audit_denial = False


def cookie_token(request: Request) -> str | None:
    token = request.cookies.get(COOKIE)
    return token.strip() if token and token.strip() else None


def check_csrf(request: Request) -> None:
    """Refuse an unsafe cookie-authenticated request that a page of another origin could
    have sent (see the module docstring)."""
    if request.method in SAFE_METHODS:
        return
    if request.headers.get(CSRF_HEADER) != "1":
        raise CsrfRejected(f"Browser requests that change something must send '{CSRF_HEADER}: 1'.")
    origin = request.headers.get("origin")
    if origin is not None and origin != own_origin(request):
        raise CsrfRejected("This request came from a page of another origin.")


def own_origin(request: Request) -> str:
    host = request.headers.get("host", "")
    return f"{request.url.scheme}://{host}"


def set_cookie(response: Response, token: str, expires_at: datetime) -> None:
    max_age = max(0, int((expires_at - utcnow()).total_seconds()))
    response.set_cookie(
        COOKIE, token, max_age=max_age, path="/", secure=True, httponly=True, samesite="strict"
    )


def clear_cookie(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/", secure=True, httponly=True, samesite="strict")
