"""A private Janus (Debian's `janus` 1.1.2, scripts/system-deps.sh) for the Janus media-engine
tests: its own configuration folder in the test's tmp directory, only the AudioBridge plugin and
the WebSocket transport loaded (symlinked into private folders, so nothing else Janus ships
starts), the WebSocket API on a random 127.0.0.1 port, no admin API, a fresh API secret, a
private RTP port range, host candidates on one address only (no STUN server is asked). Janus
never gathers loopback candidates, so ICE runs on the machine's own (non-loopback) IPv4
address, `Janus.host`, which the tests' devices must use too. Skipped when janus is missing or
the machine has no such address, except on CI, where it fails."""

from __future__ import annotations

import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

JANUS = "janus"
# Where Debian (per architecture) and a source build put the plugins and transports.
LIBRARIES = ("/usr/lib/*/janus", "/usr/lib/janus", "/usr/local/lib/janus", "/opt/janus/lib/janus")
PLUGINS = ("libjanus_audiobridge.so",)
TRANSPORTS = ("libjanus_websockets.so",)


@dataclass
class Janus:
    port: int
    host: str  # the one address Janus gathers ICE candidates on
    api_secret: str
    log: Path
    process: subprocess.Popen[bytes] = field(repr=False)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        """SIGKILL: the engine is lost (the tests' crash)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(20)


def require_janus() -> tuple[str, Path]:
    """The janus binary and the folder holding its plugins/ and transports/."""
    found = shutil.which(JANUS) or shutil.which(JANUS, path="/usr/bin:/usr/sbin")
    libraries = [
        folder
        for pattern in LIBRARIES
        for folder in Path("/").glob(pattern.lstrip("/"))
        if (folder / "plugins" / PLUGINS[0]).exists()
        and (folder / "transports" / TRANSPORTS[0]).exists()
    ]
    if found and libraries:
        return found, libraries[0]
    _skip(
        "janus (with AudioBridge and the WebSocket transport) is missing: "
        "run scripts/system-deps.sh"
    )
    raise AssertionError("unreachable")


def _skip(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def host_address() -> str:
    """This machine's IPv4 address towards its default route (a UDP "connect" sends nothing)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only the route is looked up
        except OSError:
            _skip("no non-loopback IPv4 address for Janus's ICE candidates")
        address = str(probe.getsockname()[0])
    if address.startswith("127."):
        _skip("no non-loopback IPv4 address for Janus's ICE candidates")
    return address


def _free_tcp_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _link(names: tuple[str, ...], source: Path, folder: Path) -> None:
    folder.mkdir()
    for name in names:
        (folder / name).symlink_to(source / name)


def _write_configs(
    folder: Path, *, port: int, secret: str, rtp_low: int, host: str, session_timeout: int
) -> None:
    folder.mkdir()
    (folder / "janus.jcfg").write_text(
        f"""general: {{
    configs_folder = "{folder}"
    plugins_folder = "{folder.parent / "plugins"}"
    transports_folder = "{folder.parent / "transports"}"
    events_folder = "{folder.parent / "none"}"
    loggers_folder = "{folder.parent / "none"}"
    debug_level = 4
    api_secret = "{secret}"
    server_name = "callvault-test"
    session_timeout = {session_timeout}
    protected_folders = ["/bin", "/boot", "/dev", "/etc", "/initrd", "/lib", "/lib32", "/lib64",
        "/proc", "/sbin", "/sys", "/usr", "/var", "/opt/janus/bin", "/opt/janus/etc",
        "/opt/janus/include", "/opt/janus/lib", "/opt/janus/lib32", "/opt/janus/lib64",
        "/opt/janus/sbin"]
}}
media: {{
    rtp_port_range = "{rtp_low}-{rtp_low + 399}"
}}
nat: {{
    nice_debug = false
    ice_enforce_list = "{host}"
}}
plugins: {{
}}
transports: {{
}}
events: {{
    broadcast = false
}}
"""
    )
    (folder / "janus.transport.websockets.jcfg").write_text(
        f"""general: {{
    json = "plain"
    ws = true
    ws_ip = "127.0.0.1"
    ws_port = {port}
    wss = false
}}
admin: {{
    admin_ws = false
    admin_wss = false
}}
"""
    )
    (folder / "janus.plugin.audiobridge.jcfg").write_text(
        """general: {
    string_ids = true
    events = false
}
"""
    )


@contextmanager
def janus_server(tmp: Path, *, session_timeout: int = 60) -> Iterator[Janus]:
    """A running private Janus; stopped (SIGTERM, then SIGKILL) at the end. session_timeout:
    how long Janus keeps a session that sends nothing (its default, 60 s)."""
    binary, library = require_janus()
    tmp.mkdir(parents=True, exist_ok=True)
    port = _free_tcp_port()
    secret = secrets.token_urlsafe(24)
    _link(PLUGINS, library / "plugins", tmp / "plugins")
    _link(TRANSPORTS, library / "transports", tmp / "transports")
    (tmp / "none").mkdir()
    host = host_address()
    rtp_low = random.randrange(20_000, 40_000, 400)
    _write_configs(
        tmp / "conf",
        port=port,
        secret=secret,
        rtp_low=rtp_low,
        host=host,
        session_timeout=session_timeout,
    )
    log = tmp / "janus.log"
    proc = subprocess.Popen(
        [binary, "-F", str(tmp / "conf"), "-N", "-L", str(log), "-o"],
        cwd=tmp,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = Janus(port=port, host=host, api_secret=secret, log=log, process=proc)
    try:
        deadline = time.monotonic() + 30
        while True:  # its WebSocket listener is up once it serves
            if proc.poll() is not None:
                pytest.fail(f"janus exited ({proc.returncode}): {server.log_text()[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"janus did not listen: {server.log_text()[-2000:]}")
                time.sleep(0.1)
        yield server
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
