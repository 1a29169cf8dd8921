"""The in-process event bus: per-(workspace, user) channels, delivery from other threads,
bounded queues that mark a slow subscriber overflowed instead of growing."""

from __future__ import annotations

import asyncio
import threading

import pytest

from callvault.realtime.bus import Event, InProcessBus, Overflowed


def event(ws: str = "ws-a", n: int = 0) -> Event:
    return Event(type="message.created", workspace_id=ws, data={"n": str(n)})


def test_events_reach_only_the_addressed_users_of_the_workspace() -> None:
    async def scenario() -> None:
        bus = InProcessBus()
        alice = bus.subscribe("ws-a", "alice")
        alice_phone = bus.subscribe("ws-a", "alice")
        bob = bus.subscribe("ws-a", "bob")
        alice_elsewhere = bus.subscribe("ws-b", "alice")  # the same id in another workspace
        bus.publish("ws-a", ["alice"], event())
        assert await alice.next(1) == event()
        assert await alice_phone.next(1) == event()
        assert await bob.next(0.05) is None
        assert await alice_elsewhere.next(0.05) is None
        with pytest.raises(ValueError, match="own workspace"):
            bus.publish("ws-b", ["alice"], event("ws-a"))

    asyncio.run(scenario())


def test_publish_from_another_thread_wakes_the_subscriber() -> None:
    async def scenario() -> None:
        bus = InProcessBus()
        sub = bus.subscribe("ws-a", "bob")
        threading.Timer(0.05, bus.publish, args=("ws-a", ["bob"], event())).start()
        assert await sub.next(2) == event()

    asyncio.run(scenario())


def test_a_slow_subscriber_overflows_instead_of_growing() -> None:
    async def scenario() -> None:
        bus = InProcessBus(max_queue=3)
        slow = bus.subscribe("ws-a", "bob")
        fast = bus.subscribe("ws-a", "carol")
        for n in range(10):
            bus.publish("ws-a", ["bob", "carol"], event(n=n))
            assert await fast.next(1) == event(n=n)  # keeps up: unaffected
        assert slow.pending == 0  # dropped, not kept
        with pytest.raises(Overflowed):
            await slow.next(0.01)

    asyncio.run(scenario())


def test_closing_unsubscribes() -> None:
    async def scenario() -> None:
        bus = InProcessBus()
        sub = bus.subscribe("ws-a", "bob")
        assert bus.subscriber_count() == 1
        sub.close()
        sub.close()
        assert bus.subscriber_count() == 0
        bus.publish("ws-a", ["bob"], event())
        assert await sub.next(0.01) is None

    asyncio.run(scenario())
