"""The real Redis of cluster-mode tests (127.0.0.1:6379 here and on CI): skipped when absent,
except on CI, where it fails, like PostgreSQL (tests/support/databases.py)."""

from __future__ import annotations

import os
import uuid

import pytest
import redis

REDIS_URL = os.environ.get("CALLVAULT_TEST_REDIS", "redis://127.0.0.1:6379/0")


def redis_available() -> bool:
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        return bool(client.ping())
    except (redis.RedisError, OSError):
        return False
    finally:
        client.close()


def require_redis() -> None:
    if redis_available():
        return
    if os.environ.get("CI"):
        pytest.fail(f"Redis is required on CI and is not reachable at {REDIS_URL}")
    pytest.skip(f"Redis not reachable at {REDIS_URL}; CI runs these")


def unique_prefix() -> str:
    """Keys and channels of one test only: parallel tests (pytest -n) never meet."""
    return f"cvtest:{uuid.uuid4().hex[:12]}:"


def delete_prefixed(prefix: str) -> None:
    client = redis.Redis.from_url(REDIS_URL)
    try:
        keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def pubsub_clients(prefix: str) -> list[dict[str, str]]:
    """The pub/sub connections of the event buses under this prefix (named by RedisBus)."""
    client = redis.Redis.from_url(REDIS_URL, decode_responses=True)
    try:
        listed = client.client_list(_type="pubsub")
        assert isinstance(listed, list)
        return [c for c in listed if str(c.get("name", "")).startswith(f"{prefix}bus:")]
    finally:
        client.close()
