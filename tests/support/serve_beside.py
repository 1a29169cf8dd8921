"""`callvault serve` as a real operating-system process over a given data directory and
database: several of them on one data directory are what N HTTP workers are to each other."""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.support.live import free_port


@dataclass
class ServeProcess:
    base_url: str
    process: subprocess.Popen[bytes]
    log: Path
    ssl_context: ssl.SSLContext

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(
            base_url=self.base_url, verify=self.ssl_context, headers=headers, timeout=30
        )


@contextmanager
def serve_process(
    data_dir: Path, database_url: str, *, name: str, **settings: str
) -> Iterator[ServeProcess]:
    """Start `callvault serve` (no job workers, limits lifted) and wait until it is ready."""
    port = free_port()
    env = {
        **os.environ,
        "CALLVAULT_DATA_DIR": str(data_dir),
        "CALLVAULT_DATABASE_URL": database_url,
        "CALLVAULT_PORT": str(port),
        "CALLVAULT_EMBEDDED_WORKERS": "0",
        "CALLVAULT_RATE_LIMIT": "100000/minute",
        "CALLVAULT_MAX_CONNECTIONS_PER_CLIENT": "100000",
        "CALLVAULT_LOG_LEVEL": "WARNING",
        **{f"CALLVAULT_{k.upper()}": v for k, v in settings.items()},
    }
    log_path = data_dir.parent / f"{name}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "callvault", "serve"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        ctx = ssl.create_default_context(cafile=str(data_dir / "tls" / "cert.pem"))
        server = ServeProcess(f"https://127.0.0.1:{port}", proc, log_path, ctx)
        deadline = time.monotonic() + 90
        while True:
            try:
                with server.client() as c:
                    if c.get("/readyz", timeout=2).status_code == 200:
                        break
            except (httpx.HTTPError, ssl.SSLError, OSError):
                pass
            assert proc.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.2)
        yield server
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
