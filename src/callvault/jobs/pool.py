"""Worker threads plus a scheduler thread: what `callvault serve` starts in embedded mode, and
the whole of a `callvault worker` process (run_forever, stopped by SIGTERM or SIGINT)."""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Iterable
from types import FrameType

from callvault.db.engine import Database
from callvault.jobs.backoff import Backoff
from callvault.jobs.registry import HandlerRegistry
from callvault.jobs.scheduler import Schedule, Scheduler
from callvault.jobs.worker import Worker, default_worker_id

logger = logging.getLogger(__name__)


class WorkerPool:
    """`threads` workers (0 is allowed: a node that only schedules) and, when there are
    schedules, one thread ticking the scheduler every tick_interval seconds."""

    def __init__(
        self,
        db: Database,
        registry: HandlerRegistry,
        schedules: Iterable[Schedule] = (),
        *,
        threads: int = 1,
        tick_interval: float = 5.0,
        lease_seconds: float = 60.0,
        poll_interval: float = 0.5,
        backoff: Backoff | None = None,
    ) -> None:
        if threads < 0:
            raise ValueError("threads must not be negative")
        if tick_interval <= 0:
            raise ValueError("tick_interval must be positive")
        self.db = db
        self.scheduler = Scheduler(db, schedules)
        self.tick_interval = tick_interval
        prefix = default_worker_id()
        self.workers = [
            Worker(
                db,
                registry,
                worker_id=f"{prefix}:{index}",
                lease_seconds=lease_seconds,
                poll_interval=poll_interval,
                backoff=backoff,
            )
            for index in range(threads)
        ]
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def running(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def start(self) -> None:
        if self._threads:
            raise RuntimeError("the worker pool was already started")
        for index, worker in enumerate(self.workers):
            self._threads.append(
                threading.Thread(
                    target=worker.run, args=(self._stop,), name=f"job-worker-{index}", daemon=True
                )
            )
        if self.scheduler.schedules:
            self._threads.append(
                threading.Thread(target=self._tick_loop, name="job-scheduler", daemon=True)
            )
        for thread in self._threads:
            thread.start()
        logger.info(
            "job pool started: %d workers, %d schedules",
            len(self.workers),
            len(self.scheduler.schedules),
        )

    def stop(self, timeout: float | None = None) -> bool:
        """Ask every thread to stop after its current job and wait up to timeout seconds in
        all; True when every thread has finished."""
        self._stop.set()
        deadline = None if timeout is None else time.monotonic() + timeout
        for thread in self._threads:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            thread.join(remaining)
        stopped = not self.running
        if stopped:
            logger.info("job pool stopped")
        else:
            logger.warning("job pool: threads still busy after %s s", timeout)
        return stopped

    def run_forever(self) -> None:
        """Run until SIGTERM or SIGINT (from the main thread), then stop gracefully: jobs in
        progress finish. A second signal gets the default behaviour back (SIGINT interrupts)."""
        previous = {
            sig: signal.getsignal(sig) or signal.SIG_DFL for sig in (signal.SIGTERM, signal.SIGINT)
        }

        def request_stop(signum: int, _frame: FrameType | None) -> None:
            logger.info("job pool: %s received, stopping", signal.Signals(signum).name)
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            self._stop.set()

        for sig in previous:
            signal.signal(sig, request_stop)
        try:
            self.start()
            while not self._stop.wait(1.0):
                pass
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            self.stop()

    def _tick_loop(self) -> None:
        while not self._stop.is_set():
            try:
                created = self.scheduler.tick()
                if created:
                    logger.info("scheduler enqueued %d jobs", len(created))
            except Exception:
                logger.exception("scheduler tick failed")
            self._stop.wait(self.tick_interval)
