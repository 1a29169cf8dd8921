"""Where the notes endpoint may point. An admin types a URL the server then connects to with
call text: without these checks it is a way to reach the database, the metadata service or
anything else on the server's networks (SSRF).

A URL is parsed, its host resolved, and every address checked: only public unicast addresses,
except loopback given literally (127.0.0.1, ::1: a model server on this machine). A name that
resolves to loopback ("localhost", "127.0.0.1.nip.io") is refused like any other internal
name, and ports of well-known internal services and the server's own port are refused
everywhere. The check runs when the URL is saved and again at every connection, which then
goes to the address just checked (Host header and TLS name stay the URL's), so a DNS answer
that changes between check and connect (rebinding) cannot move it elsewhere."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Collection
from dataclasses import dataclass
from urllib.parse import urlsplit

# Databases, brokers, caches, mail, shell, directory and key services an endpoint never is.
SERVICE_PORTS = frozenset(
    {
        22,  # ssh
        23,  # telnet
        25,  # smtp
        53,  # dns
        110,  # pop3
        143,  # imap
        389,  # ldap
        445,  # smb
        465,  # smtps
        587,  # submission
        636,  # ldaps
        1883,  # mqtt
        2375,  # docker
        2376,  # docker (tls)
        2379,  # etcd
        3306,  # mysql
        4222,  # nats
        5432,  # postgresql
        5672,  # amqp
        6379,  # redis
        6443,  # kubernetes api
        8200,  # vault / openbao
        8883,  # mqtt (tls)
        9092,  # kafka
        9200,  # elasticsearch
        11211,  # memcached
        15672,  # rabbitmq management
        27017,  # mongodb
    }
)
DEFAULT_PORTS = {"https": 443, "http": 80}
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class RefusedDestination(ValueError):
    """The URL may not be connected to; the message says why (never echoes credentials)."""


@dataclass(frozen=True, slots=True)
class Destination:
    """A checked URL: connect to `address` and present `host` (Host header, TLS name)."""

    scheme: str
    host: str
    port: int
    address: str
    path: str

    @property
    def host_header(self) -> str:
        shown = f"[{self.host}]" if ":" in self.host else self.host
        return shown if DEFAULT_PORTS[self.scheme] == self.port else f"{shown}:{self.port}"

    def pinned_url(self, suffix: str) -> str:
        """The URL of `path + suffix` with the checked address in place of the host."""
        shown = f"[{self.address}]" if ":" in self.address else self.address
        return f"{self.scheme}://{shown}:{self.port}{self.path}{suffix}"

    @property
    def tls_name(self) -> str | None:
        """The name the certificate must carry (None when the URL gave an address)."""
        return None if _literal(self.host) is not None else self.host


def _literal(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _embedded(address: Address) -> list[Address]:
    """The address and any IPv4 address carried inside an IPv6 one (mapped, 6to4, Teredo)."""
    out: list[Address] = [address]
    if isinstance(address, ipaddress.IPv6Address):
        for inner in (address.ipv4_mapped, address.sixtofour):
            if inner is not None:
                out.append(inner)
        if address.teredo is not None:
            out.extend(address.teredo)
    return out


def _refusal(address: Address) -> str | None:
    for a in _embedded(address):
        if a.is_unspecified:
            return "an unspecified address"
        if a.is_multicast:
            return "a multicast address"
        if a.is_link_local:
            return "a link-local address (cloud metadata lives there)"
        if a.is_loopback:
            return "a loopback address by name (give 127.0.0.1 or ::1 literally)"
        if a.is_private or a.is_reserved or not a.is_global:
            return "a private or internal address"
    return None


def _resolve(host: str, port: int) -> list[Address]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise RefusedDestination(f"the host {host!r} cannot be resolved") from None
    found = {ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos}
    if not found:
        raise RefusedDestination(f"the host {host!r} cannot be resolved")
    return sorted(found, key=lambda a: (a.version, int(a)))


def check_url(url: str, *, refused_ports: Collection[int] = ()) -> Destination:
    """The URL's destination if it may be connected to; RefusedDestination otherwise.
    refused_ports: more ports to refuse (the server's own)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise RefusedDestination("not a valid URL") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise RefusedDestination("the URL must use https")
    if parts.username is not None or parts.password is not None:
        raise RefusedDestination("the URL must not carry credentials (use the API key)")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise RefusedDestination("the URL has no host")
    port = port or DEFAULT_PORTS[scheme]
    if port in SERVICE_PORTS or port in refused_ports:
        raise RefusedDestination(f"port {port} belongs to another service")
    literal = _literal(host)
    if literal is not None and literal.is_loopback:
        address: Address = literal  # a model server on this machine, named by its address
    else:
        if scheme != "https":
            raise RefusedDestination("plain http is only for 127.0.0.1 or ::1 (this machine)")
        candidates = [literal] if literal is not None else _resolve(host, port)
        for candidate in candidates:
            reason = _refusal(candidate)
            if reason is not None:
                raise RefusedDestination(f"the host is {reason}")
        address = candidates[0]
    return Destination(
        scheme=scheme,
        host=host,
        port=port,
        address=str(address),
        path=parts.path.rstrip("/"),
    )
