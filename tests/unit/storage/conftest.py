"""Every blob-store backend behind one fixture: the contract tests run against each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from callvault.storage.blobstore import BlobStore
from callvault.storage.filesystem import FilesystemBlobStore
from callvault.storage.s3 import MIN_PART_SIZE, S3BlobStore
from tests.support.s3_server import S3Server, object_keys, pending_uploads, unique_prefix

BACKENDS = ["filesystem", "s3"]


@dataclass(frozen=True)
class Backend:
    name: str
    # A store of this backend over the test's own space (read_chunk: the reading chunk size).
    make: Callable[..., BlobStore]
    # The keys of the blobs stored, sorted.
    keys: Callable[[], list[str]]
    # What a failed or half-done write left behind: temporary files and emptied directories
    # (filesystem), multipart uploads neither completed nor aborted (S3).
    leftovers: Callable[[], list[str]]

    @property
    def store(self) -> BlobStore:
        return self.make()


def filesystem_backend(root: Path) -> Backend:
    def keys() -> list[str]:
        return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())

    def leftovers() -> list[str]:
        return sorted(
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.name.startswith(".") or (p.is_dir() and not any(p.iterdir()))
        )

    return Backend("filesystem", lambda **kw: FilesystemBlobStore(root, **kw), keys, leftovers)


def s3_backend(server: S3Server, prefix: str) -> Backend:
    client = server.client()

    def make(**kw: int) -> BlobStore:
        return S3BlobStore(client, server.bucket, prefix=prefix, part_size=MIN_PART_SIZE, **kw)

    return Backend(
        "s3",
        make,
        lambda: object_keys(client, server.bucket, prefix),
        lambda: pending_uploads(client, server.bucket, prefix),
    )


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    if request.param == "filesystem":
        return filesystem_backend(tmp_path / "blobs")
    server: S3Server = request.getfixturevalue("s3_server")
    return s3_backend(server, unique_prefix())
