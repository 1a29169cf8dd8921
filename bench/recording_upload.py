"""Streaming upload of a 200 MB recording through the real HTTPS API, against a plain file
copy (`shutil.copyfile`) of the same bytes in the same run, with the server's peak RSS.

The upload path does everything production does: TLS, the bounded hand-off from the event
loop to a worker thread, AES-GCM streaming encryption into the blob store (fsynced), then a
full PyAV decode of the stored blob back through the decrypting reader (validation), then
the row and the audit entry. Memory should stay flat whatever the file size.

    .venv/bin/python bench/recording_upload.py [--mb 200]
"""

from __future__ import annotations

import argparse
import math
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil

from harness import CLI, Instance, init, sign_in

WORKSPACE = "bench"
RATE, CHANNELS = 48_000, 2
CHUNK = 1024 * 1024


def make_wav(path: Path, megabytes: int) -> int:
    """A stereo 48 kHz WAV of about megabytes MB (a tone, one second repeated)."""
    second = b"".join(
        struct.pack("<hh", int(8000 * math.sin(2 * math.pi * 440 * i / RATE)), 0)
        for i in range(RATE)
    )
    seconds = max(1, megabytes * 1_000_000 // len(second))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(CHANNELS)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.setnframes(seconds * RATE)
        for _ in range(seconds):
            w.writeframesraw(second)
    return path.stat().st_size


class PeakRss:
    """Samples a process's resident set size every few milliseconds."""

    def __init__(self, pid: int) -> None:
        self.proc = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.peak = max(self.peak, self.proc.memory_info().rss)
            except psutil.Error:
                return
            time.sleep(0.01)

    def __enter__(self) -> PeakRss:
        self.peak = self.proc.memory_info().rss
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def wait_healthy(instance: Instance) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{instance.base}/healthz", verify=instance.ctx, timeout=2).is_success:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("server did not start")


def chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as f:
        while data := f.read(CHUNK):
            yield data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cv-bench-rec-") as tmp:
        root = Path(tmp)
        source = root / "recording.wav"
        size = make_wav(source, args.mb)
        mb = size / 1e6

        t0 = time.perf_counter()
        shutil.copyfile(source, root / "copy.wav")
        copy_s = time.perf_counter() - t0
        (root / "copy.wav").unlink()

        instance = init(root / "data", WORKSPACE)
        server = subprocess.Popen(
            [*CLI, "serve", "--workers", "0"],
            env=instance.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_healthy(instance)
            token = sign_in(instance, WORKSPACE)
            headers = {"authorization": f"Bearer {token}"}
            with httpx.Client(
                base_url=instance.base, verify=instance.ctx, headers=headers, timeout=600
            ) as api:
                call = api.post(
                    "/api/v1/calls/events",
                    json={
                        "type": "call.started",
                        "external_call_id": "bench-recording",
                        "occurred_at": "2026-03-02T09:00:00+00:00",
                        "direction": "inbound",
                        "caller": {"number": "+14155550100"},
                        "callee": {"number": "+14155550101"},
                    },
                )
                call.raise_for_status()
                call_id = call.json()["call_id"]
                with PeakRss(server.pid) as rss:
                    before = rss.peak
                    t0 = time.perf_counter()
                    r = api.post(
                        f"/api/v1/calls/{call_id}/recordings",
                        content=chunks(source),
                        headers={"content-length": str(size)},
                    )
                    upload_s = time.perf_counter() - t0
                if r.status_code != 201:
                    raise RuntimeError(f"upload failed: {r.status_code} {r.text[:300]}")
                rec = r.json()
                t0 = time.perf_counter()
                played = 0
                with api.stream("GET", f"/api/v1/recordings/{rec['id']}/audio") as audio:
                    for block in audio.iter_bytes():
                        played += len(block)
                play_s = time.perf_counter() - t0
        finally:
            server.terminate()
            server.wait(timeout=20)

    print(f"recording: {mb:.1f} MB WAV ({rec['duration_ms'] / 60000:.1f} min, {rec['codec']})")
    print(f"plain file copy      {copy_s:7.2f} s  {mb / copy_s:8.1f} MB/s")
    print(
        f"HTTPS upload         {upload_s:7.2f} s  {mb / upload_s:8.1f} MB/s  (encrypt + validate)"
    )
    print(f"ratio copy/upload    {upload_s / copy_s:7.1f}x slower")
    print(f"HTTPS playback       {play_s:7.2f} s  {played / 1e6 / play_s:8.1f} MB/s  (decrypt)")
    print(
        f"server RSS           {before / 2**20:7.1f} MiB before, peak {rss.peak / 2**20:.1f} MiB "
        f"during upload (+{(rss.peak - before) / 2**20:.1f} MiB for a {mb:.0f} MB body)"
    )
    if played != size:
        sys.exit(f"played {played} bytes, expected {size}")


if __name__ == "__main__":
    main()
