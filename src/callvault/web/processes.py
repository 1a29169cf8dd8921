"""What the children of a multi-process `callvault serve` run (ADR 0016): the HTTP workers
and the one job process. Each is forked by multiprocessing's fork server (a process that has
imported callvault and opened nothing), so it inherits nothing of the supervisor's but its
arguments (the settings, the listening socket, the hub's address), and builds its own
container from the settings: no database connection, lock or thread crosses a fork.

A child is stopped by its supervisor (SIGTERM: requests or jobs in progress finish first),
and stops the same way by itself if its supervisor is gone."""

from __future__ import annotations

import logging
import os
import select
import signal
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import uvicorn

from callvault.audit.group_commit import SERVE_LINGER_SECONDS
from callvault.audit.writer_link import AuditWriterServer
from callvault.core.settings import Settings
from callvault.jobs.pool import WorkerPool
from callvault.realtime.bus import InProcessBus
from callvault.realtime.hub_bus import HubBus
from callvault.realtime.redis_bus import RedisBus
from callvault.web import gc_tuning
from callvault.web.server import LOG_FORMAT, https_config
from callvault.web.serving import ServingProcess
from callvault.wiring import build, cluster_bus

log = logging.getLogger("callvault.web.processes")


@dataclass(frozen=True, slots=True)
class ChildSpec:
    """What every child of one supervisor gets."""

    settings: Settings
    hub_path: Path | None  # None in cluster mode: no hub, events go through Redis
    supervisor_pid: int
    # Where the media process listens (ADR 0022); None: no live-call media.
    media_path: Path | None = None


def run_web_worker(spec: ChildSpec, serving: ServingProcess, listener: socket.socket) -> None:
    stop = _become_child(spec)
    bus = _bus(spec)
    bus.start()
    container = build(spec.settings, bus=bus)
    if serving.audit_socket is not None:
        container.audit.use_writer_at(str(serving.audit_socket))
    try:
        server = uvicorn.Server(https_config(container, serving=serving))
        stop.server = server
        gc_tuning.settle()
        server.run(sockets=[listener])
    finally:
        bus.close()
        container.close()


def run_job_process(spec: ChildSpec, threads: int) -> None:
    _become_child(spec)
    bus = _bus(spec)  # jobs may publish events too
    bus.start()
    container = build(spec.settings, bus=bus)
    try:
        WorkerPool(container.db, container.jobs, container.schedules, threads=threads).run_forever()
    finally:
        bus.close()
        container.close()


def run_media_process(spec: ChildSpec) -> None:
    """The media engine, in a process of its own so that a crash in it ends calls, not the
    API (ADR 0022)."""
    from callvault.web.media_process import serve_media  # aiortc only where it runs

    _become_child(spec)
    assert spec.media_path is not None
    serve_media(spec.settings, spec.media_path)


def run_audit_process(spec: ChildSpec, listener: socket.socket) -> None:
    """The serve's one writer of audited reads, for every web process (ADR 0015 addendum).
    On SIGTERM it stops taking connections and commits (and answers) what it was sent."""
    _become_child(spec)
    # Its events would have no subscriber: the in-process bus, no Redis connection.
    container = build(spec.settings, bus=InProcessBus())
    server = AuditWriterServer(listener, container.audit.group_writer(linger=SERVE_LINGER_SECONDS))
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: server.stop())
    try:
        server.serve_forever()
    finally:
        container.close()  # commits what is queued, then answers it


def _bus(spec: ChildSpec) -> HubBus | RedisBus:
    """Events reach the other processes through the supervisor's hub, or in cluster mode
    through Redis, which also reaches the other nodes (ADR 0021)."""
    if spec.settings.redis_url is not None:
        return cluster_bus(spec.settings)
    if spec.hub_path is None:
        raise RuntimeError("embedded mode needs the supervisor's hub")
    return HubBus(spec.hub_path)


class _StopBeforeServing:
    """SIGTERM/SIGINT while the child is still starting: exit at once. Once uvicorn serves
    it handles them itself, and raises them again when it has finished; they must then do
    nothing, so that a clean shutdown exits with status 0."""

    server: uvicorn.Server | None = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        del signum, frame
        if self.server is None:
            raise SystemExit(0)


def _become_child(spec: ChildSpec) -> _StopBeforeServing:
    # Its own process group: a Ctrl-C in the terminal reaches the supervisor alone, which
    # stops its children once and in order (two signals would make uvicorn skip its drain).
    os.setpgrp()
    logging.basicConfig(level=spec.settings.log_level, format=LOG_FORMAT)
    stop = _StopBeforeServing()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, stop)
    threading.Thread(
        target=_stop_when_orphaned, args=(spec.supervisor_pid,), name="orphan-watch", daemon=True
    ).start()
    return stop


def _stop_when_orphaned(supervisor_pid: int) -> None:
    """A supervisor killed outright (SIGKILL, OOM) cannot stop its children: they notice it
    is gone and stop themselves, gracefully. Their parent is the fork server, which lives as
    long as any child does, so they watch the supervisor itself: a pidfd names that one
    process (never a later one given the same pid) and becomes readable when it exits."""
    try:
        watched = os.pidfd_open(supervisor_pid)
    except ProcessLookupError:
        watched = None  # gone before this child started
    if watched is not None:
        select.select([watched], [], [])
        os.close(watched)
    log.warning("the supervisor (pid %d) is gone: stopping", supervisor_pid)
    os.kill(os.getpid(), signal.SIGTERM)
