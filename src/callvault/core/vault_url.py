"""Which Vault addresses callvault talks to: checked by Settings and again by the client."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

LOOPBACK_NAMES = frozenset({"localhost"})


def check_vault_url(url: str) -> str:
    """https anywhere; plain http only to this machine (a development server), as SSO allows
    loopback issuers only (ADR 0043). Returns the URL without a trailing slash."""
    parts = urlsplit(url)
    ok = parts.scheme == "https" or (parts.scheme == "http" and _loopback(parts.hostname or ""))
    if not ok or not parts.hostname or parts.query or parts.fragment:
        raise ValueError(
            f"Vault URL {url!r} must be https (plain http only to 127.0.0.1, ::1 or localhost)"
        )
    return url.rstrip("/")


def _loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
