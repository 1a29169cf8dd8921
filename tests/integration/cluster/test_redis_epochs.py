"""Cluster-mode epochs over a real Redis: a bump by one instance (one node) is seen by every
other at once; a global bump moves every scope; concurrent bumps are never lost. The global
epoch starts at a time in milliseconds, not 0 (so a Redis that lost its data never hands out
an earlier stamp again: test_redis_down.py)."""

from __future__ import annotations

import threading

from callvault.epochs.port import GLOBAL
from callvault.epochs.redis_epochs import RedisEpochs


def test_a_bump_on_one_node_is_seen_by_another_at_once(redis_url: str, redis_prefix: str) -> None:
    one = RedisEpochs(redis_url, prefix=redis_prefix)
    two = RedisEpochs(redis_url, prefix=redis_prefix)
    try:
        g, scope = two.stamp("ws-a")
        assert scope == 0 and g > 1_700_000_000_000  # a time in ms: see the module's docstring
        one.bump(["ws-a"])
        assert two.stamp("ws-a") == (g, 1)
        assert two.stamp("ws-b") == (g, 0)  # another workspace keeps its caches
        one.bump([GLOBAL])
        assert two.stamp("ws-b") == (g + 1, 0)  # global: every scope's stamp changes
        assert two.stamp(GLOBAL) == (g + 1, g + 1)
        one.bump([])  # nothing to void: no call
        assert two.stamp("ws-a") == (g + 1, 1)
    finally:
        one.close()
        two.close()


def test_another_prefix_is_another_deployment(redis_url: str, redis_prefix: str) -> None:
    one = RedisEpochs(redis_url, prefix=redis_prefix)
    other = RedisEpochs(redis_url, prefix=redis_prefix + "x:")
    try:
        mine = one.stamp(GLOBAL)[0]
        one.bump(["ws-a", GLOBAL])
        assert one.stamp("ws-a") == (mine + 1, 1)
        assert other.stamp("ws-a")[1] == 0
        other.bump([GLOBAL])
        assert one.stamp(GLOBAL)[0] == mine + 1  # the other deployment's bump is not ours
    finally:
        one.close()
        other.close()


def test_concurrent_bumps_are_never_lost(redis_url: str, redis_prefix: str) -> None:
    nodes = [RedisEpochs(redis_url, prefix=redis_prefix) for _ in range(4)]

    def bump_many(e: RedisEpochs) -> None:
        for _ in range(50):
            e.bump(["ws-a", "ws-b"])

    threads = [threading.Thread(target=bump_many, args=(e,)) for e in nodes]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        g = nodes[0].stamp(GLOBAL)[0]  # set once, by whichever bump came first
        assert [n.stamp("ws-a") for n in nodes] == [(g, 200)] * len(nodes)
        assert nodes[0].stamp("ws-b") == (g, 200)
    finally:
        for e in nodes:
            e.close()
