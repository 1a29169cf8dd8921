"""What only the S3 backend does, against a real S3-compatible server (SeaweedFS): streamed
multipart puts, aborted on error; batched deletes past 1000 keys; installations sharing a
bucket through prefixes; and start-up that refuses an unusable bucket with one clear line."""

from __future__ import annotations

import hashlib
import socket
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from callvault.cli.main import app
from callvault.core.settings import Settings
from callvault.storage.backends import blob_store, check_at_start, ready
from callvault.storage.errors import BlobNotFound, BlobStoreMisconfigured
from callvault.storage.s3 import MIN_PART_SIZE, S3BlobStore
from tests.support.s3_server import (
    ACCESS_KEY,
    SECRET_KEY,
    S3Server,
    object_keys,
    pending_uploads,
    unique_prefix,
)

PART = MIN_PART_SIZE


@pytest.fixture
def prefix() -> str:
    return unique_prefix()


@pytest.fixture
def store(s3_server: S3Server, prefix: str) -> S3BlobStore:
    return S3BlobStore(s3_server.client(), s3_server.bucket, prefix=prefix, part_size=PART)


def stream(total: int, chunk: int = 256 * 1024, seed: bytes = b"s") -> Iterator[bytes]:
    """total bytes of a reproducible stream, made as it is read (never held whole)."""
    block = hashlib.sha256(seed).digest() * (chunk // 32)
    sent = 0
    while sent < total:
        piece = block[: min(chunk, total - sent)]
        sent += len(piece)
        yield piece


def digest(chunks: Iterator[bytes]) -> str:
    h = hashlib.sha256()
    for chunk in chunks:
        h.update(chunk)
    return h.hexdigest()


def test_a_long_stream_is_a_multipart_upload_in_bounded_memory(
    s3_server: S3Server, store: S3BlobStore, prefix: str
) -> None:
    total = 8 * PART + 12345  # nine parts
    tracemalloc.start()
    try:
        assert store.put("ws/w1/recording/long", stream(total)) == total
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # About two parts (the one filling and the one held), whatever the blob's size.
    assert peak < 3 * PART < total / 2.5, peak
    assert store.size("ws/w1/recording/long") == total
    assert digest(store.iter_range("ws/w1/recording/long")) == digest(stream(total))
    head = s3_server.client().head_object(
        Bucket=s3_server.bucket, Key=f"{prefix}/ws/w1/recording/long"
    )
    assert head["ETag"].strip('"').endswith("-9")  # S3's mark of a nine-part upload
    assert pending_uploads(s3_server.client(), s3_server.bucket, prefix) == []


def test_a_stream_of_one_part_is_one_put(
    s3_server: S3Server, store: S3BlobStore, prefix: str
) -> None:
    assert store.put("one", stream(PART)) == PART
    head = s3_server.client().head_object(Bucket=s3_server.bucket, Key=f"{prefix}/one")
    assert "-" not in head["ETag"]
    assert digest(store.iter_range("one")) == digest(stream(PART))


def test_a_failed_multipart_put_leaves_no_object_and_no_parts(
    s3_server: S3Server, store: S3BlobStore, prefix: str
) -> None:
    def failing() -> Iterator[bytes]:
        yield from stream(2 * PART + 1000)  # two parts sent, a third begun
        raise RuntimeError("caller hung up")

    with pytest.raises(RuntimeError, match="hung up"):
        store.put("ws/w1/recording/r1", failing())
    client = s3_server.client()
    assert object_keys(client, s3_server.bucket, prefix) == []
    assert pending_uploads(client, s3_server.bucket, prefix) == []
    # A failed replace keeps the blob that was there.
    store.put("ws/w1/recording/r1", [b"kept"])
    with pytest.raises(RuntimeError):
        store.put("ws/w1/recording/r1", failing())
    assert store.read_at("ws/w1/recording/r1", 0, 100) == b"kept"
    assert pending_uploads(client, s3_server.bucket, prefix) == []


def _put_many(s3_server: S3Server, names: list[str]) -> None:
    client = s3_server.client()
    with ThreadPoolExecutor(16) as pool:
        list(
            pool.map(lambda n: client.put_object(Bucket=s3_server.bucket, Key=n, Body=b"x"), names)
        )


def test_deletes_past_one_batch(s3_server: S3Server, store: S3BlobStore, prefix: str) -> None:
    # One more than DeleteObjects takes at once, and than a listing page holds.
    many = [f"ws/w1/voicemail/v{i:04d}" for i in range(1001)]
    rest = [f"ws/w2/recording/r{i:04d}" for i in range(1001)]
    _put_many(s3_server, [f"{prefix}/{k}" for k in [*many, *rest, "ws/w3/kept"]])
    assert store.delete_many([*many, "ws/w1/voicemail/missing"]) == 1001
    assert store.delete_prefix("ws/w2") == 1001
    assert object_keys(s3_server.client(), s3_server.bucket, prefix) == ["ws/w3/kept"]


def test_installations_sharing_a_bucket_stay_apart(s3_server: S3Server) -> None:
    client = s3_server.client()
    a = S3BlobStore(client, s3_server.bucket, prefix=f"{unique_prefix()}/installation-a")
    b = S3BlobStore(client, s3_server.bucket, prefix=f"{unique_prefix()}/installation-b")
    a.put("ws/w1/recording/r", [b"from a"])
    b.put("ws/w1/recording/r", [b"from b"])
    b.put("ws/w1/recording/only-b", [b"b"])
    assert a.read_at("ws/w1/recording/r", 0, 100) == b"from a"
    assert not a.exists("ws/w1/recording/only-b")
    assert a.delete_prefix("ws/w1") == 1
    assert a.delete_many(["ws/w1/recording/only-b"]) == 0
    with pytest.raises(BlobNotFound):
        a.size("ws/w1/recording/r")
    assert b.read_at("ws/w1/recording/r", 0, 100) == b"from b"
    assert b.exists("ws/w1/recording/only-b")


def s3_settings(s3_server: S3Server, data_dir: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "data_dir": data_dir,
        "blob_backend": "s3",
        "s3_endpoint_url": s3_server.endpoint,
        "s3_bucket": s3_server.bucket,
        "s3_region": "us-east-1",
        "s3_prefix": unique_prefix(),
        "s3_access_key_id": ACCESS_KEY,
        "s3_secret_access_key": SECRET_KEY,
        "s3_addressing_style": "path",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_start_up_checks_the_bucket(s3_server: S3Server, tmp_path: Path) -> None:
    good = s3_settings(s3_server, tmp_path)
    check_at_start(blob_store(good))  # the probe object it writes is gone again
    assert object_keys(s3_server.client(), s3_server.bucket, good.s3_prefix) == []
    cases = {
        "credentials were refused": {"s3_secret_access_key": "not-the-secret-4242"},
        "bucket does not exist": {"s3_bucket": "no-such-bucket-here"},
        "must use https": {"s3_endpoint_url": "http://s3.example.org"},
        "must not hold credentials": {"s3_endpoint_url": "https://k:not-the-secret@s3.example"},
        "Could not connect": {"s3_endpoint_url": f"http://127.0.0.1:{closed_port()}"},
        "CALLVAULT_S3_BUCKET": {"s3_bucket": None},
        "set both": {"s3_secret_access_key": None},
        "CALLVAULT_S3_PREFIX": {"s3_prefix": "../up"},
    }
    for reason, overrides in cases.items():
        with pytest.raises(BlobStoreMisconfigured, match=reason) as info:
            check_at_start(blob_store(s3_settings(s3_server, tmp_path, **overrides)))
        assert "not-the-secret" not in str(info.value)
        assert SECRET_KEY not in str(info.value)


def test_serve_with_wrong_credentials_fails_at_once_with_one_line(
    s3_server: S3Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    for name, value in {
        "DATA_DIR": str(tmp_path / "data"),
        "BLOB_BACKEND": "s3",
        "S3_ENDPOINT_URL": s3_server.endpoint,
        "S3_BUCKET": s3_server.bucket,
        "S3_REGION": "us-east-1",
        "S3_PREFIX": unique_prefix(),
        "S3_ACCESS_KEY_ID": ACCESS_KEY,
        "S3_SECRET_ACCESS_KEY": "wrong-secret-7d1c",
    }.items():
        monkeypatch.setenv(f"CALLVAULT_{name}", value)
    # Refused before anything is made: no keyring, no database.
    r = runner.invoke(app, ["init"])
    assert r.exit_code == 2, r.output
    assert not (tmp_path / "data" / "keyring.json").exists()
    monkeypatch.setenv("CALLVAULT_S3_SECRET_ACCESS_KEY", SECRET_KEY)
    r = runner.invoke(app, ["init"])
    assert r.exit_code == 0, r.output
    monkeypatch.setenv("CALLVAULT_S3_SECRET_ACCESS_KEY", "wrong-secret-7d1c")
    r = runner.invoke(app, ["serve"])
    assert r.exit_code == 2
    lines = r.output.strip().splitlines()
    assert lines == [
        f"error [blob_store_misconfigured]: S3 bucket {s3_server.bucket!r} at "
        f"{s3_server.endpoint}: the credentials were refused (wrong key, or no permission "
        "to write)"
    ]
    assert "wrong-secret" not in r.output
    # Blobs in the bucket are not in a `callvault backup`: it says so rather than leave
    # them out.
    r = runner.invoke(app, ["backup", "--to", str(tmp_path / "bk")])
    assert r.exit_code == 2
    assert "blobs_in_object_storage" in r.output and "versioning" in r.output
    assert not (tmp_path / "bk").exists()


def test_the_readiness_probe_asks_the_bucket(s3_server: S3Server, tmp_path: Path) -> None:
    assert ready(blob_store(s3_settings(s3_server, tmp_path)))
    assert not ready(blob_store(s3_settings(s3_server, tmp_path, s3_bucket="no-such-bucket-x")))
