"""The embedded anchor: an append-only file of MAC'd checkpoints beside the keyring.

One JSON line per checkpoint, each written with O_APPEND in a single `write` (a batch of
lines in one call): the kernel places every write at the end of the file atomically, so
`serve`, its workers and the CLI can append from several processes at once without a lock
and without ever rewriting the file. The MAC key lives in its own file (mode 0600) next to
it, never in the database. No fsync per append: a lost tail only means fewer checkpoints
(weaker, never falsely failing, verification); see ADR 0010.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from callvault.audit.anchor import AnchorRead, AnchorUnavailable, Checkpoint, CheckpointKind
from callvault.core.clock import utcnow

KEY_BYTES = 32
_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW


def key_path_for(path: Path) -> Path:
    """audit-anchors.jsonl -> audit-anchors.key"""
    return path.with_suffix(".key")


class FileAnchorStore:
    """An `AnchorStore` over one append-only file; safe across threads and processes."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._key = load_or_create_key(key_path_for(self.path))

    def append(self, checkpoints: Sequence[Checkpoint]) -> None:
        if not checkpoints:
            return
        at = utcnow().isoformat(timespec="microseconds")
        data = "".join(self._line(cp, at) for cp in checkpoints).encode()
        # Opened per call: cheap next to a database commit, and an operator who moves the
        # file away is never appended to behind their back.
        fd = os.open(self.path, _FLAGS, 0o600)
        try:
            view = memoryview(data)
            while view:  # one write in practice; a short write continues at the end
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)

    def read(self, workspace_id: str | None = None) -> AnchorRead:
        # A cheap substring test first, so one workspace's verify parses only its own lines.
        needle = None if workspace_id is None else f'"ws":{json.dumps(workspace_id)}'
        result = AnchorRead(checkpoints=[])
        for line in self._lines():
            if needle is not None and needle not in line:
                continue
            cp = self._parse(line)
            if cp is None:
                result.rejected.append(_claimed_workspace(line))
            elif workspace_id is None or cp.workspace_id == workspace_id:
                result.checkpoints.append(cp)
        return result

    # -- internals -------------------------------------------------------------------------

    def _mac(self, ws: str, seq: int, entry_hash: str, kind: str, at: str) -> str:
        msg = json.dumps([ws, seq, entry_hash, kind, at], separators=(",", ":")).encode()
        return hmac.new(self._key, b"audit-anchor:" + msg, hashlib.sha256).hexdigest()

    def _line(self, cp: Checkpoint, at: str) -> str:
        body = {
            "ws": cp.workspace_id,
            "seq": cp.seq,
            "hash": cp.entry_hash,
            "kind": cp.kind.value,
            "at": at,
            "mac": self._mac(cp.workspace_id, cp.seq, cp.entry_hash, cp.kind.value, at),
        }
        return json.dumps(body, separators=(",", ":")) + "\n"

    def _parse(self, line: str) -> Checkpoint | None:
        try:
            body = json.loads(line)
            ws, seq, digest = str(body["ws"]), int(body["seq"]), str(body["hash"])
            kind, at, mac = CheckpointKind(body["kind"]), str(body["at"]), str(body["mac"])
        except (ValueError, KeyError, TypeError):
            return None
        if not hmac.compare_digest(mac.encode(), self._mac(ws, seq, digest, kind, at).encode()):
            return None
        return Checkpoint(workspace_id=ws, seq=seq, entry_hash=digest, kind=kind)

    def _lines(self) -> Iterator[str]:
        try:
            handle = open(self.path, encoding="utf-8", errors="replace")  # noqa: SIM115
        except FileNotFoundError:
            return
        with handle:
            for raw in handle:
                # A power cut can leave a block of NULs where the tail was being written.
                line = raw.strip().strip("\x00")
                if line:
                    yield line


def _claimed_workspace(line: str) -> str:
    with contextlib.suppress(ValueError, TypeError, AttributeError):
        return str(json.loads(line).get("ws", ""))
    return ""


def load_or_create_key(path: Path) -> bytes:
    """The MAC key: created once (atomically: concurrent first starts agree on one key),
    then refused if anyone but its owner could read it, like the keyring."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except FileNotFoundError:
        _create_key(path)
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_mode & 0o077:
            raise AnchorUnavailable(
                f"audit anchor key {path} must be a regular file readable by its owner only "
                f"(mode 0600)",
                path=str(path),
            )
        key = os.read(fd, KEY_BYTES + 1)
    finally:
        os.close(fd)
    if len(key) != KEY_BYTES:
        raise AnchorUnavailable(f"audit anchor key {path} is unreadable", path=str(path))
    return key


def _create_key(path: Path) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        try:
            os.write(fd, secrets.token_bytes(KEY_BYTES))
            os.fsync(fd)
        finally:
            os.close(fd)
        # link() fails if another process got there first: theirs is the key.
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
