"""Verifying an ID token (OpenID Connect Core 1.0 §3.1.3.7) with joserfc: the signature with
a key from the provider's JWKS under an allow-listed asymmetric algorithm, then the claims.
Nothing about the token is trusted before its signature is; the header is read first only
to pick the key (`kid`) and refuse a disallowed `alg` early."""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass
from typing import Any

from joserfc import jws, jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from callvault.identity.sso.discovery import Provider, ProviderClient
from callvault.identity.sso.errors import SsoSignInFailed

# Clock skew allowed between callvault and the provider, for exp, iat and nbf.
LEEWAY_SECONDS = 60
# An ID token issued longer ago than this is refused even if it has not expired.
MAX_AGE_SECONDS = 600


@dataclass(frozen=True, slots=True)
class VerifiedIdentity:
    issuer: str
    subject: str
    email: str
    email_verified: bool


def verify(
    client: ProviderClient,
    provider: Provider,
    id_token: str,
    *,
    client_id: str,
    nonce_hash: str,
    now: float | None = None,
) -> VerifiedIdentity:
    """The identity the token asserts, or SsoSignInFailed("sso_token_invalid", why)."""
    claims = _verified_claims(client, provider, id_token)
    now = time.time() if now is None else now
    registry = jwt.JWTClaimsRegistry(
        now=int(now),
        leeway=LEEWAY_SECONDS,
        iss={"essential": True, "value": provider.issuer},
        sub={"essential": True},
        aud={"essential": True, "value": client_id},
        exp={"essential": True},
        iat={"essential": True},
        nonce={"essential": True},
    )
    try:
        registry.validate(claims)
    except JoseError as e:
        raise SsoSignInFailed("sso_token_invalid", f"claims:{e.error}") from e
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    # Several audiences: the token must say it was issued to us (§3.1.3.7 items 4-5).
    if len(audiences) > 1 and claims.get("azp") != client_id:
        raise SsoSignInFailed("sso_token_invalid", "claims:azp")
    if "azp" in claims and claims["azp"] != client_id:
        raise SsoSignInFailed("sso_token_invalid", "claims:azp")
    iat = claims["iat"]
    if not isinstance(iat, int | float) or iat < now - MAX_AGE_SECONDS:
        raise SsoSignInFailed("sso_token_invalid", "claims:iat_too_old")
    # The nonce ties the token to this browser's sign-in; only its hash was kept.
    nonce = claims["nonce"]
    if not isinstance(nonce, str) or not hmac.compare_digest(
        hashlib.sha256(nonce.encode()).hexdigest(), nonce_hash
    ):
        raise SsoSignInFailed("sso_token_invalid", "claims:nonce")
    email = claims.get("email")
    if not isinstance(email, str) or not isinstance(claims["sub"], str) or not claims["sub"]:
        raise SsoSignInFailed("sso_token_invalid", "claims:email_or_sub")
    # Only a literal true: "true" as a string or a missing claim is not a verified address.
    return VerifiedIdentity(
        issuer=provider.issuer,
        subject=claims["sub"],
        email=email,
        email_verified=claims.get("email_verified") is True,
    )


def _verified_claims(client: ProviderClient, provider: Provider, id_token: str) -> dict[str, Any]:
    if id_token.count(".") != 2:  # a JWS in compact form; an encrypted (JWE) one is refused
        raise SsoSignInFailed("sso_token_invalid", "format")
    try:
        header = jws.extract_compact(id_token.encode()).headers()
    except (JoseError, ValueError) as e:
        raise SsoSignInFailed("sso_token_invalid", "format") from e
    alg = header.get("alg")
    if alg not in provider.algorithms:
        raise SsoSignInFailed("sso_token_invalid", f"alg:{str(alg)[:16]}")
    kid = header.get("kid")
    keys = _key_set(client.jwks(provider.jwks_uri))
    key = _pick(keys, kid)
    if key is None:  # the provider may have rotated its keys since they were cached
        keys = _key_set(client.jwks(provider.jwks_uri, fresh=True))
        key = _pick(keys, kid)
    if key is None:
        raise SsoSignInFailed("sso_token_invalid", "unknown_key")
    try:
        token = jwt.decode(id_token, key, algorithms=[alg])
    except (JoseError, ValueError) as e:
        raise SsoSignInFailed("sso_token_invalid", "signature") from e
    return dict(token.claims)


def _key_set(doc: dict[str, Any]) -> KeySet:
    # Private or symmetric keys in a published set are a provider's mistake; only public
    # RSA and EC keys are imported (an "oct" key would allow HS* with a shared secret).
    public = [
        k
        for k in doc.get("keys", [])
        if isinstance(k, dict) and k.get("kty") in ("RSA", "EC") and "d" not in k
        and k.get("use", "sig") == "sig"
    ]  # fmt: skip
    try:
        return KeySet.import_key_set({"keys": public})
    except (JoseError, ValueError, TypeError) as e:
        raise SsoSignInFailed("sso_provider_error", "jwks_unreadable") from e


def _pick(keys: KeySet, kid: object) -> Any:
    if isinstance(kid, str):
        try:
            return keys.get_by_kid(kid)
        except (JoseError, ValueError, KeyError):
            return None
    # No kid: acceptable only when the set holds a single key.
    return keys.keys[0] if len(keys.keys) == 1 else None
