"""The supervisor of a multi-process `callvault serve` (ADR 0016).

It binds the listening socket once and hands it to N HTTP workers, forked by a fork server
(the kernel spreads connections over them), runs the event hub that carries real-time events between
them (realtime/hub.py), creates the rate-limit table they share
(web/shared_rate_storage.py) (neither in cluster mode, where Redis carries both), binds
the socket of the audit process that writes every web process's audited reads on SQLite
(ADR 0015 addenda), and starts the job workers and scheduler once, in a job process of their own.
A child that dies is started again (sooner or later depending on whether it keeps dying
young); SIGTERM or SIGINT stop every child gracefully, then the supervisor, with status 0.
It serves no request itself, so it stays small and responsive."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import multiprocessing
import os
import shutil
import signal
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import FrameType

from callvault.core.settings import Settings
from callvault.db.engine import is_sqlite
from callvault.realtime.hub import Hub
from callvault.web.processes import (
    ChildSpec,
    run_audit_process,
    run_job_process,
    run_media_process,
    run_web_worker,
)
from callvault.web.server import GRACEFUL_SHUTDOWN_SECONDS, JOB_STOP_SECONDS
from callvault.web.serving import ServingProcess
from callvault.web.shared_rate_storage import create_table
from callvault.web.tls import ensure_certificate

log = logging.getLogger("callvault.web.supervisor")

# uvicorn's exit status for an app that cannot start: every restart would fail the same way.
STARTUP_FAILURE = 3
# A child that ran at least this long is restarted at once; one that keeps dying sooner
# waits longer each time (1, 2, 4 … 30 s), so a broken dependency is not hammered.
HEALTHY_RUN_SECONDS = 10.0
MAX_RESTART_DELAY = 30.0
BACKLOG = 2048
UNIX_PATH_MAX = 100
# Closing every call's peer connections and finishing recordings (blobs are fsynced).
MEDIA_STOP_SECONDS = 10.0  # sun_path holds 108 bytes; keep a margin


MEDIA_STAGE = 1
AUDIT_STAGE = 2


@dataclass
class _Child:
    name: str
    spawn: Callable[[], BaseProcess]
    stop_seconds: float
    process: BaseProcess | None = None
    started_at: float = 0.0
    quick_deaths: int = 0
    restart_at: float = 0.0
    # Children stop in stages, lowest first: the web and job processes, then the media engine
    # (which the web processes' live calls use: stopped first, each web process logged "media
    # engine lost" as an error on every clean shutdown), then the audit process, so the
    # entries written while stopping are kept.
    stop_stage: int = 0


class Supervisor:
    def __init__(self, settings: Settings, *, processes: int, job_threads: int) -> None:
        if processes < 1:
            raise ValueError("at least one web process")
        self.settings = settings
        self.processes = processes
        self.job_threads = job_threads
        self._stop = threading.Event()
        self._failed = False

    def run(self) -> None:
        """Serve until SIGTERM or SIGINT; SystemExit(1) if the workers cannot start."""
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._request_stop)
        ensure_certificate(self.settings)  # made once here, read by every worker
        with contextlib.ExitStack() as cleanup:
            listener = cleanup.enter_context(_bind(self.settings.host, self.settings.port))
            run_dir = cleanup.enter_context(_private_run_dir(self.settings.data_dir))
            # Bound before any child starts and kept across restarts of the audit process:
            # a web process's connection made meanwhile waits in the backlog.
            audit = cleanup.enter_context(_bind_unix(run_dir / "audit.sock"))
            hub_path = rate_table = None
            # Cluster mode (ADR 0021): events and rate limits go through Redis, so there is
            # no hub to run and no table to share; the children never look for them.
            if self.settings.redis_url is None:
                hub = Hub(run_dir / "hub.sock")
                hub.start()
                cleanup.callback(hub.stop)
                hub_path, rate_table = hub.path, run_dir / "rate-limits"
                create_table(rate_table)
            # One media process for all web processes, unless one runs apart (ADR 0022).
            media_path = self.settings.media_socket or run_dir / "media.sock"
            spec = ChildSpec(self.settings, hub_path, os.getpid(), media_path)
            children = self._children(spec, listener, rate_table, audit)
            cleanup.callback(self._stop_all, children)
            log.info(
                "serving https://%s:%d with %d web processes, %s%s",
                self.settings.host,
                self.settings.port,
                self.processes,
                "a media process" if self.settings.media_socket is None else "no media process",
                f" and a job process ({self.job_threads} workers)" if self.job_threads else "",
            )
            self._supervise(children)
        log.info("stopped")
        if self._failed:
            raise SystemExit(1)

    def _children(
        self,
        spec: ChildSpec,
        listener: socket.socket,
        rate_table: Path | None,
        audit: socket.socket,
    ) -> list[_Child]:
        web_stop = GRACEFUL_SHUTDOWN_SECONDS + 5.0
        # One web process writes its audited reads itself, as a lone process would. On SQLite
        # several send them to one audit process (ADR 0015 addendum) instead of taking turns
        # at the file's one write lock; on PostgreSQL each writes its own (the chain head's
        # row lock orders them, held for a batch's commit only), which saves the hop to a
        # third process (addendum 4: -19-23 % CPU per audited read, +11-16 % req/s).
        shared_audit = self.processes > 1 and is_sqlite(self.settings.effective_database_url)
        audit_path = Path(audit.getsockname()) if shared_audit else None
        children = [
            _Child(
                f"web worker {index}",
                _spawner(
                    run_web_worker,
                    spec,
                    ServingProcess(
                        index=index,
                        count=self.processes,
                        rate_table=rate_table,
                        media_socket=spec.media_path,
                        audit_socket=audit_path,
                    ),
                    listener,
                ),
                web_stop,
            )
            for index in range(self.processes)
        ]
        # Stopped after the web workers: the reads they finish while draining are audited.
        if shared_audit:
            children.append(
                _Child(
                    "audit process",
                    _spawner(run_audit_process, spec, audit),
                    JOB_STOP_SECONDS,
                    stop_stage=AUDIT_STAGE,
                )
            )
        if self.job_threads > 0:
            children.append(
                _Child(
                    "job process",
                    _spawner(run_job_process, spec, self.job_threads),
                    JOB_STOP_SECONDS,
                )
            )
        if self.settings.media_socket is None:
            children.append(
                _Child(
                    "media process",
                    _spawner(run_media_process, spec),
                    MEDIA_STOP_SECONDS,
                    stop_stage=MEDIA_STAGE,
                )
            )
        return children

    def _supervise(self, children: list[_Child]) -> None:
        while not self._stop.is_set():
            now = time.monotonic()
            for child in children:
                if child.process is None and now >= child.restart_at:
                    self._start(child)
            running = [c.process.sentinel for c in children if c.process is not None]
            wait(running, timeout=0.5)
            for child in children:
                if child.process is not None and child.process.exitcode is not None:
                    self._reap(child)

    def _start(self, child: _Child) -> None:
        process = child.spawn()
        process.start()
        child.process, child.started_at = process, time.monotonic()
        log.info("%s started (pid %s)", child.name, process.pid)

    def _reap(self, child: _Child) -> None:
        assert child.process is not None
        code, pid = child.process.exitcode, child.process.pid
        child.process.close()
        child.process = None
        if self._stop.is_set():
            return
        lived = time.monotonic() - child.started_at
        if code == STARTUP_FAILURE:
            log.error("%s (pid %s) could not start its application: stopping", child.name, pid)
            self._failed = True
            self._stop.set()
            return
        child.quick_deaths = 0 if lived >= HEALTHY_RUN_SECONDS else child.quick_deaths + 1
        delay = min(MAX_RESTART_DELAY, 2.0 ** (child.quick_deaths - 1)) if child.quick_deaths else 0
        child.restart_at = time.monotonic() + delay
        how = f"signal {-code}" if code is not None and code < 0 else f"status {code}"
        log.warning(
            "%s (pid %s) ended with %s after %.0f s; restarting in %.0f s",
            child.name,
            pid,
            how,
            lived,
            delay,
        )

    def _stop_all(self, children: list[_Child]) -> None:
        for stage in sorted({c.stop_stage for c in children}):
            self._stop_group([c for c in children if c.stop_stage == stage])

    @staticmethod
    def _stop_group(children: list[_Child]) -> None:
        started = time.monotonic()
        for child in children:
            if child.process is not None and child.process.exitcode is None:
                assert child.process.pid is not None
                with contextlib.suppress(ProcessLookupError):
                    os.kill(child.process.pid, signal.SIGTERM)
        for child in children:
            if child.process is None:
                continue
            child.process.join(max(0.0, started + child.stop_seconds - time.monotonic()))
            if child.process.exitcode is None:
                log.warning(
                    "%s (pid %s) did not stop in time: killed", child.name, child.process.pid
                )
                child.process.kill()
                child.process.join()
            child.process.close()
            child.process = None

    def _request_stop(self, signum: int, frame: FrameType | None) -> None:
        del frame
        if not self._stop.is_set():
            log.info("%s received: stopping", signal.Signals(signum).name)
        self._stop.set()


# What a child runs, imported once by the fork server (all of callvault's domains, uvicorn,
# aiortc): a spawned interpreter spent about 3 s of CPU importing them, per child and per
# restart, so a serve with five children took 8-9 s to answer on two idle cores.
_PRELOAD = ["callvault.web.processes", "callvault.web.server", "callvault.web.media_process"]


def _spawner(target: Callable[..., None], *args: object) -> Callable[[], BaseProcess]:
    """A fresh process each time, forked by multiprocessing's fork server, never by this
    supervisor (ADR 0016 addendum): the server is a single-threaded process of its own that
    has imported the modules above and opened nothing, so a child inherits no thread, lock or
    connection of the supervisor's, as with spawn, but starts without importing anything."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)

    def spawn() -> BaseProcess:
        return context.Process(target=target, args=args, name=f"callvault-{target.__name__}")

    return spawn


