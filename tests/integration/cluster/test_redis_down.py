"""Cluster mode while Redis is unreachable, on a redis-server of the test's own that it stops
and starts again (ADR 0021 addendum): every request that needs Redis is refused with a 503
that says why (never served from a cache that can no longer be voided, never let through
without a rate count, never without authentication); publishing does not block; /readyz
says so; once Redis is back, requests are served again. A Redis that comes back without its
data never makes an old cache stamp current again (a revoked session would pass)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from callvault.core.context import Origin
from callvault.epochs.port import EpochsUnavailable
from callvault.epochs.redis_epochs import RedisEpochs
from callvault.realtime.bus import Event
from callvault.wiring import Container
from tests.support.live import LiveServer, create_workspace, live_server, scratch_container, sign_in
from tests.support.redis_server import PrivateRedis, private_redis, unique_prefix


@pytest.fixture
def own_redis() -> Iterator[PrivateRedis]:
    with private_redis() as server:
        yield server


@pytest.fixture
def node(database_url: str, tmp_path: Path, own_redis: PrivateRedis) -> Iterator[LiveServer]:
    with (
        scratch_container(
            database_url, tmp_path, redis_url=own_redis.url, redis_prefix=unique_prefix()
        ) as c,
        live_server(c) as live,
    ):
        yield live


def _refused(response_status: int, body: dict[str, object], code: str) -> None:
    assert response_status == 503, body
    error = body["error"]
    assert isinstance(error, dict) and error["code"] == code, body


def test_requests_are_refused_clearly_while_redis_is_down(
    node: LiveServer, own_redis: PrivateRedis
) -> None:
    c: Container = node.container
    owner = create_workspace(c, "redis-down")
    token = sign_in(node, owner)
    api, anonymous = node.client(token), node.client()
    for _ in range(2):  # the second answer comes from this process's caches
        assert api.get("/api/v1/me").status_code == 200
    assert node.client().get("/readyz").status_code == 200

    own_redis.stop()

    for client in (api, anonymous):  # a known token, and none at all
        r = client.get("/api/v1/me")
        _refused(r.status_code, r.json(), "rate_limit_unavailable")
        assert r.headers["retry-after"] == "5"
    signing_in = anonymous.post(
        "/api/v1/auth/sign-in",
        json={"workspace": owner.slug, "email": owner.email, "password": "wrong" * 4},
    )
    _refused(signing_in.status_code, signing_in.json(), "rate_limit_unavailable")
    ready = node.client().get("/readyz")
    assert ready.status_code == 503 and ready.json()["checks"]["cluster_store"] is False
    # Behind the rate limit, authentication refuses too rather than trusting its cache.
    with pytest.raises(EpochsUnavailable) as refused:
        c.authenticator.cached(token, origin=Origin(ip="127.0.0.1"))
    assert refused.value.status == 503
    assert "redis://" not in str(refused.value)  # the URL could carry a password
    # Publishing an event never blocks its caller while Redis is away.
    started = time.monotonic()
    c.bus.publish(
        owner.workspace_id, [owner.user_id], Event(type="ping", workspace_id=owner.workspace_id)
    )
    assert time.monotonic() - started < 0.5

    own_redis.start()  # back, and empty

    deadline = time.monotonic() + 20
    while (r := api.get("/api/v1/me")).status_code != 200 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert r.status_code == 200, r.text
    assert node.client().get("/readyz").status_code == 200


def test_a_redis_that_lost_its_data_never_brings_an_old_stamp_back(
    own_redis: PrivateRedis,
) -> None:
    prefix = unique_prefix()
    one, two = (RedisEpochs(own_redis.url, prefix=prefix) for _ in range(2))
    try:
        one.bump(["ws-1"])
        before = two.stamp("ws-1")  # what a cache entry of node two remembers
        own_redis.stop()
        with pytest.raises(EpochsUnavailable):
            two.stamp("ws-1")
        with pytest.raises(EpochsUnavailable):
            one.bump(["ws-1"])
        own_redis.start()  # without its data: the counters start again
        one.bump(["ws-1"])  # say, the session of that entry was revoked
        after = two.stamp("ws-1")
        assert after != before
        assert after[0] > before[0]  # the global epoch moved on, past every earlier one
        assert one.stamp("*") == (after[0], after[0])
    finally:
        one.close()
        two.close()
