"""The product as an operator runs it: `callvault init` then `callvault serve` as processes,
signing in over HTTPS with the printed password; secrets and personal data (the emails and
phone numbers of look-ups) never reach the logs."""

from __future__ import annotations

import os
import re
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.support.live import free_port

pytestmark = pytest.mark.slow

EMAIL = "ada.lovelace@analytical-engine.example"
PHONE = "+14155550142"
LOCAL_PHONE = "4155550142"
OWN_PASSWORD = "the owner's own passphrase"


def test_init_then_serve_then_sign_in(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "CALLVAULT_DATA_DIR": str(tmp_path / "data"), "CALLVAULT_PORT": str(port)}
    env.pop("CALLVAULT_DATABASE_URL", None)
    cli = [sys.executable, "-m", "callvault"]
    init = subprocess.run([*cli, "init"], env=env, capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    password = re.search(r"password:\s+(\S+)", init.stdout)
    assert password
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        server = subprocess.Popen([*cli, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        ctx = ssl.create_default_context(cafile=str(tmp_path / "data" / "tls" / "cert.pem"))
        base = f"https://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/readyz", verify=ctx, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, log_path.read_text()
            assert server.poll() is None, log_path.read_text()
            time.sleep(0.2)
        with httpx.Client(base_url=base, verify=ctx) as client:
            r = client.post(
                "/api/v1/auth/sign-in",
                json={
                    "workspace": "default",
                    "email": "owner@callvault.local",
                    "password": password.group(1),
                },
            )
            assert r.status_code == 201, r.text
            token = r.json()["token"]
            me = client.get("/api/v1/me", headers={"authorization": f"Bearer {token}"})
            assert me.json()["role"] == "owner"
            bad = client.post(
                "/api/v1/auth/sign-in",
                json={
                    "workspace": "default",
                    "email": "owner@callvault.local",
                    "password": "a-wrong-password-123",
                },
            )
            assert bad.status_code == 401
            auth = {"authorization": f"Bearer {token}"}
            # The printed password is a temporary one: the owner's own comes first.
            held = client.get("/api/v1/contacts", headers=auth)
            assert held.status_code == 403, held.text
            own = client.put(
                "/api/v1/me/password",
                headers=auth,
                json={"current_password": password.group(1), "new_password": OWN_PASSWORD},
            )
            assert own.status_code == 204, own.text
            created = client.post(
                "/api/v1/contacts",
                headers=auth,
                json={"name": "Ada Lovelace", "phones": [PHONE], "emails": [EMAIL]},
            )
            assert created.status_code == 201, created.text
            for path, params in (
                ("/api/v1/contacts/lookup", {"email": EMAIL}),
                ("/api/v1/contacts/lookup", {"phone": PHONE}),
                ("/api/v1/contacts/lookup", {"phone": LOCAL_PHONE, "region": "US"}),
                ("/api/v1/contacts/lookup", {"caller_number": PHONE}),
                ("/api/v1/calls", {"number": PHONE}),
                ("/api/v1/calls", {"number": LOCAL_PHONE}),
                ("/api/v1/contacts", {"q": EMAIL}),
                (f"/api/v1/contacts/{EMAIL}", {}),
                (f"/api/v1/contacts/{LOCAL_PHONE}", {}),
            ):
                r = client.get(path, params=params, headers=auth)
                assert r.status_code < 500, (path, r.text)
            found = client.get("/api/v1/contacts/lookup", params={"email": EMAIL}, headers=auth)
            assert [c["id"] for c in found.json()] == [created.json()["id"]], found.text
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    logs = log_path.read_text()
    assert "POST /api/v1/auth/sign-in" in logs  # the access log is there...
    assert "GET /api/v1/contacts/lookup?email=[redacted]" in logs
    assert "GET /api/v1/calls?number=[redacted]" in logs
    personal = (EMAIL, EMAIL.replace("@", "%40"), PHONE, PHONE.replace("+", "%2B"), LOCAL_PHONE)
    for secret in (password.group(1), OWN_PASSWORD, token, "a-wrong-password-123", *personal):
        assert secret not in logs  # ...but no password, token, email or phone number
    # Nor in any file the server wrote that is not encrypted (a log file, say).
    readable = [tmp_path / "serve.log"] + [
        p for p in (tmp_path / "data").rglob("*") if p.is_file() and p.suffix in (".log", ".txt")
    ]
    for path in readable:
        for value in personal:
            assert value not in path.read_text(errors="replace"), path
    # uvicorn shuts down gracefully, then re-raises SIGINT so the exit status says why.
    assert server.returncode in (0, 130, -signal.SIGINT)
    assert "Finished server process" in logs
