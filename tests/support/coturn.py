"""A private coturn (Debian's `coturn`, scripts/system-deps.sh) for relay-only live-call tests:
127.0.0.1 only, random listening and relay ports, TURN REST credentials (`use-auth-secret`
with a fresh `static-auth-secret`), loopback peers allowed (the engine's host candidates are
on 127.0.0.1 here). Skipped when coturn is missing, except on CI, where it fails."""

from __future__ import annotations

import os
import random
import secrets
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

TURNSERVER = "turnserver"
REALM = "callvault.test"


@dataclass(frozen=True)
class Coturn:
    port: int
    secret: str
    log: Path

    @property
    def url(self) -> str:
        return f"turn:127.0.0.1:{self.port}?transport=udp"

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def require_coturn() -> str:
    # /usr/bin is not on every PATH a test runs with
    found = shutil.which(TURNSERVER) or shutil.which(TURNSERVER, path="/usr/bin:/usr/sbin")
    if found:
        return found
    message = "coturn (turnserver) is missing: run scripts/system-deps.sh"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    for _ in range(100):
        port = random.randint(20_000, 40_000)
        # Fresh sockets each try: a socket that bound on a try whose other half failed stays
        # bound, and would refuse every later port (one busy TCP port failed the whole test).
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, socket.socket() as tcp:
            try:
                udp.bind(("127.0.0.1", port))
                tcp.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port for coturn")


@contextmanager
def coturn(tmp: Path) -> Iterator[Coturn]:
    binary = require_coturn()
    port = _free_port()
    relay_low = random.randrange(41_000, 60_000, 200)
    server = Coturn(port=port, secret=secrets.token_urlsafe(24), log=tmp / "coturn.log")
    args = [
        binary,
        "-n",  # no configuration file: everything is on this line
        "--listening-ip=127.0.0.1",
        f"--listening-port={port}",
        "--relay-ip=127.0.0.1",
        f"--min-port={relay_low}",
        f"--max-port={relay_low + 199}",
        "--use-auth-secret",
        f"--static-auth-secret={server.secret}",
        f"--realm={REALM}",
        "--allow-loopback-peers",
        "--fingerprint",
        "--no-tls",
        "--no-dtls",
        "--no-cli",
        "--no-stdout-log",
        "--simple-log",
        f"--log-file={server.log}",
        f"--pidfile={tmp / 'coturn.pid'}",
        f"--userdb={tmp / 'coturn.sqlite'}",
        "--verbose",
    ]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:  # its TCP listener is up once it serves
            if proc.poll() is not None:
                pytest.fail(f"coturn exited ({proc.returncode}): {server.log_text()[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"coturn did not listen: {server.log_text()[-2000:]}")
                time.sleep(0.1)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
