"""What a connection may cost the server (ADR 0011): the timeouts and connection caps read
from the settings, the per-address count, and a uvicorn Config that carries both to the
protocol (web/guarded_protocol.py) and bounds the TLS handshake."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import uvicorn

from callvault.core.settings import Settings


@dataclass(frozen=True)
class ConnectionLimits:
    handshake_timeout: float
    idle_timeout: float
    header_timeout: float
    keep_alive_timeout: int
    body_timeout: float
    max_per_client: int
    max_total: int

    @classmethod
    def from_settings(cls, settings: Settings) -> ConnectionLimits:
        return cls(
            handshake_timeout=settings.tls_handshake_timeout_seconds,
            idle_timeout=settings.http_idle_timeout_seconds,
            header_timeout=settings.http_header_timeout_seconds,
            keep_alive_timeout=settings.http_keep_alive_seconds,
            body_timeout=settings.http_body_timeout_seconds,
            max_per_client=settings.max_connections_per_client,
            max_total=settings.max_connections,
        )


class Slot:
    """One counted connection; released once, by whichever protocol holds it when it ends
    (the HTTP protocol, or the WebSocket protocol it upgraded to)."""

    def __init__(self, table: ConnectionTable, address: str) -> None:
        self._table: ConnectionTable | None = table
        self.address = address

    def release(self) -> None:
        if self._table is not None:
            self._table.release(self.address)
            self._table = None


class ConnectionTable:
    """Open connections per client address and in all, for one server (its event loop
    thread only: no lock)."""

    def __init__(self, *, max_per_client: int, max_total: int) -> None:
        self.max_per_client = max_per_client
        self.max_total = max_total
        self.per_client: Counter[str] = Counter()
        self.total = 0

    def acquire(self, address: str) -> Slot | str:
        """A slot, or why none: "per_client" or "total"."""
        if self.total >= self.max_total:
            return "total"
        if self.per_client[address] >= self.max_per_client:
            return "per_client"
        self.per_client[address] += 1
        self.total += 1
        return Slot(self, address)

    def release(self, address: str) -> None:
        self.total -= 1
        self.per_client[address] -= 1
        if self.per_client[address] <= 0:
            del self.per_client[address]


class LimitedConfig(uvicorn.Config):
    """A uvicorn Config that also holds the connection limits and this server's connection
    table, and makes its event loop bound the TLS handshake (uvicorn passes no
    ssl_handshake_timeout to create_server, so asyncio's and uvloop's 60 s would apply)."""

    def __init__(self, app: Any, *, limits: ConnectionLimits, **kwargs: Any) -> None:
        super().__init__(app, timeout_keep_alive=limits.keep_alive_timeout, **kwargs)
        self.limits = limits
        self.connections = ConnectionTable(
            max_per_client=limits.max_per_client, max_total=limits.max_total
        )

    def get_loop_factory(self) -> Callable[[], asyncio.AbstractEventLoop] | None:
        make_loop = super().get_loop_factory() or asyncio.new_event_loop
        handshake_timeout = self.limits.handshake_timeout

        def factory() -> asyncio.AbstractEventLoop:
            loop = make_loop()
            create_server = loop.create_server

            async def bounded_create_server(*args: Any, **kwargs: Any) -> asyncio.Server:
                if kwargs.get("ssl") is not None:
                    # The closing handshake too: a peer that never answers close_notify
                    # would otherwise hold its socket (and its slot) for 30 s.
                    kwargs.setdefault("ssl_handshake_timeout", handshake_timeout)
                    kwargs.setdefault("ssl_shutdown_timeout", handshake_timeout)
                return await create_server(*args, **kwargs)

            # An instance attribute, not a subclass: the loop class is uvloop's or asyncio's,
            # whichever uvicorn picked.
            loop.create_server = bounded_create_server  # type: ignore[method-assign]
            return loop

        return factory
