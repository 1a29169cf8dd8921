"""A small but real OpenID Connect provider for tests: HTTP on 127.0.0.1 in a thread, with
discovery, a JWKS (an RSA key made per provider), an authorize endpoint that approves the
configured user at once and a token endpoint that checks the client's secret, the code's
redirect URI and the PKCE verifier before it returns an ID token signed with joserfc.

`misbehave` makes it lie in one way: wrong_iss, wrong_aud, expired, wrong_nonce, alg_none,
other_key (signed by a key not in the JWKS), deny (error=access_denied), or a user with
email_verified false / another sub is set through `user`."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "callvault-test"
CLIENT_SECRET = "s3cret-of-the-test-client"


@dataclass
class Provider:
    issuer: str = ""
    user: dict[str, Any] = field(default_factory=dict)
    misbehave: str | None = None
    key: RSAKey = field(default_factory=lambda: RSAKey.generate_key(2048, parameters={"kid": "k1"}))
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    token_requests: int = 0

    def sign_in_as(self, email: str, *, sub: str | None = None, verified: bool = True) -> None:
        self.user = {"sub": sub or f"sub-{email}", "email": email, "email_verified": verified}

    def id_token(self, grant: dict[str, Any]) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 300,
            "nonce": grant["nonce"],
            **grant["user"],
        }
        m = self.misbehave
        if m == "wrong_iss":
            claims["iss"] = self.issuer + "/other"
        elif m == "wrong_aud":
            claims["aud"] = "someone-else"
        elif m == "expired":
            claims["iat"], claims["exp"] = now - 3600, now - 1800
        elif m == "wrong_nonce":
            claims["nonce"] = "not-the-nonce"
        if m == "alg_none":
            header = _b64(json.dumps({"alg": "none", "kid": "k1"}).encode())
            return f"{header}.{_b64(json.dumps(claims).encode())}."
        key = self.key
        if m == "other_key":  # same kid, another key: the signature must not verify
            key = RSAKey.generate_key(2048, parameters={"kid": "k1"})
        return jwt.encode({"alg": "RS256", "kid": "k1"}, claims, key)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _handler(p: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: object) -> None:
            pass

        def _json(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _redirect(self, url: str) -> None:
            self.send_response(302)
            self.send_header("location", url)
            self.send_header("content-length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path == "/.well-known/openid-configuration":
                self._json(
                    200,
                    {
                        "issuer": p.issuer,
                        "authorization_endpoint": f"{p.issuer}/authorize",
                        "token_endpoint": f"{p.issuer}/token",
                        "jwks_uri": f"{p.issuer}/jwks",
                        "response_types_supported": ["code"],
                        "id_token_signing_alg_values_supported": ["RS256"],
                        "token_endpoint_auth_methods_supported": ["client_secret_basic"],
                        "code_challenge_methods_supported": ["S256"],
                    },
                )
            elif url.path == "/jwks":
                self._json(200, {"keys": [p.key.as_dict(private=False)]})
            elif url.path == "/authorize":
                self._authorize({k: v[0] for k, v in parse_qs(url.query).items()})
            else:
                self._json(404, {"error": "not_found"})

        def _authorize(self, q: dict[str, str]) -> None:
            assert q.get("client_id") == CLIENT_ID and q.get("response_type") == "code"
            assert q.get("code_challenge_method") == "S256" and q.get("code_challenge")
            assert q.get("nonce") and q.get("state")
            back = q["redirect_uri"]
            if p.misbehave == "deny":
                self._redirect(
                    f"{back}?{urlencode({'error': 'access_denied', 'state': q['state']})}"
                )
                return
            code = secrets.token_urlsafe(24)
            p.codes[code] = {
                "redirect_uri": back,
                "challenge": q["code_challenge"],
                "nonce": q["nonce"],
                "user": dict(p.user),
            }
            self._redirect(f"{back}?{urlencode({'code': code, 'state': q['state']})}")

        def do_POST(self) -> None:
            if urlsplit(self.path).path != "/token":
                self._json(404, {"error": "not_found"})
                return
            p.token_requests += 1
            length = int(self.headers.get("content-length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
            if self.headers.get("authorization") != f"Basic {basic}":
                self._json(401, {"error": "invalid_client"})
                return
            grant = p.codes.pop(form.get("code", ""), None)  # single use
            verifier = form.get("code_verifier", "")
            digest = _b64(hashlib.sha256(verifier.encode()).digest())
            if (
                grant is None
                or form.get("grant_type") != "authorization_code"
                or form.get("redirect_uri") != grant["redirect_uri"]
                or digest != grant["challenge"]
            ):
                self._json(400, {"error": "invalid_grant"})
                return
            self._json(
                200,
                {
                    "access_token": secrets.token_urlsafe(16),
                    "token_type": "Bearer",
                    "expires_in": 300,
                    "id_token": p.id_token(grant),
                },
            )

    return Handler


@contextmanager
def running_provider() -> Iterator[Provider]:
    provider = Provider()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(provider))
    provider.issuer = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
