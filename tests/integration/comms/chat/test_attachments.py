"""Attachments through the HTTPS API: a streamed upload round-trips byte for byte; an upload
cut off mid-stream leaves no row and no blob; deleting the message removes the blob."""

from __future__ import annotations

import os
import socket as net
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest
from sqlalchemy import func, select

from callvault.comms.chat.models import Attachment, Message
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.chat.helpers import API, conversation, upload
from tests.support.blobs import blob_files as blob_files_under
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def blob_files(live: LiveServer) -> list[Path]:
    root = live.container.settings.effective_blob_dir
    return blob_files_under(root)


def rows(live: LiveServer) -> tuple[int, int]:
    with live.container.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Attachment)) or 0,
            s.scalar(select(func.count()).select_from(Message)) or 0,
        )


def test_upload_download_round_trip_and_delete(live: LiveServer) -> None:
    o = office(live)
    conv = conversation(live, o.alice, [o.bob])
    data = os.urandom(3 * 1024 * 1024 + 17)
    alice = live.client(o.alice.token)
    r = upload(alice, conv, data, filename="Quartalsbericht Ü.pdf", content_type="application/pdf")
    assert r.status_code == 201, r.text
    message = r.json()
    file = message["attachment"]
    assert message["body"] is None and message["sender_id"] == o.alice.user_id
    assert file["filename"] == "Quartalsbericht Ü.pdf"
    assert file["content_type"] == "application/pdf" and file["size"] == len(data)
    bob = live.client(o.bob.token)
    listed = bob.get(f"{API}/conversations/{conv}/messages").json()["messages"]
    assert listed[0]["attachment"]["id"] == file["id"]
    got = bob.get(f"{API}/attachments/{file['id']}")
    assert got.status_code == 200 and got.content == data
    assert got.headers["content-type"] == "application/pdf"
    assert got.headers["content-disposition"].startswith("attachment;")
    # Someone outside the conversation finds nothing; an admin may read it (audited).
    assert live.client(o.lonely_sup.token).get(f"{API}/attachments/{file['id']}").status_code == 404
    assert live.client(o.admin.token).get(f"{API}/attachments/{file['id']}").content == data
    audit = live.client(o.auditor.token).get("/api/v1/audit", params={"action": "chat."}).json()
    reads = [e for e in audit["entries"] if e["action"] == "chat.attachment.read"]
    assert len(reads) == 2
    assert live.client(o.auditor.token).get(f"{API}/attachments/{file['id']}").status_code == 403
    # File messages have no text to edit; the sender deletes them, blob and all.
    assert alice.patch(f"{API}/messages/{message['id']}", json={"body": "x"}).status_code == 422
    assert len(blob_files(live)) == 1
    r = alice.delete(f"{API}/messages/{message['id']}")
    assert r.status_code == 200
    assert r.json()["removed"] == {
        "messages": 1,
        "search_tokens": 0,
        "attachments": 1,
        "blobs": 1,
    }
    assert blob_files(live) == [] and rows(live) == (0, 0)
    assert bob.get(f"{API}/attachments/{file['id']}").status_code == 404


def test_bad_uploads_leave_nothing(live: LiveServer) -> None:
    o = office(live)
    conv = conversation(live, o.alice, [o.bob])
    alice = live.client(o.alice.token)
    assert upload(alice, conv, b"").status_code == 422  # empty
    assert upload(alice, conv, b"x", filename="").status_code == 422
    assert upload(alice, conv, b"x", content_type="not a type").status_code == 422
    with raw_upload(live, o.alice.token, conv, length=3 * 1024**3) as tls:  # over the limit
        assert tls.recv(64).startswith(b"HTTP/1.1 413 ")
    lonely = live.client(o.lonely_sup.token)
    assert upload(lonely, conv, b"not yours").status_code == 404
    assert blob_files(live) == [] and rows(live) == (0, 0)


@contextmanager
def raw_upload(live: LiveServer, token: str, conv: str, *, length: int) -> Iterator[ssl.SSLSocket]:
    """A TLS connection that has sent an upload's headers (declaring `length` bytes)."""
    url = urlparse(live.base_url)
    assert url.hostname and url.port
    ctx = ssl.create_default_context(cafile=str(live.cert))
    raw = net.create_connection((url.hostname, url.port))
    with ctx.wrap_socket(raw, server_hostname=url.hostname) as tls:
        head = (
            f"POST {API}/conversations/{conv}/attachments HTTP/1.1\r\n"
            f"Host: {url.hostname}\r\nAuthorization: Bearer {token}\r\n"
            "Content-Type: application/octet-stream\r\nX-Filename: cut.bin\r\n"
            f"Content-Length: {length}\r\n\r\n"
        )
        tls.sendall(head.encode())
        yield tls


def test_interrupted_upload_leaves_no_row_and_no_blob(live: LiveServer) -> None:
    o = office(live)
    conv = conversation(live, o.alice, [o.bob])
    with raw_upload(live, o.alice.token, conv, length=50 * 1024 * 1024) as tls:
        tls.sendall(os.urandom(2 * 1024 * 1024))
        deadline = time.monotonic() + 10
        while not blob_files(live):  # the server is writing the blob as the bytes arrive
            assert time.monotonic() < deadline, "the upload never started"
            time.sleep(0.05)
    # The connection is gone mid-body.
    deadline = time.monotonic() + 10
    while blob_files(live):
        assert time.monotonic() < deadline, f"left behind: {blob_files(live)}"
        time.sleep(0.05)
    assert rows(live) == (0, 0)
    # The conversation still works.
    assert upload(live.client(o.alice.token), conv, b"whole").status_code == 201
