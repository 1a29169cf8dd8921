"""The embedded KMS: versioned KEKs in a JSON keyring file in the data directory.

The file holds raw key material, so it is created with mode 0600 and refused if anyone but its
owner could read it. Every change happens under an exclusive `flock` on a sibling lock file, is
written to a temporary file, fsynced and renamed over the keyring, then the directory is fsynced:
`serve` and `worker` processes can create and rotate keys at once, and a crash leaves either the
old or the new keyring, never a torn one. Readers notice a changed file (new inode, size or
mtime) and reload it. Back the keyring up on its own, never next to the database backups.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import fcntl
import json
import os
import secrets
import stat
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from callvault.core.clock import utcnow
from callvault.crypto.context import encode_context
from callvault.crypto.errors import (
    DecryptionFailed,
    KeyDestroyed,
    KeyExists,
    KeyNotFound,
    KeyringCorrupt,
    KeyringInsecure,
    KeyVersionRetired,
)
from callvault.crypto.kms import validate_ref

FORMAT = "callvault.local-kms.v1"
_NONCE = 12
_KEY_BYTES = 32
_T = TypeVar("_T")


@dataclass
class _Key:
    created_at: str
    latest: int
    min_live: int
    material: dict[int, bytes] = field(default_factory=dict)
    destroyed_at: str | None = None


class LocalFileKms:
    """A `KmsProvider` over one keyring file; safe across threads and processes."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock_path = self.path.with_name(self.path.name + ".lock")
        self._mutex = threading.RLock()
        self._keys: dict[str, _Key] = {}
        self._signature: tuple[int, int, int, int] | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self._mutex, self._flock():
            if not self.path.exists():
                self._write({})
            self._refresh()

    # -- KmsProvider -------------------------------------------------------------------------

    def create_key(self, ref: str) -> None:
        validate_ref(ref)

        def create(keys: dict[str, _Key]) -> None:
            existing = keys.get(ref)
            if existing is not None:
                if existing.destroyed_at is not None:
                    raise KeyDestroyed("a destroyed key is never re-created", ref=ref)
                raise KeyExists("the key already exists", ref=ref)
            keys[ref] = _Key(
                created_at=utcnow().isoformat(),
                latest=1,
                min_live=1,
                material={1: secrets.token_bytes(_KEY_BYTES)},
            )

        self._mutate(create)

    def rotate_key(self, ref: str) -> int:
        def rotate(keys: dict[str, _Key]) -> int:
            key = _live(keys, ref)
            key.latest += 1
            key.material[key.latest] = secrets.token_bytes(_KEY_BYTES)
            return key.latest

        return self._mutate(rotate)

    def wrap(self, ref: str, plaintext: bytes, context: bytes) -> tuple[int, bytes]:
        with self._mutex:
            self._refresh()
            key = _live(self._keys, ref)
            version, material = key.latest, key.material[key.latest]
        nonce = os.urandom(_NONCE)
        sealed = AESGCM(material).encrypt(nonce, plaintext, _aad(ref, version, context))
        return version, nonce + sealed

    def unwrap(self, ref: str, version: int, blob: bytes, context: bytes) -> bytes:
        material = self._material(ref, version)
        if len(blob) < _NONCE + 16:
            raise DecryptionFailed("wrapped key is too short", ref=ref)
        try:
            aad = _aad(ref, version, context)
            return AESGCM(material).decrypt(blob[:_NONCE], blob[_NONCE:], aad)
        except InvalidTag:
            raise DecryptionFailed("wrapped key failed authentication", ref=ref) from None

    def retire_versions_below(self, ref: str, version: int) -> None:
        with self._mutex:
            self._refresh()
            key = _live(self._keys, ref)
            if version <= key.min_live:
                return
            if version > key.latest:
                raise ValueError("cannot retire the newest key version")

        def retire(keys: dict[str, _Key]) -> None:
            key = _live(keys, ref)
            if version > key.latest:
                raise ValueError("cannot retire the newest key version")
            for old in [v for v in key.material if v < version]:
                del key.material[old]
            key.min_live = max(key.min_live, version)

        self._mutate(retire)

    def destroy_key(self, ref: str) -> None:
        """Destroy all material and keep a tombstone; a ref never created gets one too."""
        validate_ref(ref)

        def destroy(keys: dict[str, _Key]) -> None:
            key = keys.get(ref)
            now = utcnow().isoformat()
            if key is None:
                keys[ref] = _Key(created_at=now, latest=0, min_live=1, destroyed_at=now)
            elif key.destroyed_at is None:
                key.material.clear()
                key.min_live = key.latest + 1
                key.destroyed_at = now

        self._mutate(destroy)

    def key_versions(self, ref: str) -> list[int]:
        with self._mutex:
            self._refresh()
            return sorted(_live(self._keys, ref).material)

    def exists(self, ref: str) -> bool:
        with self._mutex:
            self._refresh()
            key = self._keys.get(ref)
            return key is not None and key.destroyed_at is None

    # -- internals ---------------------------------------------------------------------------

    def _material(self, ref: str, version: int) -> bytes:
        with self._mutex:
            for attempt in range(2):
                self._refresh(force=attempt > 0)
                key = _live(self._keys, ref)
                if version < key.min_live:
                    raise KeyVersionRetired("key version was retired", ref=ref, version=version)
                material = key.material.get(version)
                if material is not None:
                    return material
            raise KeyNotFound("unknown key version", ref=ref, version=version)

    def _mutate(self, change: Callable[[dict[str, _Key]], _T]) -> _T:
        with self._mutex, self._flock():
            self._refresh()
            keys = copy.deepcopy(self._keys)
            result = change(keys)
            self._write(keys)
            self._keys = keys
            return result

    @contextlib.contextmanager
    def _flock(self) -> Iterator[None]:
        fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the lock

    def _refresh(self, *, force: bool = False) -> None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            raise KeyringCorrupt(f"keyring file {self.path} has disappeared") from None
        if not force and _signature(st) == self._signature:
            return
        fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            st = os.fstat(fd)
            _check_private(self.path, st)
            with os.fdopen(os.dup(fd), "rb") as handle:
                raw = handle.read()
        finally:
            os.close(fd)
        self._keys = _parse(raw, self.path)
        self._signature = _signature(st)

    def _write(self, keys: dict[str, _Key]) -> None:
        data = json.dumps(_dump(keys), indent=1, sort_keys=True).encode("utf-8")
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        try:
            try:
                os.fchmod(fd, 0o600)
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        _fsync_dir(self.path.parent)
        self._signature = _signature(os.stat(self.path))


