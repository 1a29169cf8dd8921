"""Cluster-mode tests: a real Redis and a key prefix of the test's own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.redis_server import REDIS_URL, delete_prefixed, require_redis, unique_prefix


@pytest.fixture
def redis_url() -> str:
    require_redis()
    return REDIS_URL


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    prefix = unique_prefix()
    yield prefix
    delete_prefixed(prefix)
