"""The embedded event hub (ADR 0016) over a real Unix socket: what one process publishes
reaches the subscribers of the others, once; a broken link tells local subscribers to
resynchronise, and the link comes back by itself, sending what waited."""

from __future__ import annotations

import asyncio
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from callvault.realtime.bus import Event, Overflowed
from callvault.realtime.frames import FrameError, decode, encode
from callvault.realtime.hub import Hub
from callvault.realtime.hub_bus import HubBus


def event(n: int, ws: str = "ws-a") -> Event:
    return Event(type="message.created", workspace_id=ws, data={"message_id": str(n)})


@pytest.fixture
def socket_path(tmp_path: Path) -> Path:
    return tmp_path / "hub.sock"


@contextmanager
def linked(path: Path, *, reconnect_delay: float = 0.05) -> Iterator[HubBus]:
    bus = HubBus(path, reconnect_delay=reconnect_delay)
    bus.start(timeout=5)
    assert bus.connected.wait(5), "never linked to the hub"
    try:
        yield bus
    finally:
        bus.close()


def registered(hub: Hub, peers: int) -> None:
    """Wait until the hub has registered every link, not only until each link connected: an
    event published before then does not reach a link the hub has not taken yet (the first
    test lost one under the loaded full suite, stop 40)."""
    for _ in range(500):
        if hub.peer_count == peers:
            return
        time.sleep(0.01)
    raise AssertionError(f"the hub registered {hub.peer_count} links, not {peers}")


def test_an_event_reaches_every_process_once_and_only_its_addressees(socket_path: Path) -> None:
    hub = Hub(socket_path)
    hub.start()
    try:
        assert stat.S_IMODE(socket_path.stat().st_mode) == 0o600
        with linked(socket_path) as one, linked(socket_path) as two, linked(socket_path) as three:
            registered(hub, 3)

            async def scenario() -> None:
                here = one.subscribe("ws-a", "alice")
                there = two.subscribe("ws-a", "alice")
                bob_there = two.subscribe("ws-a", "bob")
                elsewhere = three.subscribe("ws-b", "alice")  # same user id, other workspace
                one.publish("ws-a", ["alice"], event(1))
                assert await here.next(2) == event(1)
                assert await there.next(2) == event(1)
                assert await here.next(0.2) is None  # not echoed back by the hub
                assert await bob_there.next(0.05) is None
                assert await elsewhere.next(0.05) is None

            asyncio.run(scenario())
    finally:
        hub.stop()
    assert not socket_path.exists()


def test_a_broken_link_makes_subscribers_resync_and_heals_itself(socket_path: Path) -> None:
    hub = Hub(socket_path)
    hub.start()
    # `one` comes back two seconds after `two`, so `two` is there to receive what `one` kept.
    with linked(socket_path, reconnect_delay=2.0) as one, linked(socket_path) as two:
        registered(hub, 2)

        async def scenario() -> None:
            nonlocal hub
            there = two.subscribe("ws-a", "alice")
            hub.stop()  # the link breaks: events from elsewhere may be lost meanwhile
            with pytest.raises(Overflowed):
                await there.next(5)
            for _ in range(500):  # until `one` too has seen the link go (no fixed timing)
                if not one.connected.is_set():
                    break
                await asyncio.sleep(0.01)
            one.publish("ws-a", ["alice"], event(2))  # kept until the link is back
            fresh = two.subscribe("ws-a", "alice")  # the client reconnects and refetches
            hub = Hub(socket_path)
            hub.start()
            assert await fresh.next(10) == event(2)
            one.publish("ws-a", ["alice"], event(3))
            assert await fresh.next(5) == event(3)

        try:
            asyncio.run(scenario())
        finally:
            hub.stop()


def test_a_hub_that_is_not_there_fails_the_start(socket_path: Path) -> None:
    with pytest.raises(RuntimeError, match="no event hub"):
        HubBus(socket_path).start(timeout=0.3)


def test_publishing_needs_a_started_link(socket_path: Path) -> None:
    with pytest.raises(RuntimeError, match="start"):
        HubBus(socket_path).publish("ws-a", ["alice"], event(1))


def test_frames_round_trip_and_refuse_what_is_not_an_event() -> None:
    delivery = decode(encode(["bob", "alice", "bob"], event(7)))
    assert delivery.user_ids == ("alice", "bob") and delivery.event == event(7)
    for bad in (b"[]", b"{", b'{"w":"a","u":[1],"t":"x","d":{}}', b'{"w":"a","u":[],"t":"x"}'):
        with pytest.raises(FrameError):
            decode(bad)
