"""Fetching the provider's discovery document, its keys, and the token request: the only
outbound requests SSO makes, all through `ProviderClient.fetch`, which applies the URL policy
(config.py) before and after connecting, follows no redirect (a redirect is how a public URL
would lead the server to a private one), times out in seconds and reads a bounded body.

Discovery and JWKS are cached for minutes per process: a sign-in costs no fetch, and a key
rotation at the IdP shows as an unknown `kid`, which refetches the keys once (tokens.py)."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from callvault.identity.sso.config import UrlPolicy, check_peer, check_url
from callvault.identity.sso.errors import SsoConfigInvalid, SsoProviderUnreachable

TIMEOUT = httpx.Timeout(5.0, connect=3.0)
MAX_BODY = 256 * 1024
CACHE_SECONDS = 300.0
# Signature algorithms accepted for ID tokens: asymmetric only. `none` and HS* (a shared
# secret, which an attacker holding the public key could pass off as one) are never accepted.
ALLOWED_ALGS = ("RS256", "ES256")


@dataclass(frozen=True, slots=True)
class Provider:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    # "client_secret_basic" or "client_secret_post", as the provider says it supports.
    token_auth: str
    algorithms: tuple[str, ...]


@dataclass
class ProviderClient:
    """One per process (wiring.py): the URL policy and the caches."""

    policy: UrlPolicy = field(default_factory=UrlPolicy)
    ttl: float = CACHE_SECONDS
    _cache: dict[str, tuple[float, Any]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def provider(self, issuer: str) -> Provider:
        cached = self._cached(f"d:{issuer}")
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        doc = self.fetch("GET", _discovery_url(issuer), step="discovery")
        found = parse_discovery(doc, issuer, self.policy)
        self._store(f"d:{issuer}", found)
        return found

    def jwks(self, jwks_uri: str, *, fresh: bool = False) -> dict[str, Any]:
        if not fresh:
            cached = self._cached(f"k:{jwks_uri}")
            if cached is not None:
                return cached  # type: ignore[no-any-return]
        keys = self.fetch("GET", jwks_uri, step="keys")
        if not isinstance(keys.get("keys"), list):
            raise SsoProviderUnreachable("The provider's key set (JWKS) has no keys.")
        self._store(f"k:{jwks_uri}", keys)
        return keys

    def fetch(
        self,
        method: str,
        url: str,
        *,
        step: str,
        data: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
    ) -> dict[str, Any]:
        """A JSON object from url, or SsoProviderUnreachable naming the step (never the
        provider's answer: the server must not relay what some URL returns)."""
        try:
            check_url(url, self.policy, resolve=True)
        except SsoConfigInvalid as e:
            raise SsoProviderUnreachable(f"{step}: {e.message}") from e
        try:
            with (
                httpx.Client(timeout=TIMEOUT, follow_redirects=False, trust_env=False) as client,
                client.stream(
                    method, url, data=data, auth=auth, headers={"accept": "application/json"}
                ) as r,
            ):
                stream = r.extensions.get("network_stream")
                peer = stream.get_extra_info("server_addr") if stream is not None else None
                check_peer(peer[0] if peer else None, self.policy, url)
                body = _bounded(r)
                status = r.status_code
        except SsoConfigInvalid as e:
            raise SsoProviderUnreachable(f"{step}: {e.message}") from e
        except httpx.HTTPError as e:
            raise SsoProviderUnreachable(f"{step}: the provider could not be reached.") from e
        if status != 200:
            raise SsoProviderUnreachable(f"{step}: the provider answered HTTP {status}.")
        try:
            doc = json.loads(body)
        except ValueError as e:
            raise SsoProviderUnreachable(f"{step}: the provider's answer is not JSON.") from e
        if not isinstance(doc, dict):
            raise SsoProviderUnreachable(f"{step}: the provider's answer is not a JSON object.")
        return doc

    def _cached(self, key: str) -> Any:
        with self._lock:
            hit = self._cache.get(key)
        if hit is None or hit[0] < time.monotonic():
            return None
        return hit[1]

    def _store(self, key: str, value: Any) -> None:
        with self._lock:
            if len(self._cache) > 1024:  # many issuers tried: start over rather than grow
                self._cache.clear()
            self._cache[key] = (time.monotonic() + self.ttl, value)


def _discovery_url(issuer: str) -> str:
    return issuer.rstrip("/") + "/.well-known/openid-configuration"


def _bounded(r: httpx.Response) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in r.iter_bytes():
        size += len(chunk)
        if size > MAX_BODY:
            raise SsoProviderUnreachable("The provider's answer is too large.")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_discovery(doc: dict[str, Any], issuer: str, policy: UrlPolicy) -> Provider:
    """The document must name exactly the configured issuer (OpenID Connect Discovery 1.0
    §4.3: else another issuer's tokens could pass), and its endpoints must pass the policy."""
    if doc.get("issuer") != issuer:
        raise SsoProviderUnreachable(
            "discovery: the document names another issuer than the one configured."
        )
    endpoints: dict[str, str] = {}
    for name in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
        value = doc.get(name)
        if not isinstance(value, str):
            raise SsoProviderUnreachable(f"discovery: no {name}.")
        try:
            check_url(value, policy, resolve=False)
        except SsoConfigInvalid as e:
            raise SsoProviderUnreachable(f"discovery: {name}: {e.message}") from e
        endpoints[name] = value
    methods = doc.get("token_endpoint_auth_methods_supported") or ["client_secret_basic"]
    preferred = [m for m in ("client_secret_basic", "client_secret_post") if m in methods]
    if not preferred:
        raise SsoProviderUnreachable("discovery: no client secret authentication supported.")
    token_auth = preferred[0]
    offered = doc.get("id_token_signing_alg_values_supported") or ["RS256"]
    algorithms = tuple(a for a in ALLOWED_ALGS if a in offered)
    if not algorithms:
        raise SsoProviderUnreachable("discovery: no ID-token algorithm callvault accepts.")
    methods_pkce = doc.get("code_challenge_methods_supported")
    if methods_pkce is not None and "S256" not in methods_pkce:
        raise SsoProviderUnreachable("discovery: the provider does not support PKCE S256.")
    return Provider(
        issuer=issuer,
        authorization_endpoint=endpoints["authorization_endpoint"],
        token_endpoint=endpoints["token_endpoint"],
        jwks_uri=endpoints["jwks_uri"],
        token_auth=token_auth,
        algorithms=algorithms,
    )
