"""Two nodes of one cluster: two containers, each with its own data directory (so nothing is
shared through files there, unlike the processes of one machine), the same database, keyring
and blob store, and the same Redis. A session revoked through one fails on its next request
to the other, and one client address has one rate limit across both."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from callvault.epochs.redis_epochs import RedisEpochs
from callvault.realtime.redis_bus import RedisBus
from tests.support.live import LiveServer, create_workspace, live_server, scratch_container, sign_in


def _nodes(
    database_url: str, tmp_path: Path, redis_url: str, redis_prefix: str, **overrides: object
) -> Iterator[tuple[LiveServer, LiveServer]]:
    shared = tmp_path / "shared"
    (shared / "blobs").mkdir(parents=True)
    common: dict[str, object] = {
        "keyring_path": shared / "keyring.json",
        "blob_dir": shared / "blobs",
        "audit_anchor_path": shared / "audit-anchors",
        "redis_url": redis_url,
        "redis_prefix": redis_prefix,
        **overrides,
    }
    with ExitStack() as stack:
        lives = []
        for name in ("node-1", "node-2"):
            data_dir = tmp_path / name
            data_dir.mkdir()
            c = stack.enter_context(scratch_container(database_url, data_dir, **common))
            assert isinstance(c.epochs, RedisEpochs) and isinstance(c.bus, RedisBus)
            lives.append(stack.enter_context(live_server(c)))
        yield lives[0], lives[1]


@pytest.fixture
def nodes(
    database_url: str, tmp_path: Path, redis_url: str, redis_prefix: str
) -> Iterator[tuple[LiveServer, LiveServer]]:
    yield from _nodes(database_url, tmp_path, redis_url, redis_prefix)


def test_a_session_signed_out_on_one_node_fails_at_once_on_the_other(
    nodes: tuple[LiveServer, LiveServer],
) -> None:
    one, two = nodes
    owner = create_workspace(one.container, "cluster-revoke")
    token = sign_in(one, owner)
    on_one, on_two = one.client(token), two.client(token)
    for _ in range(2):  # the second answer comes from node 2's caches
        assert on_two.get("/api/v1/me").status_code == 200
    assert on_one.post("/api/v1/auth/sign-out").status_code == 204
    assert on_two.get("/api/v1/me").status_code == 401


def test_one_rate_limit_per_address_across_nodes(
    database_url: str, tmp_path: Path, redis_url: str, redis_prefix: str
) -> None:
    for one, two in _nodes(database_url, tmp_path, redis_url, redis_prefix, rate_limit="5/hour"):
        clients = [one.client(address="127.0.0.7"), two.client(address="127.0.0.7")]
        codes = [clients[n % 2].get("/api/v1/me").status_code for n in range(5)]
        assert codes == [401] * 5  # counted, whichever node answered
        assert clients[1].get("/api/v1/me").status_code == 429
        assert clients[0].get("/api/v1/me").status_code == 429
        # Another address has its own limit.
        assert two.client(address="127.0.0.8").get("/api/v1/me").status_code == 401
