"""A real callvault HTTPS server on a free loopback port, in a background thread, with
helpers to create workspaces and sign users in through the API."""

from __future__ import annotations

import asyncio
import random
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn

from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.core.settings import Settings
from callvault.identity import service as identity
from callvault.identity.models import User
from callvault.web.server import https_config
from callvault.wiring import Container, build, ensure_system_keys, prepare_data_dir
from tests.support.databases import empty_all_tables
from tests.support.set_up_passwords import hashed_once

PASSWORD = "correct horse battery staple"
# Whisper base is assembled once per machine for all test containers (145 MB, ADR 0020), not
# into every container's own data directory.
MODEL_CACHE = Path(__file__).resolve().parents[2] / ".pytest_cache" / "callvault-models"


# Ports handed out below the kernel's ephemeral range: a port from bind(0) lies inside it,
# and in the seconds before a test's server binds it an outgoing connection (a database
# client, a browser) may be given it as its source port ("address already in use" after a
# 24 s drain, stop 36). Outgoing connections never take a port below the range.
_BELOW_EPHEMERAL = 8000


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default


def free_port() -> int:
    """A loopback port free now and outside the range outgoing connections are given."""
    high = _ephemeral_low()
    pick = random.SystemRandom()
    for _ in range(200):
        port = pick.randrange(max(1024, high - _BELOW_EPHEMERAL), high)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue  # a service or another test holds it
            return port
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_container(database_url: str, data_dir: Path, **overrides: object) -> Container:
    """The process wiring over a migrated database, with its system secrets made as `init`
    makes them (system_keys=False: a database with no tables, for the app's schema alone);
    the other overrides are settings."""
    system_keys = bool(overrides.pop("system_keys", True))
    values: dict[str, object] = {
        "data_dir": data_dir,
        "database_url": database_url,
        "rate_limit": "100000/minute",
        # Tests open a client per actor and keep them all: many connections from one address.
        "max_connections_per_client": 100_000,
        "max_connections": 100_000,
        "port": free_port(),
        "asr_model_cache_dir": MODEL_CACHE,
    }
    values.update(overrides)
    settings = Settings(**values)  # type: ignore[arg-type]
    prepare_data_dir(settings)
    container = build(settings)
    if system_keys:
        ensure_system_keys(container)  # as `initialise` does before any process serves
    return container


@contextmanager
def scratch_container(
    database_url: str, data_dir: Path, **overrides: object
) -> Iterator[Container]:
    """make_container, emptied and closed when the block ends (the databases are shared)."""
    c = make_container(database_url, data_dir, **overrides)
    try:
        yield c
    finally:
        empty_all_tables(c.db)
        c.close()


@contextmanager
def serving(database_url: str, data_dir: Path, **overrides: object) -> Iterator[LiveServer]:
    """A live server over a scratch container with these settings."""
    with scratch_container(database_url, data_dir, **overrides) as c, live_server(c) as live:
        yield live


@dataclass
class LiveServer:
    container: Container
    base_url: str
    cert: Path
    server: uvicorn.Server
    thread: threading.Thread
    clients: list[httpx.Client] = field(default_factory=list)
    _tls: ssl.SSLContext | None = field(default=None, repr=False)

    def client(
        self,
        token: str | None = None,
        headers: dict[str, str] | None = None,
        *,
        address: str | None = None,
        **kw: object,
    ) -> httpx.Client:
        """address: connect from this loopback address (any of 127.0.0.0/8 on Linux), so the
        server sees another client address, as it would another machine."""
        headers = dict(headers or {})
        if token:
            headers["authorization"] = f"Bearer {token}"
        ctx = self._tls_context()
        if address is not None:
            kw["transport"] = httpx.HTTPTransport(verify=ctx, local_address=address)
        c = httpx.Client(base_url=self.base_url, verify=ctx, headers=headers, timeout=30, **kw)  # type: ignore[arg-type]
        self.clients.append(c)
        return c

    def _tls_context(self) -> ssl.SSLContext:
        # One context for all of this server's clients (each still has its own connections
        # and handshakes): loading the certificate into a new context for every client cost
        # about a millisecond each, over a thousand clients in the access matrix alone.
        if self._tls is None:
            self._tls = ssl.create_default_context(cafile=str(self.cert))
        return self._tls


class _PromptServer(uvicorn.Server):
    """uvicorn's server, but it notices should_exit within 0.01 s instead of at its next
    0.1 s tick: every test with a live server waited out about half a tick on teardown
    (the ticks themselves, and their once-a-second date header, are uvicorn's own)."""

    async def main_loop(self) -> None:
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            for _ in range(10):
                await asyncio.sleep(0.01)
                if self.should_exit:
                    break
            counter = (counter + 1) % 864000
            should_exit = await self.on_tick(counter)


@contextmanager
def live_server(container: Container) -> Iterator[LiveServer]:
    config = https_config(container)
    config.log_level = "warning"
    server = _PromptServer(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    cert, _ = container.settings.effective_tls_paths
    live = LiveServer(
        container, f"https://127.0.0.1:{container.settings.port}", cert, server, thread
    )
    try:
        yield live
    finally:
        for c in live.clients:
            c.close()
        server.should_exit = True
        thread.join(timeout=15)


@dataclass
class Member:
    workspace_id: str
    slug: str
    user_id: str
    email: str
    role: Role
    token: str = ""


def create_workspace(
    c: Container, slug: str, *, name: str | None = None, password_chosen: bool = True
) -> Member:
    with hashed_once(PASSWORD), c.db.write() as s:
        ws, owner = identity.create_workspace(
            s,
            keyring=c.keyring,
            audit=c.audit,
            slug=slug,
            name=name or f"{slug} Inc",
            owner_email=f"owner@{slug}.example.com",
            owner_name=f"Owner of {slug}",
            owner_password=PASSWORD,
        )
    if password_chosen:
        chosen_password(c, ws.id, owner.id)
    return Member(ws.id, slug, owner.id, owner.email, Role.OWNER)


def add_user(
    c: Container,
    ws: Member,
    role: Role,
    *,
    name: str | None = None,
    password_chosen: bool = True,
) -> Member:
    email = f"{role.value}-{time.monotonic_ns()}@{ws.slug}.example.com"
    with hashed_once(PASSWORD), c.db.write() as s:
        user = identity.add_user(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws.workspace_id),
            email=email,
            name=name or f"{role.value} user",
            role=role,
            password=PASSWORD,
        )
    if password_chosen:
        chosen_password(c, ws.workspace_id, user.id)
    return Member(ws.workspace_id, ws.slug, user.id, email, role)


def chosen_password(c: Container, workspace_id: str, user_id: str) -> None:
    """Set-up shortcut: the user has since chosen PASSWORD as their own (as through their
    invitation link), so a signed-in test client is not held at the password change. The
    tests of that hold pass password_chosen=False."""
    with c.db.write() as s:
        user = s.get(User, user_id)
        assert user is not None and user.workspace_id == workspace_id
        user.password_temporary = False


def sign_in(live: LiveServer, m: Member, password: str = PASSWORD) -> str:
    r = live.client().post(
        "/api/v1/auth/sign-in", json={"workspace": m.slug, "email": m.email, "password": password}
    )
    assert r.status_code == 201, r.text
    m.token = r.json()["token"]
    return m.token
