"""The real Redis of cluster-mode tests (127.0.0.1:6379 here and on CI): skipped when absent,
except on CI, where it fails, like PostgreSQL (tests/support/databases.py)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator

import pytest
import redis

REDIS_URL = os.environ.get("CALLVAULT_TEST_REDIS", "redis://127.0.0.1:6379/0")
REDIS_SERVER = "redis-server"


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


class PrivateRedis:
    """A redis-server of the test's own on a free port, without persistence, which the test
    may stop (Redis down) and start again (a Redis that lost its data). The shared Redis of
    the other tests is never touched."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        assert self._process is None
        self._process = subprocess.Popen(
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url, socket_connect_timeout=1, socket_timeout=1)
        deadline = time.monotonic() + 20
        try:
            while True:
                try:
                    if client.ping():
                        return
                except (redis.RedisError, OSError):
                    if time.monotonic() > deadline or self._process.poll() is not None:
                        raise
                time.sleep(0.05)
        finally:
            client.close()

    def stop(self) -> None:
        """Stop it (SIGTERM to its own pid), and wait until it is gone."""
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None


@contextlib.contextmanager
def private_redis() -> Iterator[PrivateRedis]:
    """A running PrivateRedis, stopped at the end; skipped without redis-server (failed on
    CI, which installs it)."""
    if shutil.which(REDIS_SERVER) is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is required on CI")
        pytest.skip("redis-server is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = PrivateRedis(port)
    server.start()
    try:
        yield server
    finally:
        server.stop()
