"""What an owner configures, and which issuer URLs the server will ever fetch.

The owner types the issuer URL and the server fetches it (discovery, JWKS, the token
request): without limits that is a request forgery (SSRF) primitive aimed at the server's own
network. So: https only, no credentials or fragment in the URL, and the host must resolve to
public (globally routable) addresses only. `oidc_allow_insecure_issuers` (off by default)
admits 127.0.0.1 / localhost / ::1, over http or https, for development and tests, and no
other private address even then (ADR 0043)."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from callvault.identity.sso.errors import SsoConfigInvalid

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True, slots=True)
class UrlPolicy:
    allow_insecure: bool = False


def check_url(url: str, policy: UrlPolicy, *, resolve: bool) -> None:
    """Raises SsoConfigInvalid unless the server may fetch url. resolve: also look the host
    up and require every address it has to be allowed (at fetch time; saving a configuration
    checks the form alone, so a provider briefly out of DNS can still be configured)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.username is not None or parts.password is not None or parts.fragment or not host:
        raise SsoConfigInvalid("The URL must be https://host[/path], without user or fragment.")
    loopback = host in LOOPBACK_HOSTS
    if policy.allow_insecure and loopback:
        if parts.scheme not in ("http", "https"):
            raise SsoConfigInvalid("The URL must be http or https.")
        return
    if parts.scheme != "https":
        raise SsoConfigInvalid("The identity provider must be reached over https.")
    if loopback:
        raise SsoConfigInvalid("The identity provider must be on a public address.")
    literal = _ip(host)
    if literal is not None:
        _check_address(literal)
    elif resolve:
        for address in _resolve(host, parts.port or 443):
            _check_address(address)


def check_peer(address: str | None, policy: UrlPolicy, url: str) -> None:
    """After connecting: the address actually reached must be allowed too (a name that
    resolved to a public address a moment ago may now resolve elsewhere)."""
    if address is None:
        return
    ip = _ip(address)
    if ip is None:
        return
    if policy.allow_insecure and ip.is_loopback and urlsplit(url).hostname in LOOPBACK_HOSTS:
        return
    _check_address(ip)


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None


def _resolve(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as e:
        raise SsoConfigInvalid("The identity provider's host name does not resolve.") from e
    found = [_ip(str(info[4][0])) for info in infos]
    return [a for a in found if a is not None]


def _check_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
    mapped = getattr(ip, "ipv4_mapped", None)
    ip = mapped or ip
    if not ip.is_global or ip.is_multicast:
        raise SsoConfigInvalid("The identity provider must be on a public address.")


def normalise_domains(domains: list[str]) -> list[str]:
    """Lower-case, without a leading '@' or dot, deduplicated, in the order given."""
    out: list[str] = []
    for raw in domains:
        d = raw.strip().lower().lstrip("@").strip(".")
        if not d or "." not in d or any(c.isspace() or c in "/@:" for c in d):
            raise SsoConfigInvalid(f"Not an email domain: {raw!r}.", field="allowed_domains")
        if d not in out:
            out.append(d)
    return out


def email_allowed(email: str, domains: list[str]) -> bool:
    """Exactly one of the domains after the '@' (a subdomain is not its parent)."""
    _, at, domain = email.rpartition("@")
    return bool(at) and domain.lower() in domains
