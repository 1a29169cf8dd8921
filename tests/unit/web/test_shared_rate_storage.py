"""The rate-limit table the web processes share (ADR 0016): several real processes hitting
the same address's limit at once get exactly the limit between them, not the limit each;
its size stays bounded whatever the number of addresses."""

from __future__ import annotations

import multiprocessing
import stat
import time
from pathlib import Path

import pytest
from limits import parse
from limits.strategies import SlidingWindowCounterRateLimiter

from callvault.web.shared_rate_storage import SharedMemoryStorage, create_table

LIMIT = "100/day"  # no window boundary during a test (the previous window would count)


def _hit_many(
    path: str, key: str, times: int, start: float, results: multiprocessing.Queue[int]
) -> None:
    limiter = SlidingWindowCounterRateLimiter(SharedMemoryStorage(Path(path)))
    item = parse(LIMIT)
    while time.time() < start:  # all processes race from the same moment
        time.sleep(0.001)
    results.put(sum(limiter.hit(item, key) for _ in range(times)))


def test_processes_share_one_limit(tmp_path: Path) -> None:
    path = tmp_path / "rate-limits"
    create_table(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    spawn = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[int] = spawn.Queue()
    start = time.time() + 3  # after every process has started
    workers = [
        spawn.Process(target=_hit_many, args=(str(path), "10.0.0.1", 60, start, results))
        for _ in range(4)
    ]
    for worker in workers:
        worker.start()
    allowed = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(10)
    assert sum(allowed) == 100, allowed  # 240 tries in all; one budget for the address
    here = SlidingWindowCounterRateLimiter(SharedMemoryStorage(path))
    assert not here.hit(parse(LIMIT), "10.0.0.1")
    assert here.hit(parse(LIMIT), "10.0.0.2")  # another address has its own
    assert here.get_window_stats(parse(LIMIT), "10.0.0.1").remaining == 0


def test_many_addresses_fit_a_small_table_and_evict_the_soonest_to_expire(
    tmp_path: Path,
) -> None:
    path = tmp_path / "rate-limits"
    create_table(path, slots=32)
    storage = SharedMemoryStorage(path)
    assert storage.incr("old", expiry=1) == 1
    for n in range(200):
        storage.incr(f"address-{n}", expiry=3600)
    assert path.stat().st_size == 64 + 32 * 32  # bounded: nothing grows
    assert storage.get("old") == 0  # gave up its slot first
    assert storage.get("address-199") == 1
    assert storage.incr("address-199", expiry=3600) == 2
    storage.clear("address-199")
    assert storage.get("address-199") == 0
    assert storage.reset() == 31  # the table is full but for the one just cleared


def test_a_counter_expires(tmp_path: Path) -> None:
    path = tmp_path / "rate-limits"
    create_table(path)
    storage = SharedMemoryStorage(path)
    storage.incr("a", expiry=1)
    assert storage.get("a") == 1 and storage.get_expiry("a") > time.time()
    time.sleep(1.1)
    assert storage.get("a") == 0


def test_a_file_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other"
    path.write_bytes(b"\0" * 4096)
    with pytest.raises(ValueError, match="not a rate-limit table"):
        SharedMemoryStorage(path)
