"""Two web processes' worth of live-call signaling over one database: two servers, each
with its own app, LiveCalls and sweeper, sharing the database, the event bus (as the hub
or Redis joins processes, ADR 0016) and the media engine (as the media process does). The
caller's socket is on one, the callee's on the other; the ring timer of a call placed on
the first fires on the second after the first stops sweeping (as if its process died)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from callvault.comms.live.signaling import LiveCalls
from callvault.core.permissions import Role
from callvault.media.port import LegEvents
from tests.integration.comms.live.helpers import call_log, phone, wait_for
from tests.support import factories as f
from tests.support.live import (
    LiveServer,
    Member,
    add_user,
    create_workspace,
    free_port,
    live_server,
    make_container,
    scratch_container,
)
from tests.support.media_engine import MemoryEngine

pytestmark = pytest.mark.slow


class SharedEngine:
    """One engine for both servers, as one media process serves every web process."""

    def __init__(self) -> None:
        self.engine: MemoryEngine | None = None

    def __call__(self, events: LegEvents) -> MemoryEngine:
        if self.engine is None:
            self.engine = MemoryEngine(events)
        return self.engine


@dataclass
class Pair:
    first: LiveServer
    second: LiveServer


@pytest.fixture
def pair(database_url: str, data_dir: Path) -> Iterator[Pair]:
    engine = SharedEngine()
    # Long enough for an answer relayed between processes under a loaded suite (a 1 s ring
    # lost that race in CI, stop 36), short enough for the ring-timer test to wait out.
    ring = 4.0
    with scratch_container(database_url, data_dir, live_ring_seconds=ring) as one:
        other = make_container(database_url, data_dir, port=free_port(), live_ring_seconds=ring)
        try:
            with (
                live_server(replace(one, live_media=engine)) as first,
                live_server(replace(other, bus=one.bus, live_media=engine)) as second,
            ):
                yield Pair(first, second)
        finally:
            other.close()


def _people(live: LiveServer) -> tuple[Member, Member]:
    c = live.container
    owner = create_workspace(c, "acme")
    alice, bob = (add_user(c, owner, Role.MEMBER) for _ in range(2))
    for m in (alice, bob):
        m.token = f.session_token(c, m.workspace_id, m.user_id)[0]
    return alice, bob


def _live(server: LiveServer) -> LiveCalls:
    app: Any = server.server.config.app
    live: LiveCalls = app.state.live
    return live


def test_caller_and_callee_on_different_processes(pair: Pair) -> None:
    alice, bob = _people(pair.first)
    with phone(pair.first, alice) as a, phone(pair.second, bob) as b:
        call_id = a.call(bob)
        b.expect("call.incoming", call_id=call_id)
        b.answer(call_id)
        b.expect("call.answer_sdp", call_id=call_id)
        a.expect("call.answered", call_id=call_id)
        a.send(type="call.hold", call_id=call_id, held=True)
        b.expect("call.held", call_id=call_id)
        b.send(type="call.hangup", call_id=call_id)
        a.expect("call.ended", call_id=call_id, reason="completed")
    assert call_log(pair.second, alice)[0]["disposition"] == "answered"


def test_the_ring_timer_fires_on_another_process(pair: Pair) -> None:
    alice, bob = _people(pair.first)
    first = _live(pair.first)
    sweeper = first.sweeper
    assert sweeper is not None
    sweeper.get_loop().call_soon_threadsafe(sweeper.cancel)
    wait_for(sweeper.done)
    with phone(pair.first, alice) as a, phone(pair.second, bob) as b:
        call_id = a.call(bob)
        b.expect("call.incoming", call_id=call_id)
        assert a.expect("call.ended", call_id=call_id, within=15)["reason"] == "missed"
        b.expect("call.ended", call_id=call_id, reason="missed")
    assert call_log(pair.second, bob)[0]["disposition"] == "missed"
