from __future__ import annotations

import asyncio

import aioice.ice
import pytest

from callvault.media.port import LegRef, LegState


@pytest.fixture
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """ICE host candidates on 127.0.0.1 only (aioice leaves loopback out by default)."""
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])


class Events:
    """A LegEvents sink that keeps what it is told."""

    def __init__(self) -> None:
        self.changes: list[tuple[LegRef, LegState, str | None]] = []
        self.lost: list[str] = []
        self._changed = asyncio.Event()

    async def leg_changed(self, leg: LegRef, state: LegState, reason: str | None) -> None:
        self.changes.append((leg, state, reason))
        self._changed.set()

    async def engine_lost(self, reason: str) -> None:
        self.lost.append(reason)
        self._changed.set()

    def states(self, leg: LegRef) -> list[LegState]:
        return [s for ref, s, _ in self.changes if ref == leg]

    async def wait_for(self, leg: LegRef, state: LegState, timeout: float = 20.0) -> None:
        async def wait() -> None:
            while state not in self.states(leg):
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(wait(), timeout)
