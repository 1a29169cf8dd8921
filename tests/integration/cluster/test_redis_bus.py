"""The cluster-mode event bus over a real Redis: two `RedisBus` instances are two nodes. What
one publishes reaches the other's subscribers of that workspace and user only, once; a slow
subscriber overflows; a broken connection tells local subscribers to resynchronise, and the
bus reconnects by itself."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager

import redis

from callvault.realtime.bus import Event, InProcessBus, Overflowed
from callvault.realtime.redis_bus import RedisBus
from tests.support.redis_server import pubsub_clients


def event(n: int, ws: str = "ws-a") -> Event:
    return Event(type="message.created", workspace_id=ws, data={"message_id": str(n)})


@contextmanager
def node(url: str, prefix: str, *, max_queue: int = 256) -> Iterator[RedisBus]:
    bus = RedisBus(
        url, prefix=prefix, local=InProcessBus(max_queue=max_queue), reconnect_delay=0.05
    )
    bus.start(timeout=5)
    try:
        yield bus
    finally:
        bus.close()


def test_an_event_reaches_the_other_node_once_and_only_its_addressees(
    redis_url: str, redis_prefix: str
) -> None:
    with node(redis_url, redis_prefix) as one, node(redis_url, redis_prefix) as two:

        async def scenario() -> None:
            here = one.subscribe("ws-a", "alice")
            there = two.subscribe("ws-a", "alice")
            bob_there = two.subscribe("ws-a", "bob")
            other_ws = two.subscribe("ws-b", "alice")  # same user id, other workspace
            one.publish("ws-a", ["alice"], event(1))
            assert await here.next(2) == event(1)
            assert await there.next(2) == event(1)
            assert await here.next(0.3) is None  # not delivered twice to its own node
            assert await there.next(0.1) is None
            assert await bob_there.next(0.05) is None
            assert await other_ws.next(0.05) is None
            two.publish("ws-b", ["alice"], event(2, "ws-b"))
            assert await other_ws.next(2) == event(2, "ws-b")
            assert await here.next(0.3) is None

        asyncio.run(scenario())


def test_another_prefix_is_another_deployment(redis_url: str, redis_prefix: str) -> None:
    with node(redis_url, redis_prefix) as one, node(redis_url, redis_prefix + "x:") as other:

        async def scenario() -> None:
            there = other.subscribe("ws-a", "alice")
            one.publish("ws-a", ["alice"], event(1))
            assert await there.next(0.5) is None

        asyncio.run(scenario())


def test_a_subscriber_that_falls_behind_overflows(redis_url: str, redis_prefix: str) -> None:
    with node(redis_url, redis_prefix) as one, node(redis_url, redis_prefix, max_queue=3) as two:

        async def scenario() -> None:
            slow = two.subscribe("ws-a", "alice")
            probe = two.subscribe("ws-a", "probe")
            for n in range(5):
                one.publish("ws-a", ["alice"], event(n))
            one.publish("ws-a", ["probe"], event(99))
            # One channel per workspace, one connection: the probe's event comes after all five.
            assert await probe.next(5) == event(99)
            try:
                await slow.next(0.1)
                raise AssertionError("five events in a queue of three did not overflow")
            except Overflowed:
                pass

        asyncio.run(scenario())


def test_a_broken_connection_makes_subscribers_resync_and_heals_itself(
    redis_url: str, redis_prefix: str
) -> None:
    admin = redis.Redis.from_url(redis_url)
    with node(redis_url, redis_prefix) as one, node(redis_url, redis_prefix) as two:

        async def scenario() -> None:
            there = two.subscribe("ws-a", "alice")
            name = f"{redis_prefix}bus:{two.node_id.decode()}"
            ids = [c["id"] for c in pubsub_clients(redis_prefix) if c["name"] == name]
            assert len(ids) == 1
            admin.client_kill_filter(_id=ids[0])
            try:
                await there.next(5)
                raise AssertionError("no overflow after the connection broke")
            except Overflowed:
                pass
            there.close()
            again = two.subscribe("ws-a", "alice")
            deadline = time.monotonic() + 5
            while not two.connected.is_set() and time.monotonic() < deadline:
                await asyncio.sleep(0.01)
            one.publish("ws-a", ["alice"], event(7))
            assert await again.next(2) == event(7)

        asyncio.run(scenario())
    admin.close()
