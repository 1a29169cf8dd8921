"""A sign-in in flight: the `state`, `nonce` and PKCE verifier sent with the browser to the
IdP, and the value that binds them to that browser.

All four are 256-bit random values. The state is single use (a DELETE whose row count says
who won) and lives minutes; it is stored as a hash, as are the nonce and the browser binding
(the binding's clear value is only in the browser's cookie, so a callback URL replayed in, or
forced into, another browser finds no match: login CSRF). The verifier must go to the token
endpoint in clear, so it is sealed with the workspace's keys instead of hashed."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.crypto.keyring import WorkspaceCipher
from callvault.identity.sso import repository as repo
from callvault.identity.sso.discovery import Provider
from callvault.identity.sso.errors import SsoSignInFailed
from callvault.identity.sso.models import SsoLogin

KIND = "sso_login"


@dataclass(frozen=True, slots=True)
class Started:
    authorize_url: str
    binding: str  # for the browser's cookie only
    expires_at: datetime
    # "saml": the IdP answers with a cross-site POST, which needs its own cookie (ADR 0045).
    protocol: str = "oidc"


@dataclass(frozen=True, slots=True)
class Pending:
    workspace_id: str
    nonce_hash: str
    verifier: str
    redirect_uri: str


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def issue(
    s: Session,
    *,
    cipher: WorkspaceCipher,
    workspace_id: str,
    provider: Provider,
    client_id: str,
    redirect_uri: str,
    ttl: timedelta,
) -> Started:
    now = utcnow()
    repo.prune_logins(s, now=now)  # rows that live minutes need no sweeper job
    state, nonce, verifier, binding = (secrets.token_urlsafe(32) for _ in range(4))
    state_hash = digest(state)
    s.add(
        SsoLogin(
            state_hash=state_hash,
            workspace_id=workspace_id,
            binding_hash=digest(binding),
            nonce_hash=digest(nonce),
            verifier_sealed=cipher.seal_text(
                verifier, kind=KIND, object_id=state_hash, field="verifier"
            ),
            redirect_uri=redirect_uri,
            expires_at=now + ttl,
        )
    )
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    query = urlencode(
        {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "scope": "openid email profile",
            "state": state,
            "nonce": nonce,
            "code_challenge": challenge.rstrip(b"=").decode(),
            "code_challenge_method": "S256",
        }
    )
    sep = "&" if "?" in provider.authorization_endpoint else "?"
    return Started(f"{provider.authorization_endpoint}{sep}{query}", binding, now + ttl)


def consume(
    s: Session, *, cipher_of: Callable[[str], WorkspaceCipher], state: str, binding: str | None
) -> Pending:
    """Spend the state (whoever presents it, so it never serves twice), then require the
    browser's binding (cipher_of: the workspace is known once the state is found).
    Raises SsoSignInFailed("sso_expired") for any mismatch."""
    if not state or len(state) > 128:
        raise SsoSignInFailed("sso_expired", "state_malformed")
    state_hash = digest(state)
    row = repo.login(s, state_hash)
    if row is None or not repo.delete_login(s, state_hash):
        raise SsoSignInFailed("sso_expired", "state_unknown")
    if row.protocol != "oidc":  # a SAML request ID is no OIDC state
        raise SsoSignInFailed("sso_expired", "state_unknown")
    if row.expires_at <= utcnow():
        raise SsoSignInFailed("sso_expired", "state_expired")
    if binding is None or not hmac.compare_digest(digest(binding), row.binding_hash):
        raise SsoSignInFailed("sso_expired", "browser_mismatch")
    verifier = cipher_of(row.workspace_id).open_text(
        row.verifier_sealed, kind=KIND, object_id=state_hash, field="verifier"
    )
    return Pending(row.workspace_id, row.nonce_hash, verifier, row.redirect_uri)
