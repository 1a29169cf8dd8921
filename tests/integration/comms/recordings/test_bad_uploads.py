"""Uploads that must leave nothing behind: not audio, truncated, damaged, cut off mid-stream,
over the size limit. Each answers a clear error; no recording row, no blob (not even a
temporary file) remains."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from callvault.wiring import Container
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.recordings.helpers import (
    alice_call,
    blob_files,
    raw_tls,
    recording_rows,
    upload,
)
from tests.support import audio
from tests.support.databases import empty_all_tables
from tests.support.live import LiveServer, live_server, make_container

pytestmark = pytest.mark.slow


def not_audio_cases() -> dict[str, bytes]:
    return {
        "text": b"hello, this is certainly not audio\n" * 200,
        "png": b"\x89PNG\r\n\x1a\n" + bytes(4000),
        "empty": b"",
        "zeros": bytes(50_000),
        "json": b'{"audio": false}',
    }


def corrupt_cases() -> dict[str, bytes]:
    wav, mp3, flac = audio.wav_bytes(2.0), audio.encoded("mp3", 2.0), audio.encoded("flac", 2.0)
    return {
        "truncated wav": audio.truncated(wav),
        "truncated mp3": audio.truncated(mp3),
        "truncated flac": audio.truncated(flac),
        "damaged flac": audio.corrupted(flac),
        "damaged mp3": audio.corrupted(mp3),
        "damaged opus": audio.corrupted(audio.encoded("opus", 2.0)),
    }


def test_not_audio_and_corrupt_audio_are_refused(live: LiveServer) -> None:
    o = office(live)
    api = live.client(o.admin.token)
    call_id = alice_call(live, o)
    for name, data in not_audio_cases().items():
        r = upload(api, call_id, data)
        assert r.status_code == 422, (name, r.text)
        assert r.json()["error"]["code"] == "not_audio", name
        assert r.json()["error"]["message"]
    for name, data in corrupt_cases().items():
        r = upload(api, call_id, data)
        assert r.status_code == 422, (name, r.text)
        assert r.json()["error"]["code"] == "corrupt_audio", name
    assert recording_rows(live) == 0
    assert blob_files(live) == []
    assert api.get(f"/api/v1/calls/{call_id}").json()["recorded"] is False


def wait_for_nothing_left(live: LiveServer) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if recording_rows(live) == 0 and blob_files(live) == []:
            return
        time.sleep(0.1)
    raise AssertionError(f"left behind: {recording_rows(live)} rows, {blob_files(live)}")


def test_upload_cut_off_mid_stream_leaves_nothing(live: LiveServer) -> None:
    o = office(live)
    call_id = alice_call(live, o)
    data = audio.wav_bytes(20.0)  # 640 kB: several chunks reach the blob store first
    for framing in ("length", "chunked"):
        sock = raw_tls(live)
        head = (
            f"POST /api/v1/calls/{call_id}/recordings HTTP/1.1\r\n"
            f"Host: 127.0.0.1\r\nAuthorization: Bearer {o.admin.token}\r\n"
            "Content-Type: application/octet-stream\r\n"
        )
        half = data[: len(data) // 2]
        if framing == "length":
            sock.sendall(f"{head}Content-Length: {len(data)}\r\n\r\n".encode() + half)
        else:
            sock.sendall(f"{head}Transfer-Encoding: chunked\r\n\r\n".encode())
            for i in range(0, len(half), 65536):
                piece = half[i : i + 65536]
                sock.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        time.sleep(0.3)  # let the server start storing
        sock.close()
        wait_for_nothing_left(live)
    hidden = list(live.container.settings.effective_blob_dir.rglob(".*"))
    assert hidden == []  # no temporary part files either
    # The call is untouched and a full upload still works.
    api = live.client(o.admin.token)
    assert upload(api, call_id, audio.wav_bytes(1.0)).status_code == 201


@pytest.fixture
def small_limit(database_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    """A live server whose upload limit is 100 kB."""
    data_dir = tmp_path / "small"
    data_dir.mkdir()
    c: Container = make_container(database_url, data_dir, max_upload_bytes=100_000)
    try:
        with live_server(c) as server:
            yield server
    finally:
        empty_all_tables(c.db)
        c.close()


def test_oversized_upload_is_refused_and_leaves_nothing(small_limit: LiveServer) -> None:
    live = small_limit
    o = office(live)
    api = live.client(o.admin.token)
    call_id = alice_call(live, o)
    big = audio.wav_bytes(5.0)  # 160 kB
    declared = upload(api, call_id, big)  # Content-Length over the limit: refused up front
    assert declared.status_code == 413, declared.text
    assert declared.json()["error"]["code"] == "payload_too_large"

    def stream() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for i in range(0, len(big), 16384):
            yield big[i : i + 16384]

    r = api.post(f"/api/v1/calls/{call_id}/recordings", content=stream())
    assert r.status_code == 413, r.text
    wait_for_nothing_left(live)
    small = audio.wav_bytes(1.0)  # 32 kB: under the limit
    assert upload(api, call_id, small).status_code == 201
