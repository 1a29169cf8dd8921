"""`callvault init` then `callvault serve` as the operator runs them: real processes on a free
port, with helpers to reach a given web worker (ADR 0016) and to see which one answered."""

from __future__ import annotations

import os
import re
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil

from tests.support.live import free_port

CLI = [sys.executable, "-m", "callvault"]
START_SECONDS = 120  # spawning interpreters is slow on a loaded machine


@dataclass
class Serve:
    popen: subprocess.Popen[bytes]
    base: str
    port: int
    data_dir: Path
    log_path: Path
    password: str
    ctx: ssl.SSLContext
    clients: list[httpx.Client] = field(default_factory=list)

    def client(self, address: str = "127.0.0.1", token: str | None = None) -> httpx.Client:
        """A client with a connection of its own (so the kernel hands it to any worker),
        from a loopback address of its own (each address has its own rate limit)."""
        headers = {"authorization": f"Bearer {token}"} if token else {}
        transport = httpx.HTTPTransport(verify=self.ctx, local_address=address)
        client = httpx.Client(base_url=self.base, transport=transport, headers=headers, timeout=30)
        self.clients.append(client)
        return client

    def pid_of(self, client: httpx.Client) -> int:
        """Which worker serves this client's (kept-alive) connection."""
        r = client.get("/healthz")
        assert r.status_code == 200, r.text
        pid = self.pid_answering(r)
        assert pid is not None, "no worker holds the connection"
        return pid

    def pid_answering(self, response: httpx.Response) -> int | None:
        """The worker that answered, while its connection is still open: the one holding the
        server side of its local port (the probes name no process to anyone: ADR 0016)."""
        client_addr = response.extensions["network_stream"].get_extra_info("client_addr")
        return self.worker_of_local_port(int(client_addr[1]))

    def listening_workers(self) -> set[int]:
        """The children holding the listening socket (the supervisor holds it too)."""
        pids = set()
        for child in psutil.Process(self.popen.pid).children(recursive=True):
            try:
                conns = child.net_connections(kind="tcp")
            except psutil.NoSuchProcess:
                continue
            if any(c.status == psutil.CONN_LISTEN and c.laddr.port == self.port for c in conns):
                pids.add(child.pid)
        return pids

    def worker_of_local_port(self, local_port: int) -> int | None:
        """The worker holding the server side of the connection from local_port."""
        for pid in self.listening_workers():
            try:
                conns = psutil.Process(pid).net_connections(kind="tcp")
            except psutil.NoSuchProcess:
                continue  # a worker killed between the two looks (a test's victim) holds none
            if any(c.raddr and c.raddr.port == local_port for c in conns):
                return pid
        return None

    def media_pid(self, *, not_pid: int | None = None) -> int:
        """The media process (the child listening on media.sock), other than not_pid: after a
        kill, the one the supervisor started again."""
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            for child in psutil.Process(self.popen.pid).children(recursive=True):
                try:
                    conns = child.net_connections(kind="unix")
                except psutil.NoSuchProcess:
                    continue
                if child.pid != not_pid and any(
                    c.laddr and str(c.laddr).endswith("/media.sock") for c in conns
                ):
                    return child.pid
            time.sleep(0.3)
        raise AssertionError(self.log()[-3000:])

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for_workers(self, count: int, *, exclude: frozenset[int] = frozenset()) -> set[int]:
        """Wait until `count` workers listen (none of them in exclude) and answer."""
        deadline = time.monotonic() + START_SECONDS
        while True:
            assert self.popen.poll() is None, self.log()[-3000:]
            pids = self.listening_workers()
            if len(pids) == count and not pids & exclude and self._answering(pids):
                return pids
            assert time.monotonic() < deadline, self.log()[-3000:]
            time.sleep(0.3)

    def _answering(self, pids: set[int]) -> bool:
        # A worker listens (the socket is inherited) before it accepts: ask until each has
        # answered on a fresh connection.
        seen: set[int] = set()
        for _ in range(20 * len(pids)):
            try:
                with httpx.Client(base_url=self.base, verify=self.ctx, timeout=5) as probe:
                    pid = self.pid_answering(probe.get("/readyz"))
            except httpx.HTTPError:
                return False
            if pid is not None:
                seen.add(pid)
            if seen >= pids:
                return True
        return False

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> int:
        for client in self.clients:
            client.close()
        if self.popen.poll() is None:
            self.popen.send_signal(sig)
        return self.popen.wait(timeout=timeout)


