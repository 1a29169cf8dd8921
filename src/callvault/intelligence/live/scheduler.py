"""The decoding threads of one process's live transcripts: every call's chunks wait in one
queue, finals before partials (then first come, first served), so a busy process delays the
partials — which are replaced within a second anyway — and not the finals. A partial is
only worth decoding on a thread with nothing else to do (`idle`): queued behind other work
it arrives stale, and the CPU it takes makes every final behind it later."""

from __future__ import annotations

import asyncio
import itertools
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
_FINAL, _PARTIAL, _STOP = 0, 1, 2


class DecodeScheduler:
    def __init__(self, threads: int = 1) -> None:
        self._threads_wanted = threads
        self._queue: queue.PriorityQueue[tuple[int, int, Callable[[], None] | None]] = (
            queue.PriorityQueue()
        )
        self._order = itertools.count()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._in_flight = 0  # jobs queued or running (touched on the event loop only)

    def idle(self) -> bool:
        """A thread would start a job now: nothing is waiting and one is free."""
        return self._in_flight < self._threads_wanted

    async def run(self, fn: Callable[[], T], *, final: bool) -> T:
        """fn() in a decoding thread, once the finals queued before it (and, for a partial,
        every final) have run."""
        self._start()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()

        def job() -> None:
            try:
                result: Any = fn()
            except BaseException as exc:  # handed to the awaiting task
                loop.call_soon_threadsafe(_fail, future, exc)
            else:
                loop.call_soon_threadsafe(_succeed, future, result)

        self._queue.put((_FINAL if final else _PARTIAL, next(self._order), job))
        self._in_flight += 1
        try:
            return await future
        finally:
            self._in_flight -= 1

    def close(self) -> None:
        with self._lock:
            for _ in self._threads:
                self._queue.put((_STOP, next(self._order), None))
            self._threads = []

    def _start(self) -> None:
        with self._lock:
            while len(self._threads) < self._threads_wanted:
                thread = threading.Thread(target=self._work, name="live-asr", daemon=True)
                thread.start()
                self._threads.append(thread)

    def _work(self) -> None:
        while True:
            _, _, job = self._queue.get()
            if job is None:
                return
            job()


def _succeed(future: asyncio.Future[Any], result: object) -> None:
    if not future.done():
        future.set_result(result)


def _fail(future: asyncio.Future[Any], exc: BaseException) -> None:
    if not future.done():
        future.set_exception(exc)
