"""Runs the HTTPS server (no plain-HTTP listener exists) and, in embedded mode, the job
workers: in this one process when it serves alone, else under a supervisor with one web
process per core (web/supervisor.py, ADR 0016)."""

from __future__ import annotations

import logging
import ssl

import uvicorn

from callvault.comms.live.protocol import MAX_MESSAGE_BYTES
from callvault.jobs.pool import WorkerPool
from callvault.web import gc_tuning, log_redaction
from callvault.web.app import create_app
from callvault.web.connection_limits import ConnectionLimits, LimitedConfig
from callvault.web.guarded_protocol import GuardedHttpProtocol, GuardedWebSocketProtocol
from callvault.web.serving import ServingProcess
from callvault.web.tls import TLS12_CIPHERS, ensure_certificate
from callvault.wiring import Container

log = logging.getLogger("callvault.web")

# The pid tells which of the serve's processes wrote a line.
LOG_FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s %(message)s"
# How long a stopping server lets requests in progress finish.
GRACEFUL_SHUTDOWN_SECONDS = 10
# How long a stopping serve lets jobs in progress finish.
JOB_STOP_SECONDS = 30


def https_config(container: Container, *, serving: ServingProcess | None = None) -> LimitedConfig:
    settings = container.settings
    cert, key = ensure_certificate(settings)
    config = LimitedConfig(
        create_app(container, serving=serving),
        limits=ConnectionLimits.from_settings(settings),
        http=GuardedHttpProtocol,
        ws=GuardedWebSocketProtocol,
        # A message is refused (1009) as it arrives past this, before it is held whole:
        # uvicorn's default (16 MiB) let anyone, before signing in, make each socket hold
        # that much (an outside probe, stop 42). The app reads at most MAX_MESSAGE_BYTES
        # characters; twice that in bytes leaves room for non-ASCII text.
        ws_max_size=2 * MAX_MESSAGE_BYTES,
        host=settings.host,
        port=settings.port,
        ssl_certfile=str(cert),
        ssl_keyfile=str(key),
        ssl_ciphers=TLS12_CIPHERS,
        server_header=False,
        proxy_headers=False,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        log_level=settings.log_level.lower(),
    )
    config.load()
    log_redaction.install()  # after uvicorn configured its loggers
    assert config.ssl is not None
    config.ssl.minimum_version = ssl.TLSVersion.TLSv1_2  # TLS 1.0/1.1 refused
    return config


def serve(container: Container, *, in_process_workers: int) -> None:
    processes = container.settings.effective_web_processes
    # One process serves alone only when the media process runs apart (`callvault media`):
    # otherwise the supervisor starts it beside the web process (ADR 0016, 0022).
    if processes > 1 or container.settings.media_socket is None:
        from callvault.web.supervisor import Supervisor

        Supervisor(container.settings, processes=processes, job_threads=in_process_workers).run()
        return
    config = https_config(container)
    pool = None
    if in_process_workers > 0:
        pool = WorkerPool(
            container.db, container.jobs, container.schedules, threads=in_process_workers
        )
        pool.start()
    try:
        server = uvicorn.Server(config)
        gc_tuning.settle()
        server.run()
    finally:
        if pool is not None:
            pool.stop(timeout=JOB_STOP_SECONDS)