def _env(data_dir: Path, port: int, processes: int, extra: dict[str, str]) -> dict[str, str]:
    env = {**os.environ, "CALLVAULT_DATA_DIR": str(data_dir), "CALLVAULT_PORT": str(port)}
    env.pop("CALLVAULT_DATABASE_URL", None)
    env["CALLVAULT_WEB_PROCESSES"] = str(processes)
    return {**env, **extra}


@contextmanager
def serving(
    tmp_path: Path, *, processes: int, choose_password: bool = True, **settings: Any
) -> Iterator[Serve]:
    """settings: more CALLVAULT_* values, by lower-case name (rate_limit="5/day").
    choose_password: the owner replaces the generated password first, as the server asks
    (serve.password is then theirs); False keeps the generated one."""
    port = free_port()
    data_dir = tmp_path / "data"
    extra = {f"CALLVAULT_{name.upper()}": str(value) for name, value in settings.items()}
    env = _env(data_dir, port, processes, extra)
    init = subprocess.run([*CLI, "init"], env=env, capture_output=True, text=True, timeout=180)
    assert init.returncode == 0, init.stderr
    password = re.search(r"password:\s+(\S+)", init.stdout)
    assert password
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        popen = subprocess.Popen([*CLI, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
    ctx = ssl.create_default_context(cafile=str(data_dir / "tls" / "cert.pem"))
    serve = Serve(
        popen, f"https://127.0.0.1:{port}", port, data_dir, log_path, password.group(1), ctx
    )
    children: list[psutil.Process] = []
    try:
        serve.wait_for_workers(processes)
        children = psutil.Process(popen.pid).children(recursive=True)
        if choose_password:
            serve.password = _choose_password(serve, init.stdout)
        yield serve
    finally:
        if popen.poll() is None:
            try:
                serve.stop(timeout=60)
            except subprocess.TimeoutExpired:
                popen.kill()
        for child in children:  # nothing outlives a test
            if child.is_running():
                child.kill()


CHOSEN_PASSWORD = "an owner's own passphrase, 2026"


def _choose_password(serve: Serve, init_out: str) -> str:
    """The first owner's first step: the generated password is a temporary one."""
    workspace = re.search(r"workspace:\s+(\S+)", init_out)
    email = re.search(r"email:\s+(\S+)", init_out)
    assert workspace and email, init_out
    with httpx.Client(base_url=serve.base, verify=serve.ctx, timeout=30) as api:
        signed = api.post(
            "/api/v1/auth/sign-in",
            json={"workspace": workspace[1], "email": email[1], "password": serve.password},
        )
        assert signed.status_code == 201, signed.text
        changed = api.put(
            "/api/v1/me/password",
            headers={"authorization": f"Bearer {signed.json()['token']}"},
            json={"current_password": serve.password, "new_password": CHOSEN_PASSWORD},
        )
        assert changed.status_code == 204, changed.text
    return CHOSEN_PASSWORD


SET_BY_ADMIN = "a passphrase the admin set, 2026"


def add_user_who_chose(
    serve: Serve,
    admin: httpx.Client,
    body: dict[str, str],
    own: str,
    address: str,
    workspace: str = "default",
) -> tuple[str, str]:
    """An admin adds a user with a password (a temporary one); the user signs in with it and
    chooses `own`, as the server makes them. The user's id and signed-in session token."""
    added = admin.post("/api/v1/users", json={**body, "password": SET_BY_ADMIN})
    assert added.status_code == 201, added.text
    api = serve.client(address)
    signed = api.post(
        "/api/v1/auth/sign-in",
        json={"workspace": workspace, "email": body["email"], "password": SET_BY_ADMIN},
    )
    assert signed.status_code == 201, signed.text
    token = signed.json()["token"]
    changed = serve.client(address, token).put(
        "/api/v1/me/password", json={"current_password": SET_BY_ADMIN, "new_password": own}
    )
    assert changed.status_code == 204, changed.text
    return added.json()["id"], token
