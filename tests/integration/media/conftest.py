from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import aioice.ice
import pytest

from callvault.media.aiortc_engine import AiortcEngine
from callvault.media.janus_engine import JanusEngine
from callvault.media.port import LegRef, LegState
from tests.support.janus_server import Janus, janus_server


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


@pytest.fixture(scope="session")
def janus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Janus]:
    """One private Janus for the session's Janus-engine tests (tests/support/janus_server.py)."""
    with janus_server(tmp_path_factory.mktemp("janus")) as server:
        yield server


Engine = AiortcEngine | JanusEngine
EngineFactory = Callable[..., Engine]


@pytest.fixture(params=["embedded", "janus"])
def make_engine(request: pytest.FixtureRequest) -> EngineFactory:
    """Each engine behind the port: the embedded aiortc one, and Janus (a private server,
    started once per session, only when a Janus case runs)."""
    if request.param == "embedded":
        return AiortcEngine
    server: Janus = request.getfixturevalue("janus")
    # Janus never gathers loopback candidates: the devices meet it on the machine's address.
    request.getfixturevalue("loopback")  # (set up first, so this replaces it)
    monkeypatch: pytest.MonkeyPatch = request.getfixturevalue("monkeypatch")
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: [server.host])

    def make(events: Any, **options: Any) -> JanusEngine:
        return JanusEngine(events, url=server.url, api_secret=server.api_secret, **options)

    return make
