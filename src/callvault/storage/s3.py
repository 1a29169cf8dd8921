"""Blobs as objects in an S3-compatible bucket (cluster mode: every node sees the same blobs).

A put streams: the chunks fill one part-sized buffer at a time, so memory stays at about two
parts whatever the blob's size. A stream that fits in one part is one PutObject; a longer one
is a multipart upload, completed only after the last chunk and aborted on any error, so a failed
put leaves neither an object nor orphan parts. Both PutObject and CompleteMultipartUpload
replace an object at once: readers see the old blob or the new one, never part of one.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from botocore.exceptions import BotoCoreError, ClientError

from callvault.storage.blobstore import Chunk, validate_key
from callvault.storage.errors import (
    BlobNotFound,
    BlobStoreMisconfigured,
    BlobStoreUnavailable,
    InvalidBlobRange,
)

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

log = logging.getLogger("callvault.storage")

READ_CHUNK = 1024 * 1024
# S3 refuses parts under 5 MiB (but the last); 8 MiB keeps the request count of a long
# recording low while a put holds only about two parts in memory.
MIN_PART_SIZE = 5 * 1024 * 1024
PART_SIZE = 8 * 1024 * 1024
DELETE_BATCH = 1000  # DeleteObjects' limit
_EXISTS_THREADS = 16
_MISSING = frozenset({"404", "NoSuchKey", "NotFound"})


class S3BlobStore:
    """A `BlobStore` in one bucket, every key under an optional prefix (installations, or
    test runs, can then share a bucket)."""

    def __init__(
        self,
        client: S3Client,
        bucket: str,
        *,
        prefix: str = "",
        part_size: int = PART_SIZE,
        read_chunk: int = READ_CHUNK,
    ) -> None:
        if part_size < MIN_PART_SIZE:
            raise ValueError(f"part_size must be at least {MIN_PART_SIZE} bytes")
        self._client = client
        self.bucket = bucket
        self.prefix = validate_key(prefix.strip("/")) if prefix.strip("/") else ""
        self._part_size = part_size
        self._read_chunk = read_chunk

    @property
    def client(self) -> S3Client:
        """The bucket's client, shared with the audit anchors (ADR 0049)."""
        return self._client

    def put(self, key: str, chunks: Iterable[Chunk]) -> int:
        name = self._name(key)
        part = bytearray(self._part_size)
        filled = 0
        pending: bytes | None = None  # a full part, held until we know it is not the last
        upload: _MultipartUpload | None = None
        written = 0
        try:
            for chunk in chunks:
                view = memoryview(chunk).cast("B")
                written += len(view)
                while view:
                    if pending is not None:  # more data: the held part is not the only one
                        upload = upload or _MultipartUpload.start(self, name)
                        upload.add(pending)
                        pending = None
                    take = min(len(view), self._part_size - filled)
                    part[filled : filled + take] = view[:take]
                    filled += take
                    view = view[take:]
                    if filled == self._part_size:
                        pending, filled = bytes(part), 0
            last = pending if pending is not None else bytes(memoryview(part)[:filled])
            if upload is None:
                with self._errors("put", key):
                    self._client.put_object(Bucket=self.bucket, Key=name, Body=last)
            else:
                upload.add(last)
                upload.complete()
        except BaseException:
            if upload is not None:
                upload.abort()
            raise
        return written

    def size(self, key: str) -> int:
        name = self._name(key)
        with self._errors("size", key):
            return int(self._client.head_object(Bucket=self.bucket, Key=name)["ContentLength"])

    def read_at(self, key: str, offset: int, n: int) -> bytes:
        if offset < 0 or n < 0:
            raise InvalidBlobRange("offset and length must not be negative", key=key)
        if n == 0:
            self.size(key)  # BlobNotFound if absent, as a file would
            return b""
        name = self._name(key)
        with self._errors("read", key):
            try:
                response = self._client.get_object(
                    Bucket=self.bucket, Key=name, Range=f"bytes={offset}-{offset + n - 1}"
                )
            except ClientError as exc:
                if _code(exc) == "InvalidRange":  # at or past the end (it exists)
                    return b""
                raise
            body = response["Body"]
            try:
                return body.read()
            finally:
                body.close()

    def iter_range(self, key: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        size = self.size(key)
        end = size if end is None else min(end, size)
        if start < 0 or start > end:
            raise InvalidBlobRange(f"invalid range [{start}, {end}) of {size} bytes", key=key)
        return self._iter(key, start, end)

    def delete(self, key: str) -> bool:
        name = self._name(key)
        # S3 answers a delete of a missing key like any other: ask first, for the count.
        if not self._exists(key, name):
            return False
        with self._errors("delete", key):
            self._client.delete_object(Bucket=self.bucket, Key=name)
        return True

    def delete_many(self, keys: Iterable[str]) -> int:
        # Every key is validated before anything is removed; which exist is asked in
        # parallel (DeleteObjects reports missing keys as deleted), then batches of 1000.
        names = list(dict.fromkeys(self._name(key) for key in keys))
        if not names:
            return 0
        with ThreadPoolExecutor(min(_EXISTS_THREADS, len(names))) as pool:
            found = list(pool.map(lambda name: self._exists(name, name), names))
        existing = [name for name, there in zip(names, found, strict=True) if there]
        for start in range(0, len(existing), DELETE_BATCH):
            self._delete_batch(existing[start : start + DELETE_BATCH])
        return len(existing)

    def delete_prefix(self, prefix: str) -> int:
        listed = self._name(prefix) + "/"
        removed = 0
        # List the first page again after each batch (no continuation token over a listing
        # that is being deleted); a page holds at most 1000 keys, one DeleteObjects call.
        while True:
            with self._errors("list", prefix):
                page = self._client.list_objects_v2(
                    Bucket=self.bucket, Prefix=listed, MaxKeys=DELETE_BATCH
                )
            names = [item["Key"] for item in page.get("Contents", [])]
            if not names:
                return removed
            self._delete_batch(names)
            removed += len(names)

    def exists(self, key: str) -> bool:
        return self._exists(key, self._name(key))

    def check(self) -> None:
        """At start-up: the bucket exists and these credentials may write, read and delete
        in it; else BlobStoreMisconfigured with the reason (never a credential)."""
        where = f"S3 bucket {self.bucket!r} at {self._client.meta.endpoint_url}"
        probe = f"{self.prefix}/" if self.prefix else ""
        # A name no blob key can take (segments never start with "."): never a user's blob.
        probe += f".callvault-check-{secrets.token_hex(8)}"
        try:
            self._client.head_bucket(Bucket=self.bucket)
            self._client.put_object(Bucket=self.bucket, Key=probe, Body=b"check")
            self._client.get_object(Bucket=self.bucket, Key=probe)["Body"].read()
            self._client.delete_object(Bucket=self.bucket, Key=probe)
        except ClientError as exc:
            code, status = _code(exc), _status(exc)
            if status == 404 or code == "NoSuchBucket":
                reason = "the bucket does not exist"
            elif status in (401, 403):
                reason = "the credentials were refused (wrong key, or no permission to write)"
            else:
                reason = f"the store answered {code or status}"
            raise BlobStoreMisconfigured(f"{where}: {reason}", bucket=self.bucket) from None
        except BotoCoreError as exc:
            # botocore's messages name the endpoint and the failure, never a secret.
            raise BlobStoreMisconfigured(f"{where}: {exc}", bucket=self.bucket) from None

    def ready(self) -> bool:
        """Whether the bucket answers now (the readiness probe)."""
        try:
            self._client.head_bucket(Bucket=self.bucket)
        except (ClientError, BotoCoreError):
            return False
        return True

    # -- internals ---------------------------------------------------------------------------

    def _name(self, key: str) -> str:
        key = validate_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def _exists(self, key: str, name: str) -> bool:
        with self._errors("exists", key):
            try:
                self._client.head_object(Bucket=self.bucket, Key=name)
            except ClientError as exc:
                if _code(exc) in _MISSING:
                    return False
                raise
        return True

    def _delete_batch(self, names: list[str]) -> None:
        with self._errors("delete", names[0]):
            response = self._client.delete_objects(
                Bucket=self.bucket,
                Delete={"Objects": [{"Key": name} for name in names], "Quiet": True},
            )
        if errors := response.get("Errors"):
            codes = sorted({str(e.get("Code")) for e in errors})
            raise BlobStoreUnavailable(
                f"blob storage did not delete {len(errors)} blob(s): {', '.join(codes)}"
            )

    def _iter(self, key: str, start: int, end: int) -> Iterator[bytes]:
        if start == end:
            return
        # One GET for the whole range: a concurrent replace cannot mix two versions.
        with self._errors("read", key):
            try:
                response = self._client.get_object(
                    Bucket=self.bucket, Key=self._name(key), Range=f"bytes={start}-{end - 1}"
                )
            except ClientError as exc:
                if _code(exc) == "InvalidRange":  # replaced by a shorter blob meanwhile
                    return
                raise
        body = response["Body"]
        try:
            with self._errors("read", key):
                yield from body.iter_chunks(self._read_chunk)
        finally:
            body.close()

    @contextlib.contextmanager
    def _errors(self, operation: str, key: str) -> Iterator[None]:
        """Missing objects as BlobNotFound; every other store failure as BlobStoreUnavailable."""
        try:
            yield
        except ClientError as exc:
            code = _code(exc)
            if code in _MISSING:
                raise BlobNotFound("no such blob", key=key) from None
            raise BlobStoreUnavailable(
                f"blob storage failed to {operation} ({code or _status(exc)})", key=key
            ) from exc
        except BotoCoreError as exc:
            raise BlobStoreUnavailable(
                f"blob storage failed to {operation} ({type(exc).__name__})", key=key
            ) from exc


class _MultipartUpload:
    """One multipart upload in progress: parts in order, then complete or abort."""

    def __init__(self, store: S3BlobStore, name: str, upload_id: str) -> None:
        self._store = store
        self._name = name
        self._id = upload_id
        self._parts: list[dict[str, Any]] = []

    @classmethod
    def start(cls, store: S3BlobStore, name: str) -> _MultipartUpload:
        with store._errors("put", name):
            created = store._client.create_multipart_upload(Bucket=store.bucket, Key=name)
        return cls(store, name, created["UploadId"])

    def add(self, body: bytes) -> None:
        number = len(self._parts) + 1
        with self._store._errors("put", self._name):
            sent = self._store._client.upload_part(
                Bucket=self._store.bucket,
                Key=self._name,
                UploadId=self._id,
                PartNumber=number,
                Body=body,
            )
        part: dict[str, Any] = {"PartNumber": number, "ETag": sent["ETag"]}
        # Where the client sent a checksum with the part, completing must repeat it.
        for field in ("ChecksumCRC32", "ChecksumCRC32C", "ChecksumCRC64NVME", "ChecksumSHA1"):
            if field in sent:
                part[field] = sent[field]
        self._parts.append(part)

    def complete(self) -> None:
        with self._store._errors("put", self._name):
            self._store._client.complete_multipart_upload(
                Bucket=self._store.bucket,
                Key=self._name,
                UploadId=self._id,
                MultipartUpload={"Parts": self._parts},  # type: ignore[typeddict-item]
            )

    def abort(self) -> None:
        """Drop the parts sent so far; a failing abort is logged (the bucket's lifecycle
        rule for incomplete uploads is the backstop), never raised over the first error."""
        try:
            self._store._client.abort_multipart_upload(
                Bucket=self._store.bucket, Key=self._name, UploadId=self._id
            )
        except (ClientError, BotoCoreError) as exc:
            log.warning("multipart upload not aborted (%s): %s", type(exc).__name__, self._name)


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def _status(exc: ClientError) -> int:
    return int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0))