def _live(keys: dict[str, _Key], ref: str) -> _Key:
    key = keys.get(ref)
    if key is None:
        raise KeyNotFound("no such key", ref=ref)
    if key.destroyed_at is not None:
        raise KeyDestroyed("the key was destroyed", ref=ref)
    return key


def _aad(ref: str, version: int, context: bytes) -> bytes:
    return encode_context("callvault.kms.local.v1", ref, version, context)


def _signature(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _check_private(path: Path, st: os.stat_result) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise KeyringInsecure(f"keyring {path} is not a regular file")
    if st.st_mode & 0o077:
        mode = oct(stat.S_IMODE(st.st_mode))
        raise KeyringInsecure(
            f"keyring file {path} has mode {mode}: it holds root keys and must be readable by "
            f"its owner only; run `chmod 600 {path}` after checking who could have read it",
            path=str(path),
            mode=mode,
        )


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _dump(keys: dict[str, _Key]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "keys": {
            ref: {
                "created_at": key.created_at,
                "latest_version": key.latest,
                "min_version": key.min_live,
                "destroyed_at": key.destroyed_at,
                "versions": {
                    str(v): base64.b64encode(m).decode("ascii") for v, m in key.material.items()
                },
            }
            for ref, key in keys.items()
        },
    }


def _parse(raw: bytes, path: Path) -> dict[str, _Key]:
    try:
        doc = json.loads(raw)
        if doc.get("format") != FORMAT:
            raise ValueError("unknown keyring format")
        keys: dict[str, _Key] = {}
        for ref, entry in doc["keys"].items():
            material = {
                int(v): base64.b64decode(m, validate=True) for v, m in entry["versions"].items()
            }
            key = _Key(
                created_at=str(entry["created_at"]),
                latest=int(entry["latest_version"]),
                min_live=int(entry["min_version"]),
                material=material,
                destroyed_at=entry["destroyed_at"],
            )
            expected = set(range(key.min_live, key.latest + 1))
            if key.destroyed_at is None and set(material) != expected:
                raise ValueError(f"key {ref!r} is missing versions")
            if any(len(m) != _KEY_BYTES for m in material.values()):
                raise ValueError(f"key {ref!r} has material of the wrong size")
            keys[str(ref)] = key
        return keys
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
        raise KeyringCorrupt(f"keyring file {path} is unreadable: {exc}") from None
