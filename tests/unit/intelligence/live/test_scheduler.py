"""One process's decoding queue: finals run before partials queued earlier, results and
errors come back to the awaiting task."""

from __future__ import annotations

import asyncio
import threading

import pytest

from callvault.intelligence.live.scheduler import DecodeScheduler


def test_finals_overtake_queued_partials_and_errors_come_back() -> None:
    async def run() -> list[str]:
        scheduler = DecodeScheduler(threads=1)
        gate = threading.Event()
        order: list[str] = []

        def job(name: str) -> str:
            order.append(name)
            return name

        blocker = asyncio.ensure_future(scheduler.run(gate.wait, final=False))
        await asyncio.sleep(0.05)  # the only thread is busy
        jobs = [
            asyncio.ensure_future(scheduler.run(lambda n=n: job(n), final=n.startswith("F")))
            for n in ("p1", "F1", "p2", "F2")
        ]
        await asyncio.sleep(0.05)
        gate.set()
        assert await asyncio.gather(*jobs) == ["p1", "F1", "p2", "F2"]
        await blocker

        def broken() -> None:
            raise ValueError("bad audio")

        with pytest.raises(ValueError, match="bad audio"):
            await scheduler.run(broken, final=True)
        scheduler.close()
        return order

    assert asyncio.run(run()) == ["F1", "F2", "p1", "p2"]


def test_the_scheduler_is_idle_only_while_a_thread_would_start_a_job_at_once() -> None:
    async def run() -> None:
        scheduler = DecodeScheduler(threads=1)
        assert scheduler.idle()
        gate = threading.Event()
        running = asyncio.ensure_future(scheduler.run(gate.wait, final=True))
        await asyncio.sleep(0.05)
        assert not scheduler.idle()  # the only thread is busy: a partial would wait
        gate.set()
        await running
        assert scheduler.idle()
        scheduler.close()

    asyncio.run(run())
