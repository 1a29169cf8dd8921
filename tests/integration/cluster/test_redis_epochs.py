"""Cluster-mode epochs over a real Redis: a bump by one instance (one node) is seen by every
other at once; a global bump moves every scope; concurrent bumps are never lost."""

from __future__ import annotations

import threading

from callvault.epochs.port import GLOBAL
from callvault.epochs.redis_epochs import RedisEpochs


def test_a_bump_on_one_node_is_seen_by_another_at_once(redis_url: str, redis_prefix: str) -> None:
    one = RedisEpochs(redis_url, prefix=redis_prefix)
    two = RedisEpochs(redis_url, prefix=redis_prefix)
    try:
        assert two.stamp("ws-a") == (0, 0)
        one.bump(["ws-a"])
        assert two.stamp("ws-a") == (0, 1)
        assert two.stamp("ws-b") == (0, 0)  # another workspace keeps its caches
        one.bump([GLOBAL])
        assert two.stamp("ws-b") == (1, 0)  # global: every scope's stamp changes
        assert two.stamp(GLOBAL) == (1, 1)
        one.bump([])  # nothing to void: no call
        assert two.stamp("ws-a") == (1, 1)
    finally:
        one.close()
        two.close()


def test_another_prefix_is_another_deployment(redis_url: str, redis_prefix: str) -> None:
    one = RedisEpochs(redis_url, prefix=redis_prefix)
    other = RedisEpochs(redis_url, prefix=redis_prefix + "x:")
    try:
        one.bump(["ws-a", GLOBAL])
        assert other.stamp("ws-a") == (0, 0)
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
        assert nodes[0].stamp("ws-a") == (0, 200)
        assert nodes[0].stamp("ws-b") == (0, 200)
    finally:
        for e in nodes:
            e.close()
