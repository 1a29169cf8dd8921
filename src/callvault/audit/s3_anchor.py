"""The cluster anchor: every checkpoint batch an object in the S3-compatible bucket (ADR 0049).

Each `append` writes one new object per workspace, named
``<prefix>/.audit-anchors/<workspace>/<UTC time>-<random>.json``: listing a workspace's
folder gives its checkpoints in append order (the time is made strictly increasing within a
process), and every node of a cluster reads every other node's. Objects are created with
``If-None-Match: *``, so nothing is ever overwritten, and, when the bucket has Object Lock
enabled, with a COMPLIANCE retention nobody (the bucket's owner included) can shorten. A
blob key never starts a segment with ".", so the blob store can never reach these objects.

Each object carries a MAC (anchor_mac.py) over its name and content, by a key the database
never holds: an edited object, one copied under another name (another workspace, or a later
time to reorder history) or one written without the key is reported in `rejected`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import secrets
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from botocore.exceptions import BotoCoreError, ClientError

from callvault.audit.anchor import AnchorRead, AnchorUnavailable, Checkpoint, CheckpointKind
from callvault.audit.anchor_mac import AnchorMac
from callvault.core.clock import utcnow

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

log = logging.getLogger(__name__)

FOLDER = ".audit-anchors"
_NAME = re.compile(r"([^/]+)/(\d{8}T\d{12}Z)-([0-9a-f]{16})\.json")
_STAMP = "%Y%m%dT%H%M%S%fZ"
_GET_THREADS = 16
_MAX_OBJECT = 1 << 20  # a batch of one workspace is a few hundred bytes


class S3AnchorStore:
    """An `AnchorStore` in one bucket, under the installation's prefix; thread-safe."""

    def __init__(
        self,
        client: S3Client,
        bucket: str,
        *,
        mac: AnchorMac,
        prefix: str = "",
        lock_days: int = 0,
    ) -> None:
        self._client = client
        self.bucket = bucket
        self.root = f"{prefix.strip('/')}/{FOLDER}/" if prefix.strip("/") else f"{FOLDER}/"
        self._mac = mac
        self._lock_days = lock_days
        self.object_lock = False  # learnt by check()
        self._last = datetime.min.replace(tzinfo=utcnow().tzinfo)
        self._clock = threading.Lock()

    def check(self) -> None:
        """At start-up: these credentials may list the anchors, the MAC key works, and
        whether the bucket locks objects; AnchorUnavailable with the reason otherwise."""
        probe = b"audit-anchor-check"
        if self._mac.verify([(probe, self._mac.sign([probe])[0])]) != [True]:
            raise AnchorUnavailable("the audit anchor's MAC key does not verify its own MAC")
        with self._errors("list"):
            self._client.list_objects_v2(Bucket=self.bucket, Prefix=self.root, MaxKeys=1)
        try:
            config = self._client.get_object_lock_configuration(Bucket=self.bucket)
            enabled = config.get("ObjectLockConfiguration", {}).get("ObjectLockEnabled")
            self.object_lock = enabled == "Enabled"
        except ClientError as exc:
            if _code(exc) not in ("ObjectLockConfigurationNotFoundError", "NotImplemented"):
                raise self._unavailable("read the Object Lock setting", exc) from None
        except BotoCoreError as exc:
            raise self._unavailable("read the Object Lock setting", exc) from None
        if not self.object_lock:
            log.warning(
                "bucket %s has no Object Lock: audit anchors can be deleted by whoever holds "
                "its credentials (ADR 0049)",
                self.bucket,
            )

    def append(self, checkpoints: Sequence[Checkpoint]) -> None:
        by_workspace: dict[str, list[Checkpoint]] = {}
        for cp in checkpoints:
            by_workspace.setdefault(cp.workspace_id, []).append(cp)
        if not by_workspace:
            return
        stamp = self._stamp()
        objects = []
        for ws, cps in by_workspace.items():
            name = f"{_segment(ws)}/{stamp}-{secrets.token_hex(8)}.json"
            content = [[cp.seq, cp.entry_hash, cp.kind.value] for cp in cps]
            objects.append((name, ws, content))
        macs = self._mac.sign([_message(name, content) for name, _, content in objects])
        extra: dict[str, Any] = {}
        if self.object_lock and self._lock_days > 0:
            extra["ObjectLockMode"] = "COMPLIANCE"
            extra["ObjectLockRetainUntilDate"] = utcnow() + timedelta(days=self._lock_days)
        for (name, ws, content), mac in zip(objects, macs, strict=True):
            body = {"v": 1, "ws": ws, "checkpoints": content, "mac": mac}
            with self._errors("append"):
                self._client.put_object(
                    Bucket=self.bucket,
                    Key=self.root + name,
                    Body=json.dumps(body, separators=(",", ":")).encode(),
                    ContentType="application/json",
                    IfNoneMatch="*",
                    **extra,
                )

    def read(self, workspace_id: str | None = None) -> AnchorRead:
        listed = self.root if workspace_id is None else f"{self.root}{_segment(workspace_id)}/"
        names = [key[len(self.root) :] for key in self._list(listed)]
        with ThreadPoolExecutor(min(_GET_THREADS, max(1, len(names)))) as pool:
            bodies = list(pool.map(self._get, names))
        result = AnchorRead(checkpoints=[])
        parsed: list[tuple[str, list[Checkpoint], bytes, str] | None] = []
        for name, body in zip(names, bodies, strict=True):
            parsed.append(_parse(name, body))
        pairs = [(p[2], p[3]) for p in parsed if p is not None]
        valid = iter(self._mac.verify(pairs) if pairs else [])
        for name, p in zip(names, parsed, strict=True):
            if p is not None and next(valid):
                result.checkpoints.extend(p[1])
            else:
                result.rejected.append(_claimed_workspace(name))
        return result

    # -- internals -------------------------------------------------------------------------

    def _stamp(self) -> str:
        # Strictly increasing within the process: two appends in one microsecond keep their
        # order. Across nodes the order is the clocks' (ADR 0049).
        with self._clock:
            now = max(utcnow(), self._last + timedelta(microseconds=1))
            self._last = now
        return now.strftime(_STAMP)

    def _list(self, prefix: str) -> list[str]:
        with self._errors("list"):
            pages = self._client.get_paginator("list_objects_v2").paginate(
                Bucket=self.bucket, Prefix=prefix
            )
            keys = [item["Key"] for page in pages for item in page.get("Contents", [])]
        return sorted(keys)  # S3 lists in key order already; other servers may not

    def _get(self, name: str) -> bytes | None:
        """The object's bytes; None if it vanished since the listing."""
        try:
            response = self._client.get_object(Bucket=self.bucket, Key=self.root + name)
            stream = response["Body"]
            try:
                return stream.read(_MAX_OBJECT + 1)
            finally:
                stream.close()
        except ClientError as exc:
            if _code(exc) in ("NoSuchKey", "404"):
                return None
            raise self._unavailable("read", exc) from None
        except BotoCoreError as exc:
            raise self._unavailable("read", exc) from None

    @contextlib.contextmanager
    def _errors(self, operation: str) -> Iterator[None]:
        """Store failures as AnchorUnavailable: verify never passes on an unreadable anchor."""
        try:
            yield
        except (ClientError, BotoCoreError) as exc:
            raise self._unavailable(operation, exc) from None

    def _unavailable(self, operation: str, exc: Exception) -> AnchorUnavailable:
        detail = _code(exc) if isinstance(exc, ClientError) else type(exc).__name__
        return AnchorUnavailable(
            f"audit anchors in S3 bucket {self.bucket!r}: failed to {operation} ({detail})",
            bucket=self.bucket,
        )


def _segment(workspace_id: str) -> str:
    if not workspace_id:
        raise ValueError("a checkpoint needs a workspace id")
    return quote(workspace_id, safe="")


def _message(name: str, content: list[list[Any]]) -> bytes:
    # The name binds the workspace and the time: a genuine object copied elsewhere fails.
    return b"audit-anchor-object:" + json.dumps([name, content], separators=(",", ":")).encode()


def _parse(name: str, raw: bytes | None) -> tuple[str, list[Checkpoint], bytes, str] | None:
    match = _NAME.fullmatch(name)
    if match is None or raw is None or len(raw) > _MAX_OBJECT:
        return None
    ws = unquote(match.group(1))
    try:
        body = json.loads(raw)
        content = body["checkpoints"]
        mac = str(body["mac"])
        cps = [Checkpoint(ws, int(s), str(h), CheckpointKind(k)) for s, h, k in content]
    except (ValueError, KeyError, TypeError):
        return None
    if body.get("v") != 1 or body.get("ws") != ws or not cps:
        return None
    return ws, cps, _message(name, content), mac


def _claimed_workspace(name: str) -> str:
    first = name.split("/", 1)[0] if "/" in name else ""
    return unquote(first)


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", "")) or str(
        exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", "")
    )
