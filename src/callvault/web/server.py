"""Runs the HTTPS server (no plain-HTTP listener exists) and, in embedded mode, the
in-process job workers."""

from __future__ import annotations

import logging
import ssl

import uvicorn

from callvault.jobs.pool import WorkerPool
from callvault.web import log_redaction
from callvault.web.app import create_app
from callvault.web.connection_limits import ConnectionLimits, LimitedConfig
from callvault.web.guarded_protocol import GuardedHttpProtocol, GuardedWebSocketProtocol
from callvault.web.tls import TLS12_CIPHERS, ensure_certificate
from callvault.wiring import Container

log = logging.getLogger("callvault.web")


def https_config(container: Container) -> LimitedConfig:
    settings = container.settings
    cert, key = ensure_certificate(settings)
    config = LimitedConfig(
        create_app(container),
        limits=ConnectionLimits.from_settings(settings),
        http=GuardedHttpProtocol,
        ws=GuardedWebSocketProtocol,
        host=settings.host,
        port=settings.port,
        ssl_certfile=str(cert),
        ssl_keyfile=str(key),
        ssl_ciphers=TLS12_CIPHERS,
        server_header=False,
        proxy_headers=False,
        timeout_graceful_shutdown=10,
        log_level=settings.log_level.lower(),
    )
    config.load()
    log_redaction.install()  # after uvicorn configured its loggers
    assert config.ssl is not None
    config.ssl.minimum_version = ssl.TLSVersion.TLSv1_2  # TLS 1.0/1.1 refused
    return config


def serve(container: Container, *, in_process_workers: int) -> None:
    config = https_config(container)
    pool = None
    if in_process_workers > 0:
        pool = WorkerPool(
            container.db, container.jobs, container.schedules, threads=in_process_workers
        )
        pool.start()
    try:
        uvicorn.Server(config).run()
    finally:
        if pool is not None:
            pool.stop(timeout=30)