@contextlib.contextmanager
def _bind(host: str, port: int) -> Iterator[socket.socket]:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            listener.bind((host, port))
        except OSError as exc:  # in use, or not an address of this machine
            log.error("cannot listen on %s:%d: %s", host, port, exc.strerror)
            raise SystemExit(1) from exc
        # Listening already: a connection made while the workers start waits in the backlog.
        listener.listen(BACKLOG)
        yield listener


@contextlib.contextmanager
def _bind_unix(path: Path) -> Iterator[socket.socket]:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(str(path))  # in the private run directory (0700)
        listener.listen(BACKLOG)
        yield listener


@contextlib.contextmanager
def _private_run_dir(data_dir: Path) -> Iterator[Path]:
    """A directory for this supervisor's hub socket and rate table, readable by this user
    only, locked while in use and removed afterwards. Directories left by a supervisor that
    was killed (their lock is free) are removed first."""
    base = data_dir / "run"
    base.mkdir(mode=0o700, exist_ok=True)
    for old in base.glob("serve-*"):
        with contextlib.suppress(OSError), (old / "lock").open() as held:
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
            shutil.rmtree(old, ignore_errors=True)
    path = Path(tempfile.mkdtemp(prefix="serve-", dir=base))
    if len(str(path / "hub.sock")) > UNIX_PATH_MAX:  # a deep data directory
        path.rmdir()
        path = Path(tempfile.mkdtemp(prefix="callvault-serve-"))
    try:
        with (path / "lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
