"""Recording fixtures: a call of alice's, uploads through the API, what is left at rest."""

from __future__ import annotations

import socket
import ssl
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from callvault.comms.recordings.models import Recording
from tests.integration.comms.calls.helpers import Office, seed, started
from tests.support import factories as f
from tests.support.blobs import blob_files as blob_files_under
from tests.support.live import LiveServer


def alice_call(live: LiveServer, o: Office) -> str:
    """An inbound call from an external number to alice."""
    ext = f.unique("rec")
    return seed(
        live.container,
        o.owner.workspace_id,
        [started(ext, callee={"user_id": o.alice.user_id})],
    )[0]


def upload(api: httpx.Client, call_id: str, data: bytes, **params: Any) -> httpx.Response:
    return api.post(
        f"/api/v1/calls/{call_id}/recordings",
        content=data,
        params=params,
        headers={"content-type": "application/octet-stream"},
    )


def blob_files(live: LiveServer) -> list[Path]:
    root = live.container.settings.effective_blob_dir
    return blob_files_under(root)


def recording_rows(live: LiveServer) -> int:
    with live.container.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Recording)) or 0)


def raw_tls(live: LiveServer) -> ssl.SSLSocket:
    """A raw TLS connection to the live server (for bodies cut off mid-way)."""
    ctx = ssl.create_default_context(cafile=str(live.cert))
    port = live.container.settings.port
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname="127.0.0.1")
